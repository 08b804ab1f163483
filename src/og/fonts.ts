import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SatoriOptions } from 'satori';

const require = createRequire(import.meta.url);

/** The Inter files cards use: WOFF, which satori reads (it cannot read WOFF2), shipped in the npm package. */
const FILES = [
  ['latin', 400],
  ['latin-ext', 400],
  ['latin', 700],
  ['latin-ext', 700],
] as const;

/** Version of the font package, part of every image's cache key. */
export const FONT_VERSION = `inter@${(require('@fontsource/inter/package.json') as { version: string }).version}`;

let loading: Promise<SatoriOptions['fonts']> | undefined;

/** Reads the fonts from node_modules once per build; nothing is fetched. */
export function loadFonts(): Promise<SatoriOptions['fonts']> {
  loading ??= Promise.all(
    FILES.map(async ([subset, weight]) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
  return loading;
}
