import type { AstroIntegration } from 'astro';
import { answerEntries } from '../lib/admin/entry-titles';

/**
 * Under `astro dev`, answers the admin's pickers with the titles of a collection's entries
 * (`GET <base>api/quire/entries/<collection>`: `[{ slug, title }]`, read-only, see `answerEntries`),
 * so editors pick a category by its name and an FAQ by its question. Without it (the hosted admin of
 * `npm run build:admin`) the pickers show slugs, as Keystatic does.
 */
export function adminEntries(): AstroIntegration {
  return {
    name: 'quire:admin-entries',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = config.root.pathname;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'quire:admin-entries',
                apply: 'serve',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    if (req.method !== 'GET') return next();
                    const answer = answerEntries(root, config.base, req.url?.split('?')[0] ?? '');
                    if (!answer) return next();
                    res.statusCode = answer.status;
                    res.setHeader('content-type', 'application/json; charset=utf-8');
                    res.setHeader('cache-control', 'no-store');
                    res.end(JSON.stringify(answer.body));
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
