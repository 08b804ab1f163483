import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Folder below `dist/` that holds the Pagefind index and its client script. */
export const SEARCH_BUNDLE = 'pagefind';

/**
 * Builds the Pagefind search index from the finished `dist/` after every `astro build`. Pages opt in
 * with `data-pagefind-body` (posts, services, the FAQ hub, comparisons), so listings, navigation and
 * footers stay out of it.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'quire:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}${SEARCH_BUNDLE}` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
