import satori from 'satori';
import sharp from 'sharp';
import type { OgElement } from './element';
import { loadFonts } from './fonts';
import { CARD } from './theme';

/** Draws a card element to a 1200x630 PNG: satori lays it out as SVG, sharp turns that into pixels. */
export async function rasterize(element: OgElement): Promise<Buffer> {
  const svg = await satori(element as Parameters<typeof satori>[0], { ...CARD, fonts: await loadFonts() });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 7, palette: false }).toBuffer();
}
