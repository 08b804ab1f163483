import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cachesAreWarm, cachesLine, type CacheFolders } from '../lib/deploy/host-caches';

/**
 * Says at the start of a build whether it found the caches of an earlier build (`[quire:caches] warm`)
 * or not (`cold`), on which host and in which folder: the line to look for in a host's build log. Put
 * it first in the list, before any step writes to the caches.
 */
export function hostCaches(folders: CacheFolders): AstroIntegration {
  return {
    name: 'quire:caches',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        logger.info(cachesLine(folders, cachesAreWarm(fileURLToPath(config.root), folders)));
      },
    },
  };
}
