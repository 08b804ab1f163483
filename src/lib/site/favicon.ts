import { imageCache } from '../seo/og/cache';
import { h } from '../seo/og/element';
import { FONT_VERSION, fontsCover } from '../seo/og/fonts';
import { PNG_OPTIONS, rasterize } from '../seo/og/rasterize';
import { theme } from '../seo/og/theme';
import { escapeXml } from '../seo/xml';

/** The letter the icons show: the site name's first, upper case. */
const initialOf = (siteName: string) => [...siteName.trim()][0]?.toUpperCase() ?? 'Q';

/**
 * The site's icon: the first letter of its name on the brand colour, as SVG (browsers scale it for
 * tabs and bookmarks). Drawn from the settings, so a renamed site gets a new icon without a designer.
 */
export function faviconSvg(siteName: string): string {
  const initial = escapeXml(initialOf(siteName));
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="14" fill="${theme.accent}"/>`,
    `<text x="32" y="45" text-anchor="middle" font-family="system-ui, sans-serif" font-size="40" font-weight="700" fill="${theme.accentFg}">${initial}</text>`,
    '</svg>',
  ].join('');
}

/** Side of the touch icon in pixels: what iOS asks for on current iPhones and iPads. */
export const TOUCH_ICON_SIZE = 180;

/**
 * The same icon as a 180x180 PNG for home screens and bookmarks on iOS, which does not read SVG icons
 * (and asks for `/apple-touch-icon.png` whether or not a page links it). Square: iOS rounds the corners.
 * The letter is drawn in the share cards' bundled font, so the file is the same on every machine; a
 * letter that font lacks (a name in Japanese, say) leaves the square plain rather than a missing-glyph
 * box (the SVG icon, drawn by the browser, still shows it). Kept
 * in the share-image cache under a hash of the drawing, so a build whose icon did not change does not
 * load satori and sharp for it.
 */
export async function touchIconPng(siteName: string, cacheDir: string): Promise<Buffer> {
  const size = { width: TOUCH_ICON_SIZE, height: TOUCH_ICON_SIZE };
  const initial = initialOf(siteName);
  const icon = h(
    'div',
    {
      display: 'flex',
      width: '100%',
      height: '100%',
      alignItems: 'center',
      justifyContent: 'center',
      background: theme.accent,
      color: theme.accentFg,
      fontFamily: 'Inter',
      fontWeight: 700,
      fontSize: TOUCH_ICON_SIZE * 0.62,
    },
    fontsCover(initial) ? initial : '',
  );
  const cache = imageCache(cacheDir);
  const key = cache.key({ icon, size, fonts: FONT_VERSION, png: PNG_OPTIONS });
  const cached = await cache.read(key);
  if (cached) return cached;
  const png = await rasterize(icon, size);
  await cache.write(key, png);
  return png;
}
