import type { GetStaticPaths } from 'astro';
import { getSite, type Site } from '../content/site';
import { postKey, siteKey } from './page-keys';

type Listed = 'posts' | 'authors' | 'categories' | 'services' | 'comparisons';

/**
 * `getStaticPaths` for a page per entry of a collection at `/<...>/[slug]`: the entry is the `prop`
 * named prop, and the cache key is the post's own key for posts (src/lib/incremental/page-keys.ts), the
 * whole content's for everything else.
 */
function entryPaths<C extends Listed, P extends string>(collection: C, prop: P) {
  return (async () => {
    const site = await getSite();
    return (site[collection] as Site[C]).map((entry) => ({
      params: { slug: entry.id },
      props: { [prop]: entry } as Record<P, Site[C][number]>,
      cacheKey: collection === 'posts' ? postKey(entry as Site['posts'][number], site) : siteKey(site),
    }));
  }) satisfies GetStaticPaths;
}

export const postPaths = entryPaths('posts', 'post');
export const authorPaths = entryPaths('authors', 'author');
export const categoryPaths = entryPaths('categories', 'category');
export const servicePaths = entryPaths('services', 'service');
export const comparisonPaths = entryPaths('comparisons', 'comparison');
