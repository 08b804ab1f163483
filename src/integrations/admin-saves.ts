import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import { CONTENT_TYPES } from '../content-model/types';
import { refusal, saveProblems } from '../lib/admin/save-check';
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
 * `planSave`). A save that would add an error to `npm run check` (in the entry saved, or in entries
 * that depend on it) is refused with the check's own messages (`saveProblems`). The save itself is
 * still Keystatic's: the planned files are passed on to its handler.
 */
export function adminSaves(): AstroIntegration {
  return {
    name: 'quire:admin-saves',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = config.root.pathname;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'quire:admin-saves',
                apply: 'serve',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    // Keystatic's client posts here whatever the site's base path.
                    if (
                      req.method !== 'POST' ||
                      !req.url?.split('?')[0]!.endsWith('/api/keystatic/update') ||
                      req.headers[PLANNED]
                    ) {
                      return next();
                    }
                    void (async () => {
                      const body = await readBody(req);
                      let planned = body;
                      let update: AdminUpdate | undefined;
                      let problems: string | undefined;
                      try {
                        update = JSON.parse(body) as AdminUpdate;
                        const plan = planSave(update, entryFiles(root), (path) =>
                          readFileSync(join(root, path), 'utf8'),
                        );
                        planned = JSON.stringify(plan);
                        const found = saveProblems(root, plan);
                        if (found.length) problems = refusal(found, plan.additions.length === 0);
                      } catch (error) {
                        logger.warn(`admin save passed on unchecked: ${String(error)}`);
                      }
                      if (problems) {
                        // Keystatic shows the answer's text above the form and keeps what was typed.
                        logger.warn(problems);
                        res.statusCode = 422;
                        res.setHeader('content-type', 'text/plain; charset=utf-8');
                        res.end(problems);
                        return;
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
