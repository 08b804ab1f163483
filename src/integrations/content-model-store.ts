import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dropStaleStore, folderDigest } from '../lib/incremental/content-store';

/**
 * Makes Astro validate every entry again when the content model changes (see
 * `src/lib/incremental/content-store.ts`): the build's store lives in the cache folder, the dev
 * server's in `.astro/`.
 */
export const contentModelStore = (): AstroIntegration => ({
  name: 'quire:content-model-store',
  hooks: {
    'astro:config:setup': ({ config, logger }) => {
      const digest = folderDigest(fileURLToPath(new URL('src/content-model/', config.root)));
      const dropped = [config.cacheDir, new URL('.astro/', config.root)].filter((folder) =>
        dropStaleStore(fileURLToPath(folder), digest),
      );
      if (dropped.length) logger.info('the content model changed: every entry is validated again');
    },
  },
});
