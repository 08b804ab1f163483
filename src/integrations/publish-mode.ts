import type { AstroIntegration } from 'astro';

/**
 * Decides whether drafts and scheduled posts are shown: under `astro dev` they are, in a build they
 * are not (whatever NODE_ENV says), unless QUIRE_SHOW_UNPUBLISHED=true asks for a staging build.
 */
export function publishMode(env: Record<string, string | undefined>): AstroIntegration {
  return {
    name: 'quire:publish-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const show = command === 'dev' || env.QUIRE_SHOW_UNPUBLISHED === 'true';
        updateConfig({ vite: { define: { 'import.meta.env.QUIRE_SHOW_UNPUBLISHED': JSON.stringify(show) } } });
      },
    },
  };
}
