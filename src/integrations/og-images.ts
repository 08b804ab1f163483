import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CACHE_DIR } from '../og/options';
import { ogStats, resetOgStats } from '../og/stats';

/**
 * Share-image settings read when Astro starts: QUIRE_OG=off turns generation off, QUIRE_OG_CACHE moves
 * the image cache (default `.cache/og/`, relative to the project). After a build it reports how many
 * images were drawn and how many came from the cache.
 */
export function ogImages(env: Record<string, string | undefined>): AstroIntegration {
  return {
    name: 'quire:og-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const cacheDir = resolve(fileURLToPath(config.root), env.QUIRE_OG_CACHE || DEFAULT_CACHE_DIR);
        updateConfig({
          vite: {
            define: {
              'import.meta.env.QUIRE_OG': JSON.stringify(env.QUIRE_OG ?? ''),
              'import.meta.env.QUIRE_OG_CACHE': JSON.stringify(cacheDir),
              // The worker script that draws cards, by absolute path (the build bundles the rest of src/).
              'import.meta.env.QUIRE_OG_WORKER': JSON.stringify(
                fileURLToPath(new URL('../og/draw-worker.ts', import.meta.url)),
              ),
            },
          },
        });
      },
      'astro:build:start': () => resetOgStats(),
      'astro:build:done': ({ logger }) => {
        const { planned, rendered, cached, inWorkers } = ogStats();
        const which = rendered.length > 0 && rendered.length <= 10 ? ` (${rendered.join(', ')})` : '';
        if (inWorkers > 0) logger.info(`share images drawn in worker threads: ${inWorkers}`);
        const kept = Math.max(0, planned - rendered.length - cached.length);
        logger.info(
          `share images: ${rendered.length} drawn${which}, ${cached.length} from cache, ${kept} kept from the last build`,
        );
      },
    },
  };
}
