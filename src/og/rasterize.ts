import satori from 'satori';
import sharp from 'sharp';
import type { OgElement } from './element';
import { loadFonts } from './fonts';
import { CARD } from './theme';

/**
 * PNG encoding of cards. zlib level 5 encodes in about 60% of level 7's time for files about a fifth
 * larger (61 against 50 KB a card, measured in tests/bench/README.md); part of every card's cache key.
 */
export const PNG_OPTIONS = { compressionLevel: 5, palette: false } as const;

/** Draws a card element to a 1200x630 PNG: satori lays it out as SVG, sharp turns that into pixels. */
export async function rasterize(element: OgElement): Promise<Buffer> {
  const svg = await satori(element as Parameters<typeof satori>[0], { ...CARD, fonts: await loadFonts() });
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}
