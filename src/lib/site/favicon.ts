import { theme } from '../../og/theme';

/** XML-escapes text for an SVG text node. */
const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * The site's icon: the first letter of its name on the brand colour, as SVG (browsers scale it for
 * tabs and bookmarks). Drawn from the settings, so a renamed site gets a new icon without a designer.
 */
export function faviconSvg(siteName: string): string {
  const initial = escapeXml([...siteName.trim()][0]?.toUpperCase() ?? 'Q');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="14" fill="${theme.accent}"/>`,
    `<text x="32" y="45" text-anchor="middle" font-family="system-ui, sans-serif" font-size="40" font-weight="700" fill="${theme.accentFg}">${initial}</text>`,
    '</svg>',
  ].join('');
}
