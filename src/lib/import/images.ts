import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import sharp from 'sharp';
import { sniffImage } from '../content/check/image-bytes';
import { MAX_IMAGE_BYTES } from '../content/check/image-file';

/** Extensions the site accepts for each format it reads from a file's first bytes. */
const EXTENSIONS: Record<string, string[]> = {
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  gif: ['.gif'],
  webp: ['.webp'],
  avif: ['.avif'],
};

/**
 * Why the site would refuse the image file at `path` (missing, not a file, SVG or another format, an
 * extension that lies, too heavy), or `undefined`. The content check tests the copied file again.
 */
export function sourceImageProblem(path: string): string | undefined {
  if (!existsSync(path)) return 'not found';
  const stat = statSync(path);
  if (!stat.isFile()) return 'not a file';
  if (stat.size > MAX_IMAGE_BYTES)
    return `${(stat.size / 1024 / 1024).toFixed(1)} MB, more than the site accepts (20 MB)`;
  const head = readFileSync(path).subarray(0, 64);
  const kind = sniffImage(head);
  if (kind === 'markup') return 'an SVG or other markup file, which the site refuses (export it as PNG or WebP)';
  if (kind === 'unknown') return 'not a JPEG, PNG, WebP, AVIF or GIF image';
  if (!EXTENSIONS[kind]!.includes(extname(path).toLowerCase()))
    return `a ${kind.toUpperCase()} file named ${extname(path)} (rename it)`;
  return undefined;
}

let placeholder: Promise<Buffer> | undefined;

/** A plain 1200x630 PNG, the hero image of a post that had none (the report says to replace it). */
export const placeholderImage = (): Promise<Buffer> =>
  (placeholder ??= sharp({ create: { width: 1200, height: 630, channels: 3, background: '#e8ecef' } })
    .png()
    .toBuffer());

/** Alt text of the placeholder hero image. */
export const PLACEHOLDER_ALT = 'Plain grey placeholder image';
