import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_FILE } from '../../../content-model/types';
import { COLLECTIONS } from './collections';
import { IMAGE_EXTENSIONS } from './image-field';
import { imageFileProblem, IMAGES_FOLDER } from './image-file';
import { error, warning, type Problem } from './problem';

/** What the site reads directly under `content/`: the collection folders, the images and the settings. */
const KNOWN = new Set([...COLLECTIONS.map((c) => c.folder), IMAGES_FOLDER.replace(/\/$/, ''), SETTINGS_FILE]);
const COLLECTION_FOLDERS = new Set(COLLECTIONS.map((c) => c.folder));

const sorted = (dir: string): Dirent[] =>
  readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));

/** The problem with one file or folder as it lies on disk, whatever folder it is in. */
function kindProblem(item: Dirent, file: string): Problem | undefined {
  if (item.isSymbolicLink()) {
    return error(
      file,
      '(file)',
      'is a link to another file or folder, which would publish what lies outside content/ (replace the link with the file itself)',
    );
  }
  if (!item.isFile() && !item.isDirectory()) return error(file, '(file)', 'is not a regular file (remove it)');
  return undefined;
}

/**
 * Checks what lies under `root/content/` without following links (entries are lstat'ed): every
 * symbolic link and special file is an error, wherever it is, since the build would follow it out of
 * `content/`; a folder inside a collection folder is an error (the site only reads files directly in
 * it, so its entries would silently not be published); a file or folder directly under `content/`
 * that the site does not read is a warning. Every image file under `content/images/` (the build
 * publishes each one, referenced or not) must hold the raster format its name says, within the
 * limits (`imageFileProblem`). Names starting with a dot are not content.
 */
export function checkContentFiles(root: string): Problem[] {
  const problems: Problem[] = [];
  const walk = (folder: string) => {
    for (const item of sorted(join(root, folder))) {
      const file = `${folder}/${item.name}`;
      const problem = kindProblem(item, file);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const hidden = item.name.startsWith('.');
      if (folder === 'content' && !hidden && !KNOWN.has(file)) {
        problems.push(
          warning(
            file,
            item.isDirectory() ? '(folder)' : '(file)',
            'is not read by the site, which only reads settings.yaml, images/ and the collection folders here (move it into one of them or remove it)',
          ),
        );
      } else if (COLLECTION_FOLDERS.has(folder) && !hidden && item.isDirectory()) {
        problems.push(
          error(
            file,
            '(folder)',
            `the site only reads files directly in ${folder}, so nothing in this folder is published (move its files up into ${folder} or remove it)`,
          ),
        );
      }
      if (item.isDirectory()) walk(file);
      else if (file.startsWith(IMAGES_FOLDER) && IMAGE_EXTENSIONS.test(item.name)) {
        const image = imageFileProblem(root, file);
        if (image) problems.push(error(file, '(file)', image));
      }
    }
  };
  try {
    walk('content');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return problems;
}
