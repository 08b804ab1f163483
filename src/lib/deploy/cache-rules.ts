import { seoPaths } from '../seo/paths';
import { withBase } from '../urls';
import { matchesPattern } from './path-pattern';

/** How long browsers and CDNs may keep one kind of file. */
export interface CacheRule {
  /** What the files are, written as a comment into the generated host files. */
  name: string;
  /** Site paths (below the base path) as host patterns: `*` is the rest of a path, `:name` one segment. */
  paths: string[];
  /** The `Cache-Control` value they are served with. */
  cacheControl: string;
  /** Whether a file's name changes with its content, so old files may stay online for cached pages. */
  fingerprinted?: boolean;
}

/** Pages and every file no rule names: cached, but revalidated (ETag) on every request. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** A short cache for files that change when content does but are not fingerprinted. */
const SHORT = 'public, max-age=3600';

/**
 * THE caching rules, from which `_headers`, netlify.toml, vercel.json, the nginx server block and the
 * S3 sync commands are all generated. No two rules cover the same path, so hosts that apply every
 * matching rule never combine two values. Everything else gets `REVALIDATE`, which is also what
 * Netlify, Vercel and Cloudflare Pages send by default.
 */
export const CACHE_RULES: CacheRule[] = [
  {
    name: 'Fingerprinted assets (scripts, styles, optimised images)',
    paths: ['/_astro/*'],
    cacheControl: 'public, max-age=31536000, immutable',
    fingerprinted: true,
  },
  { name: 'Share images', paths: ['/og/*'], cacheControl: SHORT },
  { name: 'Feeds', paths: [seoPaths.feed(), seoPaths.categoryFeed(':slug')], cacheControl: SHORT },
];

/** The caching rules with their paths below `base` (`/insights/_astro/*`), as a host sees requests. */
export const cacheRulesBelow = (base: string): CacheRule[] =>
  CACHE_RULES.map((rule) => ({ ...rule, paths: rule.paths.map((path) => withBase(path, base)) }));

/** The `Cache-Control` a request path (base path included) is served with. */
export function cacheControlFor(path: string, base = '/'): string {
  const rule = cacheRulesBelow(base).find((r) => r.paths.some((pattern) => matchesPattern(pattern, path)));
  return rule?.cacheControl ?? REVALIDATE;
}
