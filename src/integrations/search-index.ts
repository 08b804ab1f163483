import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import {
  fileDigest,
  forgetBuiltPages,
  keepDigests,
  readBuiltPagesAhead,
  recallDigests,
} from '../lib/output/built-pages';
import { listFiles } from '../lib/output/dist-files';
import { keptBundle, recordBundle } from './kept-output';

/** Folder below `dist/` that holds the Pagefind index and its client script. */
export const SEARCH_BUNDLE = 'pagefind';

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

/** A digest of every built HTML page (path and bytes) and the Pagefind version: the index is a function of these. */
function pagesDigest(site: string): string {
  const hash = createHash('sha256').update(`pagefind@${PAGEFIND_VERSION}\n`);
  for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) {
    hash.update(`${file}\n${fileDigest(site, file)}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

async function writeIndex(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, SEARCH_BUNDLE) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(written.outputPath, file), { force: true })));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index from the finished `dist/` after every `astro build`. Pages opt in
 * with `data-pagefind-body` (posts, services, the FAQ hub, comparisons), so listings, navigation and
 * footers stay out of it.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let digestsFile = '';
  return {
    name: 'quire:search-index',
    hooks: {
      // Astro inlines small page scripts before Vite has finished their dynamic imports (it leaves a
      // `__VITE_PRELOAD__` marker behind), which breaks the search page's on-demand load of Pagefind.
      // Such scripts stay external files; every other script and asset keeps the usual inline rule.
      'astro:config:setup': ({ config, updateConfig }) => {
        const limit = config.vite?.build?.assetsInlineLimit;
        const inline = (file: string, content: Buffer): boolean | undefined => {
          if (content.includes('__VITE_PRELOAD__')) return false;
          if (typeof limit === 'function') return limit(file, content);
          return typeof limit === 'number' ? content.length < limit : undefined;
        };
        updateConfig({ vite: { build: { assetsInlineLimit: inline } } });
      },
      // The link check and the CSP reuse the pages this step read. Whatever an earlier build in this
      // process read is forgotten; the digests of the pages the last build left untouched are kept.
      'astro:build:start': () => {
        forgetBuiltPages();
        recallDigests(digestsFile);
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
        digestsFile = fileURLToPath(new URL('page-digests.json', config.cacheDir));
      },
      // The index is made from every page: when no page changed since the last build (a warm
      // incremental build), the index that build left in dist/ stays (see kept-output.ts), or is
      // copied from Astro's cache folder, where the last index is kept under the digest of the pages.
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const digest = pagesDigest(site);
        keepDigests();
        const target = join(site, SEARCH_BUNDLE);
        recordBundle(SEARCH_BUNDLE, digest);
        if (keptBundle(SEARCH_BUNDLE) === digest) {
          logger.info(`search index left in ${SEARCH_BUNDLE}/ by the last build (no page changed)`);
          return;
        }
        await rm(target, { recursive: true, force: true });
        const kept = join(cacheDir, digest);
        if (existsSync(kept)) {
          await cp(kept, target, { recursive: true });
          logger.info(`search index copied to ${SEARCH_BUNDLE}/ from the last build (no page changed)`);
          return;
        }
        // The link check and the CSP read every page too: read them while Pagefind's process indexes.
        const [pages] = await Promise.all([writeIndex(site), readBuiltPagesAhead(site)]);
        // Only this build's index is kept; it appears under its final name only once complete.
        await rm(cacheDir, { recursive: true, force: true });
        const temporary = `${kept}.${process.pid}.tmp`;
        await cp(target, temporary, { recursive: true });
        await rename(temporary, kept);
        logger.info(`search index written to ${SEARCH_BUNDLE}/ (${pages} HTML files read)`);
      },
    },
  };
}
