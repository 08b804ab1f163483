import rss from '@astrojs/rss';
import type { Post, Site } from '../content/site';
import { paths } from '../urls';
import { feedOptions, type FeedSpec } from './feed';
import { absoluteUrl } from './site-url';

/** A post's body as HTML for a feed, with absolute URLs (the pages pass the one rendered with the site's components). */
export type PostHtml = (post: Post, pageUrl: string) => Promise<string>;

/** Builds one RSS feed, with each post's full HTML (from `postHtml`) when the `feedContent` setting asks for it. */
export async function feedResponse(
  spec: FeedSpec,
  site: Site,
  siteUrl: URL | string,
  postHtml: PostHtml,
): Promise<Response> {
  const html = new Map<string, string>();
  if (site.settings.feedContent === 'full') {
    const posts = spec.posts.slice(0, site.settings.feedLength);
    await Promise.all(
      posts.map(async (post) => html.set(post.id, await postHtml(post, absoluteUrl(paths.post(post.id), siteUrl)))),
    );
  }
  return rss(feedOptions(spec, site, siteUrl, html));
}
