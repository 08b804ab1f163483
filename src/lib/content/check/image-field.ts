import { z } from 'astro/zod';
import { dirname, join, relative } from 'node:path';
import { imageReferenceProblem } from './image-file';

/** File types the site publishes as images: raster formats only (SVG can carry scripts). */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif)$/i;

/** Where an image path written in `fromFile` points, from the project root (`content/images/...`). */
export function resolveFrom(root: string, fromFile: string, path: string): string {
  return relative(root, join(root, dirname(fromFile), path)).split('\\').join('/');
}

/** What is wrong with an image path's name alone (an SVG, or no image extension), or `undefined`. */
export function imageNameProblem(path: string): string | undefined {
  if (/\.svgz?$/i.test(path)) {
    return `"${path}" is an SVG image, which can carry scripts (export it as PNG or WebP and upload that)`;
  }
  if (!IMAGE_EXTENSIONS.test(path)) return `"${path}" is not an image file (upload a JPEG, PNG, WebP, AVIF or GIF)`;
  return undefined;
}

/**
 * Stand-in for Astro's `image()` schema helper: the value is a path relative to the entry file (the
 * one `fromFile()` names when the value is checked), and it must name a raster image file inside
 * `content/images/` (`imageReferenceProblem`), as the build must be able to optimise it and may
 * publish nothing else. What the file holds is checked once per file (`checkContentFiles`).
 */
export const imageField = (root: string, fromFile: () => string) => () =>
  z.string({ error: 'must be the path of an uploaded image' }).superRefine((value, ctx) => {
    const problem = imageNameProblem(value) ?? imageReferenceProblem(root, resolveFrom(root, fromFile(), value));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
