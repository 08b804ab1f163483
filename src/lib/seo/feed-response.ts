import rss from '@astrojs/rss';
import type { Site } from '../content/site';
import { paths } from '../urls';
import { feedOptions, type FeedSpec } from './feed';
import { postHtml } from './post-html';
import { absoluteUrl } from './site-url';

/** Builds one RSS feed, with each post's full HTML when the `feedContent` setting asks for it. */
export async function feedResponse(spec: FeedSpec, site: Site, siteUrl: URL | string): Promise<Response> {
  const html = new Map<string, string>();
  if (site.settings.feedContent === 'full') {
    const posts = spec.posts.slice(0, site.settings.feedLength);
    await Promise.all(
      posts.map(async (post) => html.set(post.id, await postHtml(post, absoluteUrl(paths.post(post.id), siteUrl)))),
    );
  }
  return rss(feedOptions(spec, site, siteUrl, html));
}
