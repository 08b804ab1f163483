import type { Site } from '../content/site';
import { paths, withBase } from '../urls';

/** A moved page: its old and new site paths (without the base path). */
export interface Redirect {
  from: string;
  to: string;
  /** Title of the page it moved to. */
  title: string;
}

/**
 * Every former slug of a published post or service, and every former address (from an import) of a
 * published post, a category or an author, pointing at the entry's current page.
 */
export function formerSlugRedirects(
  site: Pick<Site, 'posts' | 'services'> & Partial<Pick<Site, 'categories' | 'authors'>>,
): Redirect[] {
  const moved = (
    entries: { id: string; data: { formerPaths?: string[] } }[],
    page: (slug: string) => string,
    title: (e: never) => string,
  ) =>
    entries.flatMap((entry) =>
      (entry.data.formerPaths ?? []).map((from) => ({ from, to: page(entry.id), title: title(entry as never) })),
    );
  return [
    ...moved(site.posts, paths.post, (post: Site['posts'][number]) => post.data.title),
    ...moved(site.categories ?? [], paths.category, (category: Site['categories'][number]) => category.data.name),
    ...moved(site.authors ?? [], paths.author, (author: Site['authors'][number]) => author.data.name),
    ...site.posts.flatMap((post) =>
      post.data.formerSlugs.map((slug) => ({
        from: paths.post(slug),
        to: paths.post(post.id),
        title: post.data.title,
      })),
    ),
    ...site.services.flatMap((service) =>
      service.data.formerSlugs.map((slug) => ({
        from: paths.service(slug),
        to: paths.service(service.id),
        title: service.data.title,
      })),
    ),
  ];
}

/**
 * A `_redirects` file (Netlify, Cloudflare Pages and others read it): one permanent redirect per old
 * URL, with and without its trailing slash, base path included.
 */
export function redirectsFile(redirects: Redirect[], base: string = import.meta.env.BASE_URL): string {
  const lines = redirects.flatMap(({ from, to }) => {
    const source = withBase(from, base);
    const target = withBase(to, base);
    return [`${source.replace(/\/$/, '')} ${target} 301`, `${source} ${target} 301`];
  });
  // An address ending in a file name (`/2023/11/07/post.html`) has no trailing-slash twin: one line.
  const unique = [...new Set(lines)];
  return unique.length ? `${unique.join('\n')}\n` : '';
}
