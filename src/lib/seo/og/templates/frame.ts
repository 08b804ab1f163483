import { h, type OgElement, type OgNode } from '../element';
import { CARD, theme } from '../theme';

/** Brand shown on every card: the site name and its host. */
export interface Brand {
  siteName: string;
  host: string;
}

/** Bumped when the frame's look changes, so every cached card is drawn again. */
export const FRAME_VERSION = 1;

/** Text size that lets a headline of this length fit the card on at most three lines. */
export function headlineSize(text: string, sizes: [number, number, number] = [72, 60, 48]): number {
  if (text.length <= 40) return sizes[0];
  if (text.length <= 75) return sizes[1];
  return sizes[2];
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).trimEnd()}…`;
}

/**
 * The shared card layout: a brand bar on the left, a kicker (what kind of page), the body, and a footer
 * with the site name and host.
 */
export function frame(brand: Brand, kicker: string, body: OgNode[], footerRight?: OgNode): OgElement {
  return h(
    'div',
    {
      width: CARD.width,
      height: CARD.height,
      display: 'flex',
      boxSizing: 'border-box',
      backgroundColor: theme.bg,
      color: theme.fg,
      fontFamily: theme.font,
    },
    h('div', { width: 24, flexShrink: 0, height: '100%', backgroundColor: theme.accent }),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        minWidth: 0,
        padding: '64px 72px 56px 64px',
        boxSizing: 'border-box',
      },
      h(
        'div',
        {
          display: 'flex',
          fontSize: 26,
          fontWeight: 700,
          letterSpacing: 2,
          textTransform: 'uppercase',
          color: theme.accent,
        },
        kicker,
      ),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, ...body),
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderTop: `2px solid ${theme.line}`,
          paddingTop: 28,
          fontSize: 28,
        },
        h(
          'div',
          { display: 'flex', alignItems: 'center' },
          h(
            'div',
            {
              display: 'flex',
              width: 44,
              height: 44,
              borderRadius: 10,
              backgroundColor: theme.accent,
              color: theme.accentFg,
              alignItems: 'center',
              justifyContent: 'center',
              fontWeight: 700,
              fontSize: 26,
              marginRight: 18,
            },
            brand.siteName.slice(0, 1).toUpperCase(),
          ),
          h('div', { display: 'flex', fontWeight: 700 }, brand.siteName),
        ),
        footerRight ?? h('div', { display: 'flex', color: theme.muted }, brand.host),
      ),
    ),
  );
}

/** A large headline. */
export const headline = (text: string, size = headlineSize(text)): OgElement =>
  h('div', { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, clip(text, 120));

/** A muted paragraph under the headline. */
export const lede = (text: string, max = 150): OgElement =>
  h('div', { display: 'flex', marginTop: 24, fontSize: 32, lineHeight: 1.35, color: theme.muted }, clip(text, max));
