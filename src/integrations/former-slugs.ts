import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Keeps old links alive when an entry's slug changes: each former slug of a published post or service
 * gets a redirect page (meta refresh, canonical link to the new URL, noindex) and a line in `_redirects`.
 * The routes are injected rather than placed in `src/pages/`, so a catch-all route does not make every
 * path look valid to the link check.
 */
export function formerSlugs(): AstroIntegration {
  return {
    name: 'quire:former-slugs',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/[...former]',
          entrypoint: fileURLToPath(new URL('../redirects/FormerSlug.astro', import.meta.url)),
        });
        injectRoute({
          pattern: '/_redirects',
          entrypoint: fileURLToPath(new URL('../redirects/redirects-file.ts', import.meta.url)),
        });
      },
    },
  };
}
