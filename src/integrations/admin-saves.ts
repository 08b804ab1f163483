import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import { CONTENT_TYPES } from '../content-model/types';
import { planSave, slugChanges, type AdminUpdate } from '../lib/admin/save-plan';

/** Marks a save this integration has already planned, as it passes it on to Keystatic. */
const PLANNED = 'x-quire-planned-save';

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });

/** Every entry file of the content model, from the project root (`content/journal/x.mdx`). */
function entryFiles(root: string): string[] {
  return Object.values(CONTENT_TYPES).flatMap((type) => {
    try {
      return readdirSync(join(root, type.folder))
        .filter((name) => name.endsWith(type.extension))
        .map((name) => `${type.folder}/${name}`);
    } catch {
      return [];
    }
  });
}

/** Removes the folders a save left empty under `content/` (an image folder named after an old slug). */
function removeEmptyFolders(root: string, deleted: readonly string[]) {
  for (const path of deleted) {
    for (let dir = dirname(path); dir.startsWith('content/') && dir !== 'content'; dir = dirname(dir)) {
      try {
        rmdirSync(join(root, dir));
      } catch {
        break;
      }
    }
  }
}

/**
 * Under `astro dev`, stands in front of the admin's save (`POST /api/keystatic/update`, local storage):
 * a changed slug records the old one in the entry's former slugs and repoints the entries that named it,
 * images are written before the entry that shows them, and folders left empty are removed (see
 * `planSave`). The save itself is still Keystatic's: the planned files are passed on to its handler.
 */
export function adminSaves(): AstroIntegration {
  return {
    name: 'quire:admin-saves',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = config.root.pathname;
        const endpoint = `${config.base.replace(/\/?$/, '/')}api/keystatic/update`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'quire:admin-saves',
                apply: 'serve',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    if (req.method !== 'POST' || req.url?.split('?')[0] !== endpoint || req.headers[PLANNED]) {
                      return next();
                    }
                    void (async () => {
                      const body = await readBody(req);
                      let planned = body;
                      let update: AdminUpdate | undefined;
                      try {
                        update = JSON.parse(body) as AdminUpdate;
                        planned = JSON.stringify(
                          planSave(update, entryFiles(root), (path) => readFileSync(join(root, path), 'utf8')),
                        );
                      } catch (error) {
                        logger.warn(`admin save passed on unchanged: ${String(error)}`);
                      }
                      const answer = await fetch(`http://${req.headers.host}${req.url}`, {
                        method: 'POST',
                        headers: {
                          'content-type': String(req.headers['content-type'] ?? ''),
                          'no-cors': String(req.headers['no-cors'] ?? ''),
                          [PLANNED]: '1',
                        },
                        body: planned,
                      });
                      if (answer.ok && update) {
                        removeEmptyFolders(root, update.deletions?.map((d) => d.path) ?? []);
                        for (const change of slugChanges(update)) {
                          logger.info(`${change.collection}: "${change.from}" renamed "${change.to}"`);
                        }
                      }
                      res.statusCode = answer.status;
                      const type = answer.headers.get('content-type');
                      if (type) res.setHeader('content-type', type);
                      res.end(Buffer.from(await answer.arrayBuffer()));
                    })().catch((error: unknown) => {
                      logger.error(`admin save failed: ${String(error)}`);
                      res.statusCode = 500;
                      res.end('The save did not go through: see the dev server output.');
                    });
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
