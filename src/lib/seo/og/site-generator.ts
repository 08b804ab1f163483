import type { Site } from '../../content/site';
import { workerDrawer } from './drawing';
import { cardGenerator } from './generator';
import { ogCacheDir } from './options';
import { sharedGenerator } from './shared-generator';
import type { Brand } from './templates';

let generator: ReturnType<typeof cardGenerator> | undefined;

/** The site's brand on cards: its name and the host of its production URL (`SITE_URL` wins over the setting). */
export const brandOf = (site: Pick<Site, 'settings'>, siteUrl: string | undefined = import.meta.env.SITE): Brand => ({
  siteName: site.settings.siteName,
  host: new URL(siteUrl || site.settings.siteUrl).host,
});

/**
 * The build's one card generator (fonts loaded once, one cache), created on first use: the one the
 * og-images integration started before the build when there is one, otherwise a new one. A build draws
 * missing cards ahead in worker threads while the build thread renders the pages; `astro dev` draws
 * each card in this thread when a page asks for it.
 */
export function siteCardGenerator(site: Pick<Site, 'settings'>) {
  const worker = import.meta.env.QUIRE_OG_WORKER;
  const brand = brandOf(site);
  generator ??=
    (import.meta.env.PROD ? sharedGenerator(ogCacheDir(), brand) : undefined) ??
    cardGenerator(ogCacheDir(), brand, {
      ahead: import.meta.env.PROD,
      draw: import.meta.env.PROD && worker ? workerDrawer(worker).draw : undefined,
    });
  return generator;
}
