/** Card size: what Open Graph and X cards display without cropping. */
export const CARD = { width: 1200, height: 630 } as const;

/** The site's brand colours (from `src/styles/global.css`, light theme) and type scale on cards. */
export const theme = {
  bg: '#fbfaf7',
  fg: '#1c2430',
  muted: '#555f6d',
  line: '#dcd8cf',
  accent: '#0b5f6a',
  accentFg: '#ffffff',
  highlight: '#e6f3f1',
  font: 'Inter',
} as const;
