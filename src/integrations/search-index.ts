import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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

/**
 * Builds the Pagefind search index from the finished `dist/` after every `astro build`. Pages opt in
 * with `data-pagefind-body` (posts, services, the FAQ hub, comparisons), so listings, navigation and
 * footers stay out of it.
 */
export function searchIndex(): AstroIntegration {
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
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}${SEARCH_BUNDLE}` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(`${written.outputPath}/${file}`, { force: true })));
          logger.info(`search index written to ${SEARCH_BUNDLE}/ (${added.page_count} HTML files read)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
