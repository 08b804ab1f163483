import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { KIND_NAMES, readImageSize, sniffImage, type ImageKind } from './image-bytes';

/** The folder every image in content comes from, from the project root. */
export const IMAGES_FOLDER = 'content/images/';

/**
 * The most an image may weigh: 20 MB. A camera's full-size JPEG stays under it; anything larger
 * only slows every build that resizes it.
 */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * The most pixels an image may have: 40 megapixels (e.g. 8000 × 5000). Decoding one takes about
 * 160 MB of memory; a file whose header claims far more could exhaust the build machine.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The format each allowed file extension promises. */
const EXTENSION_KINDS: Record<string, ImageKind> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
};

/** How to replace an image the site refuses. */
const EXPORT_AGAIN = 'export it again as PNG or WebP and upload that';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Whether `path` lies inside the real (links resolved) `content/images/` folder of `root`. */
function reallyInImages(root: string, path: string): boolean {
  try {
    return realpathSync(path).startsWith(realpathSync(join(root, IMAGES_FOLDER)) + sep);
  } catch {
    return false;
  }
}

/**
 * What is wrong with an image path, resolved to `target` (from the project root), as a place to
 * publish an image from, or `undefined`: it must lie in `content/images/` (no `..` out of it, no link
 * on the way) and be a regular file there. What the file holds is `imageFileProblem`'s to check.
 */
export function imageReferenceProblem(root: string, target: string): string | undefined {
  if (!target.startsWith(IMAGES_FOLDER) || target.split('/').includes('..')) {
    return `points outside ${IMAGES_FOLDER} (choose an image uploaded in the admin: only those are published)`;
  }
  const path = join(root, target);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return `no file at ${target} (upload the image again in the admin)`;
  }
  if (stat.isSymbolicLink()) return `${target} is a link to another file (replace the link with the image itself)`;
  if (!stat.isFile()) return `${target} is not an image file (upload the image again in the admin)`;
  if (!reallyInImages(root, path)) {
    return `${target} lies in a linked folder outside ${IMAGES_FOLDER} (replace the link with the folder itself)`;
  }
  return undefined;
}

/**
 * What is wrong with the bytes of the regular file `file` (from the project root, named with an
 * allowed image extension), as a phrase whose subject is the file, or `undefined` when the site may
 * publish it: no larger than the limits, and its bytes the raster format its extension names. Reads
 * the file synchronously; nothing is decoded beyond the header.
 */
export function imageFileProblem(root: string, file: string): string | undefined {
  const path = join(root, file);
  const { size: weight } = lstatSync(path);
  if (weight > MAX_IMAGE_BYTES) {
    return `is ${megabytes(weight)}, more than the ${megabytes(MAX_IMAGE_BYTES)} an image may weigh (export it smaller, e.g. 2400 pixels wide, and upload that)`;
  }
  const bytes = readFileSync(path);
  const kind = sniffImage(bytes);
  if (kind === 'markup') {
    return `holds SVG, XML or HTML text, which can carry scripts, not image data (${EXPORT_AGAIN})`;
  }
  if (kind === 'unknown') return `is not a JPEG, PNG, WebP, AVIF or GIF image inside (${EXPORT_AGAIN})`;
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (EXTENSION_KINDS[extension] !== kind) {
    return `holds ${kind === 'avif' ? 'an' : 'a'} ${KIND_NAMES[kind]} image but its name ends in .${extension} (upload it again with a .${kind === 'jpeg' ? 'jpg' : kind} name)`;
  }
  const size = readImageSize(bytes, kind);
  if (!size || size.width === 0 || size.height === 0) {
    return `has a header whose width and height cannot be read, so the file is damaged (${EXPORT_AGAIN})`;
  }
  const pixels = size.width * size.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    return `is ${size.width} × ${size.height} pixels (${Math.round(pixels / 1e6)} megapixels), more than the ${MAX_IMAGE_PIXELS / 1e6} megapixels an image may have (resize it, e.g. to 2400 pixels wide, and upload that)`;
  }
  return undefined;
}
