import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SatoriOptions } from 'satori';

const require = createRequire(import.meta.url);

/**
 * The Inter subsets cards use: every script the font has (Latin, Greek, Cyrillic, Vietnamese), so a
 * title in any of them is drawn in letters. WOFF, which satori reads (it cannot read WOFF2), shipped in
 * the npm package; about 20 KB a file.
 */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700] as const;

/** Version of the font package and the subsets loaded, part of every image's cache key. */
export const FONT_VERSION = `inter@${(require('@fontsource/inter/package.json') as { version: string }).version}:${SUBSETS.join(',')}`;

let loading: Promise<SatoriOptions['fonts']> | undefined;

/** Reads the fonts from node_modules once per build; nothing is fetched. */
export function loadFonts(): Promise<SatoriOptions['fonts']> {
  loading ??= Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        // One name per subset: satori takes a single file per name and weight, and falls back to the
        // other names for a character the first lacks (under one name, 'ł' or 'Ω' drew "NO GLYPH").
        name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return loading;
}

let ranges: [number, number][] | undefined;

/**
 * Whether the loaded subsets have a glyph for every character of `text`, from the code point ranges the
 * font package lists for them ("U+0370-0377,U+037A-037F,…"). Spaces always count as drawn.
 */
export function fontsCover(text: string): boolean {
  ranges ??= (() => {
    const table = JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<
      string,
      string
    >;
    return SUBSETS.flatMap((subset) =>
      table[subset]!.split(',').map((range): [number, number] => {
        const [from, to = from] = range.replace(/^U\+/, '').split('-') as [string, string?];
        return [parseInt(from, 16), parseInt(to, 16)];
      }),
    );
  })();
  return [...text].every((char) => {
    const code = char.codePointAt(0)!;
    return /\s/.test(char) || ranges!.some(([from, to]) => code >= from && code <= to);
  });
}
