import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** File types Astro's image pipeline reads. */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** Where an image path written in `fromFile` points, from the project root (`content/images/...`). */
export function resolveFrom(root: string, fromFile: string, path: string): string {
  return relative(root, join(root, dirname(fromFile), path)).split('\\').join('/');
}

/**
 * Stand-in for Astro's `image()` schema helper: the value is a path relative to the entry file (the
 * one `fromFile()` names when the value is checked), and the file must exist and be an image, as it
 * must for the build to optimise it.
 */
export const imageField = (root: string, fromFile: () => string) => () =>
  z.string({ error: 'must be the path of an uploaded image' }).superRefine((value, ctx) => {
    const target = resolveFrom(root, fromFile(), value);
    if (!IMAGE_EXTENSIONS.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an image file (upload a JPEG, PNG, WebP, AVIF, GIF or SVG)`,
      });
    } else if (!existsSync(join(root, target))) {
      ctx.addIssue({ code: 'custom', message: `no file at ${target} (upload the image again in the admin)` });
    }
  });
