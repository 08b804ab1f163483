import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStamp } from '../../src/lib/content/check/check-stamp';
import { readImageSize, sniffImage, type ImageKind } from '../../src/lib/content/check/image-bytes';
import {
  imageFileProblem,
  imageReferenceProblem,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
} from '../../src/lib/content/check/image-file';
import { ROOT } from '../support/run';

/*
 * Images are checked by their bytes, not their names: the format from the first bytes, the size in
 * pixels from the header (compared with what sharp, which the build resizes with, reads), and the
 * limits from `imageFileProblem`, and where an image may be published from `imageReferenceProblem`.
 */

/** A small picture in each format the site publishes, encoded by sharp. */
const encode = (kind: ImageKind, width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#c0ffee' } })
    .toFormat(kind)
    .toBuffer();

/** A PNG's signature and header chunk claiming `width` × `height` (nothing after: the check reads no more). */
const pngHeader = (width: number, height: number) => {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
};

describe('reading an image header', () => {
  it.each<ImageKind>(['jpeg', 'png', 'gif', 'webp', 'avif'])('tells a %s and its size as sharp does', async (kind) => {
    const bytes = await encode(kind, 37, 21);
    expect(sniffImage(bytes)).toBe(kind);
    const { width, height } = await sharp(bytes).metadata();
    expect(readImageSize(bytes, kind)).toEqual({ width, height });
  });

  it('reads lossless and extended WebP headers too', async () => {
    const base = sharp({ create: { width: 301, height: 77, channels: 4, background: '#c0ffee80' } });
    expect(readImageSize(await base.clone().webp({ lossless: true }).toBuffer(), 'webp')).toEqual({
      width: 301,
      height: 77,
    });
    const extended = await base
      .clone()
      .webp()
      .withMetadata({ exif: { IFD0: { Artist: 'Odile' } } })
      .toBuffer();
    expect(extended.subarray(12, 16).toString('latin1')).toBe('VP8X');
    expect(readImageSize(extended, 'webp')).toEqual({ width: 301, height: 77 });
  });

  it('finds a JPEG frame after metadata segments (the sample heroes are progressive JPEGs)', () => {
    const hero = readFileSync(`${ROOT}content/images/journal/what-a-code-audit-finds/hero/image.jpg`);
    expect(readImageSize(hero, 'jpeg')).toEqual({ width: 1600, height: 900 });
  });

  it('calls markup markup, and text or damaged headers nothing', () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '\uFEFF <?xml version="1.0"?><svg/>',
      '<!DOCTYPE html><html>',
    ]) {
      expect(sniffImage(Buffer.from(text)), text).toBe('markup');
    }
    expect(sniffImage(Buffer.from('Remember the receipts.'))).toBe('unknown');
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe('unknown');
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'jpeg')).toBeUndefined();
  });
});

describe('an image file', () => {
  let root = '';
  const put = (file: string, bytes: Uint8Array) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), bytes);
  };
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'quire-images-'));
    mkdirSync(join(root, 'content/images'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is accepted when it is a raster image of its named format within the limits', async () => {
    put('content/images/a/ok.webp', await encode('webp', 40, 30));
    expect(imageReferenceProblem(root, 'content/images/a/ok.webp')).toBeUndefined();
    expect(imageFileProblem(root, 'content/images/a/ok.webp')).toBeUndefined();
  });

  it(`is refused above ${MAX_IMAGE_BYTES / 1024 / 1024} MB, before its bytes are read`, async () => {
    put('content/images/a/heavy.png', await encode('png', 4, 4));
    truncateSync(join(root, 'content/images/a/heavy.png'), MAX_IMAGE_BYTES + 1); // sparse: nothing written
    expect(imageFileProblem(root, 'content/images/a/heavy.png')).toMatch(/^is 20\.0 MB, more than the 20\.0 MB/);
    truncateSync(join(root, 'content/images/a/heavy.png'), MAX_IMAGE_BYTES);
    expect(imageFileProblem(root, 'content/images/a/heavy.png')).toBeUndefined();
  });

  it(`is refused above ${MAX_IMAGE_PIXELS / 1e6} megapixels, as its header claims`, () => {
    put('content/images/a/max.png', pngHeader(8000, 5000));
    expect(imageFileProblem(root, 'content/images/a/max.png')).toBeUndefined();
    put('content/images/a/over.png', pngHeader(8000, 5001));
    expect(imageFileProblem(root, 'content/images/a/over.png')).toMatch(/^is 8000 × 5001 pixels/);
  });

  it('is refused when its bytes are not the format its name says', async () => {
    put('content/images/a/text.png', Buffer.from('Remember the receipts.'));
    expect(imageFileProblem(root, 'content/images/a/text.png')).toMatch(/^is not a JPEG, PNG, WebP, AVIF or GIF image/);
    put('content/images/a/photo.png', await encode('jpeg', 4, 4));
    expect(imageFileProblem(root, 'content/images/a/photo.png')).toMatch(
      /^holds a JPEG image but its name ends in \.png/,
    );
    put('content/images/a/drawing.webp', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'));
    expect(imageFileProblem(root, 'content/images/a/drawing.webp')).toMatch(/^holds SVG, XML or HTML text/);
  });

  it('is refused outside content/images/, through a linked folder, or as a link', async () => {
    const jpeg = await encode('jpeg', 4, 4);
    put('outside/x.jpg', jpeg);
    expect(imageReferenceProblem(root, 'outside/x.jpg')).toMatch(/^points outside content\/images\//);
    expect(imageReferenceProblem(root, 'content/images/../../outside/x.jpg')).toMatch(/^points outside/);
    symlinkSync(join(root, 'outside'), join(root, 'content/images/linked'));
    expect(imageReferenceProblem(root, 'content/images/linked/x.jpg')).toMatch(/lies in a linked folder outside/);
    symlinkSync(join(root, 'outside/x.jpg'), join(root, 'content/images/a/link.jpg'));
    expect(imageReferenceProblem(root, 'content/images/a/link.jpg')).toMatch(/is a link to another file/);
  });
});

describe('the build stamp', () => {
  it('hashes a link by its target without following it (a link to /dev/zero would never end)', () => {
    const root = mkdtempSync(join(tmpdir(), 'quire-stamp-'));
    try {
      mkdirSync(join(root, 'content/journal'), { recursive: true });
      const before = checkStamp(root);
      symlinkSync('/dev/zero', join(root, 'content/journal/zero.mdx'));
      const linked = checkStamp(root);
      expect(linked).not.toBe(before);
      rmSync(join(root, 'content/journal/zero.mdx'));
      symlinkSync('/dev/null', join(root, 'content/journal/zero.mdx'));
      expect(checkStamp(root)).not.toBe(linked);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
