import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from './entry';
import { IMAGE_EXTENSIONS, resolveFrom } from './image-field';
import { error, type Problem } from './problem';
import { isExternal } from '../../urls';

/** Images in bodies: uploaded (not hot-linked), present on disk, and described by alt text. */
export function checkBodyImages(root: string, entry: Entry, publicFiles: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const image of entry.facts?.images ?? []) {
    const { url, field } = image;
    if (isExternal(url)) {
      problems.push(
        error(entry.file, field, `image "${url}" is on another site (upload it in the admin: the Content-Security-Policy only allows the site's own images)`),
      );
      continue;
    }
    const onDisk = url.startsWith('/') ? publicFiles.has(decodeURI(url)) : existsSync(join(root, resolveFrom(root, entry.file, decodeURI(url))));
    if (!IMAGE_EXTENSIONS.test(url)) {
      problems.push(error(entry.file, field, `"${url}" is not an image file (upload a JPEG, PNG, WebP, AVIF, GIF or SVG)`));
    } else if (!onDisk) {
      const where = url.startsWith('/') ? `public${url}` : resolveFrom(root, entry.file, url);
      problems.push(error(entry.file, field, `image "${url}": no file at ${where} (upload the image again in the admin)`));
    }
    if (!image.field.includes('<Figure') && !image.alt?.trim()) {
      problems.push(error(entry.file, field, `image "${url}" has no alt text (describe what it shows: ![what it shows](${url}))`));
    }
  }
  return problems;
}
