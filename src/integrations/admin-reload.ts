import type { AstroIntegration } from 'astro';

/** Where Vite's browser client handles a full reload; the line the admin's exception goes after. */
const FULL_RELOAD_CASE = 'case "full-reload":';

/** Where Vite's browser client draws its error overlay over the page; the admin's exception goes first. */
const CREATE_OVERLAY = 'function createErrorOverlay(err) {';

/** Escapes text for use inside a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Under `astro dev`, saving in the admin writes a content file, and Astro answers every content change
 * with a full reload of every open page: the admin itself reloaded after each save, and Keystatic then
 * greeted the editor with "Restored draft… other changes have been made to this entry" (and a `git
 * pull` or a second editor's save reloaded an admin mid-edit). This teaches Vite's browser client to
 * skip full reloads on the admin's pages only; the site's pages, error pages included, reload as
 * before. (After changing the admin's own configuration, reload it by hand.)
 *
 * Likewise, a server error while an editor works (a content file the site cannot render yet) drew Vite's
 * error overlay, a developer's stack trace, over the whole admin, and Escape did not close it. The
 * admin's pages never show that overlay: the error goes to the browser console, and the dev site's
 * pages and `npm run check` still show the problem.
 */
export function quietAdminReloads(): AstroIntegration {
  return {
    name: 'quire:quiet-admin-reloads',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const admin = `${config.base.replace(/\/?$/, '/')}keystatic`;
        const onAdmin = `new RegExp(${JSON.stringify(`^${escapeRegExp(admin)}(/|$)`)}).test(location.pathname)`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'quire:quiet-admin-reloads',
                apply: 'serve',
                transform(code, id) {
                  if (!/\/vite\/dist\/client\/client\.mjs$/.test(id.split('?')[0]!)) return undefined;
                  if (!code.includes(FULL_RELOAD_CASE) || !code.includes(CREATE_OVERLAY)) {
                    logger.warn(
                      "Vite's client has changed: saves in the admin may reload it or cover it with errors (see admin-reload.ts)",
                    );
                    return undefined;
                  }
                  return code
                    .replace(FULL_RELOAD_CASE, `${FULL_RELOAD_CASE} if (${onAdmin}) break;`)
                    .replace(
                      CREATE_OVERLAY,
                      `${CREATE_OVERLAY} if (${onAdmin}) { console.error(err.message); return; }`,
                    );
                },
              },
            ],
          },
        });
      },
    },
  };
}
