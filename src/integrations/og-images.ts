import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardsFromCheck } from '../lib/seo/og/checked-cards';
import { workerDrawer } from '../lib/seo/og/drawing';
import { cardGenerator } from '../lib/seo/og/generator';
import { DEFAULT_CACHE_DIR, ogEnabled } from '../lib/seo/og/options';
import { shareGenerator } from '../lib/seo/og/shared-generator';
import { ogStats, resetOgStats } from '../lib/seo/og/stats';
import { takeCheckedContent } from './content-check';

/** The worker script that draws cards, by absolute path (the build bundles the rest of src/). */
const WORKER = fileURLToPath(new URL('../lib/seo/og/draw-worker.ts', import.meta.url));

/**
 * Starts drawing the cards missing from the cache as soon as the content check has read the content,
 * so the worker draws while Astro loads the content and bundles the site (one core is mostly idle
 * then); the image route takes this generator over (`shared-generator.ts`). Nothing to do when the
 * build reused the last check (no file changed, so no card changed either).
 */
function drawBeforeBuild(cacheDir: string, site: string | undefined, env: Record<string, string | undefined>) {
  const content = takeCheckedContent();
  const cards = content && cardsFromCheck(content);
  const settings = content?.settings as { siteName: string; siteUrl: string; ogImages: boolean } | undefined;
  if (!cards || !settings || !ogEnabled(settings, env.QUIRE_OG ?? '')) return;
  const brand = { siteName: settings.siteName, host: new URL(site || settings.siteUrl).host };
  const generator = cardGenerator(cacheDir, brand, { ahead: true, draw: workerDrawer(WORKER).draw });
  generator.plan(cards);
  ogStats().early = ogStats().planned;
  shareGenerator(cacheDir, brand, generator);
}

/**
 * Share-image settings read when Astro starts: QUIRE_OG=off turns generation off, QUIRE_OG_CACHE moves
 * the image cache (default `cacheFolder`, `.cache/og/` unless the host keeps caches elsewhere, relative
 * to the project). A build starts drawing before
 * Astro loads the content; after it, the integration reports how many images were drawn and how many
 * came from the cache.
 */
export function ogImages(env: Record<string, string | undefined>, cacheFolder = DEFAULT_CACHE_DIR): AstroIntegration {
  return {
    name: 'quire:og-images',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        resetOgStats();
        const cacheDir = resolve(fileURLToPath(config.root), env.QUIRE_OG_CACHE || cacheFolder);
        updateConfig({
          vite: {
            define: {
              'import.meta.env.QUIRE_OG': JSON.stringify(env.QUIRE_OG ?? ''),
              'import.meta.env.QUIRE_OG_CACHE': JSON.stringify(cacheDir),
              'import.meta.env.QUIRE_OG_WORKER': JSON.stringify(WORKER),
            },
          },
        });
        if (command === 'build') drawBeforeBuild(cacheDir, config.site, env);
      },
      'astro:build:done': ({ logger }) => {
        const { planned, rendered, cached, inWorkers, early, missedEarly } = ogStats();
        const which = rendered.length > 0 && rendered.length <= 10 ? ` (${rendered.join(', ')})` : '';
        if (early > 0) logger.info(`share images planned before the build: ${early} (${missedEarly} missed)`);
        if (inWorkers > 0) logger.info(`share images drawn in worker threads: ${inWorkers}`);
        const kept = Math.max(0, planned - rendered.length - cached.length);
        logger.info(
          `share images: ${rendered.length} drawn${which}, ${cached.length} from cache, ${kept} kept from the last build`,
        );
      },
    },
  };
}
