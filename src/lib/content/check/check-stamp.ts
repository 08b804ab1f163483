import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../output/dist-files';

/** Where the check reads: the content, the routes and public files links resolve to, and its own code. */
const FOLDERS = ['content', 'src', 'public'];
/** Files outside those folders that change what the check does (its dependencies, the site config). */
const PROJECT_FILES = ['package.json', 'package-lock.json', 'astro.config.mjs'];
/** Files the stamp hashes byte for byte; others (images) count by size and modification time. */
const TEXT = /\.(mdx?|ya?ml|json|ts|tsx|js|mjs|astro|css|txt)$/i;

/**
 * A fingerprint of everything the content check reads in a project: every file under `content/`,
 * `src/` and `public/` (text by its bytes, images by size and modification time, links by their
 * target, never followed), the package files
 * and the Astro config. Two checks of the same stamp, publish mode and moment before the next
 * scheduled post goes live find the same problems.
 */
export function checkStamp(root: string): string {
  const hash = createHash('sha256');
  for (const folder of FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const file of listFiles(dir)) {
      const path = join(dir, file);
      hash.update(`${folder}/${file}\n`);
      // A link counts by where it points: following it could read anything (a device, a huge file).
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) hash.update(`link ${readlinkSync(path)}`);
      else if (!stat.isFile()) hash.update('special');
      else if (TEXT.test(file)) hash.update(readFileSync(path));
      else hash.update(`${stat.size} ${stat.mtimeMs}`);
      hash.update('\n');
    }
  }
  for (const file of PROJECT_FILES) {
    const path = join(root, file);
    hash.update(`${file}\n`).update(existsSync(path) ? readFileSync(path) : '(none)');
  }
  return hash.digest('hex').slice(0, 32);
}
