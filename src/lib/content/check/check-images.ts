import { BLOCKS } from '../../../content-model/blocks';
import { adminImagePrefix, altText } from '../../../content-model/fields';
import { textProblem } from '../../../content-model/vocabulary';
import { CONTENT_TYPES } from '../../../content-model/types';
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

/** The folder a Figure block's image is stored in (`src/content-model/blocks.ts`). */
const FIGURE_FOLDER = (BLOCKS.Figure.props.src.admin as { folder: string }).folder;

/** The kind of text an image's alt text is (`altText` in the content model): its length and characters. */
const ALT_KIND = (altText().admin as Extract<ReturnType<typeof altText>['admin'], { kind: 'text' }>).textKind;

/**
 * Why the admin could not read image `path` back in `entry`'s body, if it could not: the admin finds a
 * body's images only under `../images/<folder>/<slug>/`, and drops any other on the next save.
 */
function adminPathProblem(entry: Entry, url: string, path: string, figure: boolean): string | undefined {
  const folder = figure ? FIGURE_FOLDER : CONTENT_TYPES[entry.collection as keyof typeof CONTENT_TYPES]?.bodyImages;
  if (!folder) return undefined;
  const prefix = adminImagePrefix(folder, entry.id);
  const name = path.slice(prefix.length);
  if (path.startsWith(prefix) && name && !name.includes('/')) return undefined;
  const file = path.split('/').pop() || 'image.png';
  return `image "${url}" is not where the admin keeps this entry's images, so the admin would drop it on the next save (move the file to content/images/${folder}/${entry.id}/ and write ${prefix}${file}, or upload it again in the admin)`;
}

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
      const pathProblem = fileProblem ? undefined : adminPathProblem(entry, url, filePath(url), field.includes('<Figure'));
      if (fileProblem) problems.push(error(entry.file, field, `image "${url}": ${fileProblem}`));
      else if (pathProblem) problems.push(error(entry.file, field, pathProblem));
    }
    // A toolbar image's alt text follows the rules of a Figure block's (which its props schema applies).
    if (!image.field.includes('<Figure')) {
      const alt = image.alt ?? '';
      if (!alt.trim()) {
        problems.push(error(entry.file, field, `image "${url}" has no alt text (describe what it shows: ![what it shows](${url}))`));
      } else {
        const problem = textProblem(`alt text of image "${url}"`, alt, ALT_KIND, true);
        if (problem) problems.push(error(entry.file, field, problem));
      }
    }
  }
  return problems;
}
