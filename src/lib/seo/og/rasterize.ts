import { createRequire } from 'node:module';
import type Satori from 'satori';
import type Sharp from 'sharp';
import type { OgElement } from './element';
import { loadFonts } from './fonts';
import { CARD } from './theme';

/**
 * PNG encoding of cards. zlib level 5 encodes in about 60% of level 7's time for files about a fifth
 * larger (61 against 50 KB a card, measured in tests/bench/README.md); part of every card's cache key.
 */
export const PNG_OPTIONS = { compressionLevel: 5, palette: false } as const;

const require = createRequire(import.meta.url);
let libraries: { satori: typeof Satori; sharp: typeof Sharp } | undefined;

/**
 * satori and sharp, loaded the first time this thread draws a card (together about 0.2 s): a build
 * whose cards all come from the cache, or are all drawn in workers, never loads them. Loaded with
 * `require` because this module also runs in the og-images integration, loaded with the Astro config,
 * where Vite's module loader is closed by the time a card is drawn.
 */
function load() {
  libraries ??= { satori: (require('satori') as { default: typeof Satori }).default, sharp: require('sharp') };
  return libraries;
}

/**
 * Draws an element to a PNG, 1200x630 (a card) unless told otherwise: satori lays it out as SVG, with
 * its text as shapes in the bundled font, and sharp turns that into pixels.
 */
export async function rasterize(element: OgElement, size: { width: number; height: number } = CARD): Promise<Buffer> {
  const { satori, sharp } = load();
  const svg = await satori(element as Parameters<typeof Satori>[0], { ...size, fonts: await loadFonts() });
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}
