import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where a build runs, as far as keeping caches between builds goes. */
export type BuildHost = 'netlify' | 'vercel' | 'cloudflare-pages' | 'github-actions' | 'local';

/** How each host keeps a folder between builds, and the documentation that says so. */
export const HOST_CACHES: Record<BuildHost, { root: string; how: string; docs?: string }> = {
  // Netlify restores a folder that a build plugin saved with `utils.cache` (netlify/plugins/quire-caches).
  netlify: {
    root: '.cache',
    how: 'restored and saved by the build plugin netlify/plugins/quire-caches (utils.cache)',
    docs: 'https://docs.netlify.com/extend/develop-and-share/develop-build-plugins/#utilities',
  },
  // Vercel restores the previous build's node_modules before the install and build commands.
  vercel: {
    root: 'node_modules/.astro/quire',
    how: 'inside node_modules/, which Vercel restores from the previous build',
    docs: 'https://vercel.com/docs/deployments/troubleshoot-a-build#caching-process',
  },
  // Cloudflare Pages' build cache keeps node_modules/.astro for an Astro project once it is turned on.
  'cloudflare-pages': {
    root: 'node_modules/.astro/quire',
    how: 'in node_modules/.astro/, which Pages keeps for Astro projects when build caching is on',
    docs: 'https://developers.cloudflare.com/pages/configuration/build-caching/',
  },
  // The GitHub Pages workflow keeps .cache/ with actions/cache (.github/workflows/deploy.yml).
  'github-actions': { root: '.cache', how: 'kept by actions/cache in .github/workflows/deploy.yml' },
  local: { root: '.cache', how: 'kept in the project folder' },
};

/** The host a build runs on, from the variables each host sets in its build environment. */
export function buildHost(env: Record<string, string | undefined>): BuildHost {
  if (env.NETLIFY === 'true') return 'netlify';
  if (env.VERCEL === '1') return 'vercel';
  if (env.CF_PAGES === '1') return 'cloudflare-pages';
  if (env.GITHUB_ACTIONS === 'true') return 'github-actions';
  return 'local';
}

/** The folders of the caches a build keeps, relative to the project: Astro's (incremental build, checks) and the share images'. */
export interface CacheFolders {
  host: BuildHost;
  /** The folder that holds both, where the host keeps files between builds (`QUIRE_CACHE_DIR` overrides it). */
  root: string;
  /** Astro's `cacheDir`: the incremental build, the content check, the after-build records, the search index. */
  astro: string;
  /** The share-image cache (`QUIRE_OG_CACHE` overrides it). */
  og: string;
}

/** Where this build keeps its caches, so that they survive to the next build on its host. */
export function cacheFolders(env: Record<string, string | undefined>): CacheFolders {
  const host = buildHost(env);
  const root = (env.QUIRE_CACHE_DIR || HOST_CACHES[host].root).replace(/\/+$/, '');
  return { host, root, astro: `${root}/astro`, og: env.QUIRE_OG_CACHE || `${root}/og` };
}

const hasFiles = (folder: string) => existsSync(folder) && readdirSync(folder).length > 0;

/**
 * Whether a build starts warm: the last build's Astro cache (its incremental-build record) and share
 * images are there. A cold build renders every page and draws every card again.
 */
export function cachesAreWarm(projectRoot: string, folders: CacheFolders): { astro: boolean; og: boolean } {
  return {
    astro: existsSync(join(projectRoot, folders.astro, 'incremental-build.json')),
    og: hasFiles(join(projectRoot, folders.og)),
  };
}

/** The build log's line about the caches: `warm` or `cold`, the host and the folder, and what was missing. */
export function cachesLine(folders: CacheFolders, warm: { astro: boolean; og: boolean }): string {
  const missing = [...(warm.astro ? [] : ["Astro's cache"]), ...(warm.og ? [] : ['share images'])];
  const state = missing.length === 0 ? 'warm' : 'cold';
  const why = missing.length ? `; no ${missing.join(' and no ')} from an earlier build` : '';
  return `${state} (host: ${folders.host}, caches in ${folders.root}/: ${HOST_CACHES[folders.host].how}${why})`;
}
