import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { TOUCH_ICON_SIZE, touchIconPng } from '../../src/lib/site/favicon';
import { theme } from '../../src/lib/seo/og/theme';

const dir = mkdtempSync(join(tmpdir(), 'quire-touch-icon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the touch icon', () => {
  it('is drawn once into the image cache and read from it afterwards, until the site name changes', async () => {
    const drawn = await touchIconPng('Brightwater', dir);
    expect((await sharp(drawn).metadata()).width).toBe(TOUCH_ICON_SIZE);
    const [file] = readdirSync(dir);
    expect(readdirSync(dir)).toHaveLength(1);
    // A marked cache entry comes back as it is: the second build reads, it does not draw again.
    writeFileSync(join(dir, file!), 'cached');
    expect((await touchIconPng('Brightwater', dir)).toString()).toBe('cached');
    // Another initial is another drawing, under another key.
    const other = await touchIconPng('Quire', dir);
    expect(other.toString()).not.toBe('cached');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('draws the initial of a Greek or Cyrillic name, and a plain square for a letter the font lacks', async () => {
    /** Share of the icon's pixels in the letter colour. */
    const lightShare = async (name: string) => {
      const { data, info } = await sharp(await touchIconPng(name, dir))
        .raw()
        .toBuffer({ resolveWithObject: true });
      const hex = (i: number) =>
        `#${[...data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      let light = 0;
      for (let i = 0; i < data.length; i += info.channels) if (hex(i) === theme.accentFg) light++;
      return light / (info.width * info.height);
    };
    // A letter: a good part of the square, as for the Latin "B" in the build test.
    for (const name of ['Ωmega Partners', 'Журнал']) expect(await lightShare(name), name).toBeGreaterThan(0.05);
    // ...and each its own letter: two letters the font lacked would be the same missing-glyph box.
    expect((await touchIconPng('Ωmega Partners', dir)).equals(await touchIconPng('Журнал', dir))).toBe(false);
    // No box with a question mark or "NO GLYPH" in it: the square is the brand colour alone.
    expect(await lightShare('東京 Labs')).toBe(0);
  });
});
