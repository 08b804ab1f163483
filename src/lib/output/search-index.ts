import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE } from '../search/bundle';

/** Pagefind's ready-made interfaces, which the site does not use (it renders results itself). */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** Pagefind's version (its package exports no package.json: read the file next to its entry point). */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

/** The digest the index is a function of: every built HTML page (path and digest) and Pagefind's version. */
export function searchDigest(pageDigests: Iterable<[file: string, digest: string]>): string {
  const hash = createHash('sha256').update(`pagefind@${PAGEFIND_VERSION}\n`);
  for (const [file, digest] of pageDigests) if (file.endsWith('.html')) hash.update(`${file}\n${digest}\n`);
  return hash.digest('hex').slice(0, 32);
}

async function writeIndex(dist: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, SEARCH_BUNDLE) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(written.outputPath, file), { force: true })));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** How `buildSearchIndex` came by the index in `dist/pagefind/`. */
export type SearchIndexSource = { from: 'kept' } | { from: 'cache' } | { from: 'pagefind'; pages: number };

/**
 * Puts the Pagefind index of `dist/` in `dist/pagefind/`. Pages opt in with `data-pagefind-body`
 * (posts, services, the FAQ hub, comparisons), so listings, navigation and footers stay out of it.
 * The index is a function of the pages (`digest`, from `searchDigest`): when the last build left the
 * index of the same digest in `dist/` (`keptDigest`), it stays; when `cacheDir` holds it, it is
 * copied; otherwise Pagefind indexes `dist/` and the result is kept in `cacheDir` for the next build.
 */
export async function buildSearchIndex(
  dist: string,
  { digest, keptDigest, cacheDir }: { digest: string; keptDigest?: string; cacheDir: string },
): Promise<SearchIndexSource> {
  if (keptDigest === digest) return { from: 'kept' };
  const target = join(dist, SEARCH_BUNDLE);
  await rm(target, { recursive: true, force: true });
  const kept = join(cacheDir, digest);
  if (existsSync(kept)) {
    await cp(kept, target, { recursive: true });
    return { from: 'cache' };
  }
  const pages = await writeIndex(dist);
  // Only this build's index is kept; it appears under its final name only once complete.
  await rm(cacheDir, { recursive: true, force: true });
  const temporary = `${kept}.${process.pid}.tmp`;
  await cp(target, temporary, { recursive: true });
  await rename(temporary, kept);
  return { from: 'pagefind', pages };
}
