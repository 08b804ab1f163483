import type { AstroIntegration } from 'astro';

/** The event pages receive instead of Vite's full reload. */
const RELOAD_EVENT = 'quire:full-reload';

/**
 * Reloads the page on {@link RELOAD_EVENT}, except in the admin: the site's pages show every change to
 * content at once, while the admin, which keeps its own copy of what it edits, is not reloaded under
 * the editor's hands.
 */
const RELOAD_SCRIPT = `if (import.meta.hot && !/\\/keystatic(\\/|$)/.test(location.pathname)) {
  import.meta.hot.on(${JSON.stringify(RELOAD_EVENT)}, () => location.reload());
}`;

type Send = (payload: unknown, data?: unknown) => void;

/**
 * Under `astro dev`, saving in the admin writes a content file, and Astro answers every content change
 * with a full reload of every open page: the admin itself reloaded after each save, and Keystatic then
 * greeted the editor with "Restored draft… other changes have been made to this entry" (and a `git
 * pull` or a second editor's save reloaded an admin mid-edit). This turns the dev server's full
 * reloads into an event that the site's pages reload on and the admin ignores.
 */
export function quietAdminReloads(): AstroIntegration {
  return {
    name: 'quire:quiet-admin-reloads',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('page', RELOAD_SCRIPT),
      'astro:server:setup': ({ server }) => {
        const channels = new Set([server.ws, server.environments.client?.hot].filter(Boolean));
        for (const channel of channels as Set<{ send: Send }>) {
          const send = channel.send.bind(channel) as Send;
          channel.send = (payload, data) => {
            const reload = typeof payload === 'object' && (payload as { type?: string } | null)?.type === 'full-reload';
            return reload ? send({ type: 'custom', event: RELOAD_EVENT, data: payload }) : send(payload, data);
          };
        }
      },
    },
  };
}
