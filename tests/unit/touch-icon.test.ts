import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { TOUCH_ICON_SIZE, touchIconPng } from '../../src/lib/site/favicon';

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
});
