import type { Entry } from './entry';
import { imageNameProblem, resolveFrom } from './image-field';
import { imageReferenceProblem } from './image-file';
import { error, type Problem } from './problem';
import { isExternal } from '../../urls';

/** A body image's URL as a file path (`%20` → space); the URL itself when it is not valid encoding. */
const filePath = (url: string): string => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/**
 * Images in bodies: uploaded (not hot-linked), raster image files inside `content/images/` (their
 * bytes are checked once per file, by `checkContentFiles`), and described by alt text.
 */
export function checkBodyImages(root: string, entry: Entry): Problem[] {
  const problems: Problem[] = [];
  for (const image of entry.facts?.images ?? []) {
    const { url, field } = image;
    if (isExternal(url)) {
      problems.push(
        error(entry.file, field, `image "${url}" is on another site (upload it in the admin: the Content-Security-Policy only allows the site's own images)`),
      );
      continue;
    }
    const nameProblem = imageNameProblem(url);
    if (nameProblem) problems.push(error(entry.file, field, nameProblem));
    else {
      const fileProblem = imageReferenceProblem(root, resolveFrom(root, entry.file, filePath(url)));
      if (fileProblem) problems.push(error(entry.file, field, `image "${url}": ${fileProblem}`));
    }
    if (!image.field.includes('<Figure') && !image.alt?.trim()) {
      problems.push(error(entry.file, field, `image "${url}" has no alt text (describe what it shows: ![what it shows](${url}))`));
    }
  }
  return problems;
}
