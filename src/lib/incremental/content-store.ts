import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Astro keeps every entry it validated in a data store and validates it again only when the entry's
 * file or `src/content.config.ts` itself changes. The schemas live in `src/content-model/`, which that
 * file imports: without this, a new field with a default (a post's `closing`) would be missing from
 * every stored entry until the store was deleted by hand.
 */

const DIGEST_FILE = 'quire-content-model-digest';
const STORE_FILE = 'data-store.json';

/** A digest of every file under `folder` (paths and contents, in a stable order). */
export function folderDigest(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hash
          .update(`${relative(folder, path)}\0`)
          .update(readFileSync(path))
          .update('\0');
    }
  };
  walk(folder);
  return hash.digest('hex');
}

/**
 * Deletes the data store Astro keeps in `storeFolder` when `digest` (of the content model) differs
 * from the one recorded there by the last run, then records `digest`. True when a store was dropped.
 */
export function dropStaleStore(storeFolder: string, digest: string): boolean {
  const recorded = (() => {
    try {
      return readFileSync(join(storeFolder, DIGEST_FILE), 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (recorded === digest) return false;
  const dropped = existsSync(join(storeFolder, STORE_FILE));
  rmSync(join(storeFolder, STORE_FILE), { force: true });
  mkdirSync(storeFolder, { recursive: true });
  writeFileSync(join(storeFolder, DIGEST_FILE), digest);
  return dropped;
}
