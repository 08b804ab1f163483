import type { AstroIntegration } from 'astro';

/** Where Vite's browser client handles a full reload; the line the admin's exception goes after. */
const FULL_RELOAD_CASE = 'case "full-reload":';

/** Escapes text for use inside a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Under `astro dev`, saving in the admin writes a content file, and Astro answers every content change
 * with a full reload of every open page: the admin itself reloaded after each save, and Keystatic then
 * greeted the editor with "Restored draft… other changes have been made to this entry" (and a `git
 * pull` or a second editor's save reloaded an admin mid-edit). This teaches Vite's browser client to
 * skip full reloads on the admin's pages only; the site's pages, error pages included, reload as
 * before. (After changing the admin's own configuration, reload it by hand.)
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
                  if (!code.includes(FULL_RELOAD_CASE)) {
                    logger.warn("Vite's client has changed: saves in the admin will reload it (see admin-reload.ts)");
                    return undefined;
                  }
                  return code.replace(FULL_RELOAD_CASE, `${FULL_RELOAD_CASE} if (${onAdmin}) break;`);
                },
              },
            ],
          },
        });
      },
    },
  };
}
