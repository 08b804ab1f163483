import type { Site } from '../content/site';
import type { PageSeo } from './page-seo';
import { postsBy } from '../content/posts-of';

/** The fields of a post that date it. */
interface Dated {
  data: { publishedAt: Date; updatedAt?: Date };
}

/** When a post last changed: its update date, or its publish date. */
export const postModified = (post: Dated): Date => post.data.updatedAt ?? post.data.publishedAt;

const newest = (posts: Dated[]): Date | undefined =>
  posts.length ? new Date(Math.max(...posts.map((p) => postModified(p).getTime()))) : undefined;

/**
 * When the page's content last changed, for the sitemap's `lastmod`: a post's update or publish date;
 * for a listing (home, journal page, category, author), the newest change among the posts it shows.
 * `undefined` for pages whose content carries no date (services, comparisons, FAQ).
 */
export function lastModified(seo: PageSeo, site: Pick<Site, 'posts'>): Date | undefined {
  switch (seo.kind) {
    case 'post':
      return postModified(seo.post);
    case 'journal':
      return newest(seo.posts);
    case 'category':
      return newest(site.posts.filter((p) => p.data.categories.includes(seo.category.id)));
    case 'author':
      return newest(postsBy(seo.author.id, site));
    case 'home':
      return newest(site.posts);
    default:
      return undefined;
  }
}
