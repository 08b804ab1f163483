import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Post, Site } from '../content/site';
import { pick } from '../content/pick';
import { paths } from '../urls';
import { postModified } from './last-modified';
import { absoluteUrl } from './site-url';
import { escapeXml, xmlChars } from './xml';

/** Namespaces the feeds use: `dc:creator` for authors, `atom:link` for the self link. */
export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

/** What describes one feed. */
export interface FeedSpec {
  title: string;
  description: string;
  /** Site path of the page the feed mirrors (the journal, a category page). */
  pagePath: string;
  /** Site path of the feed itself. */
  feedPath: string;
  /** The posts, newest first; the feed keeps the first `settings.feedLength`. */
  posts: Post[];
}

/**
 * Options for `@astrojs/rss`: newest posts first, each with its categories, authors (`dc:creator`),
 * summary, and, when `html` has the post, its full HTML body. Dates come from the content, never from
 * the clock, so an unchanged site builds an identical feed.
 */
export function feedOptions(
  spec: FeedSpec,
  site: Pick<Site, 'settings' | 'author' | 'category'>,
  siteUrl: URL | string,
  html: Map<string, string> = new Map(),
): RSSOptions {
  const posts = spec.posts.slice(0, site.settings.feedLength);
  const at = (path: string) => absoluteUrl(path, siteUrl);
  const newest = posts.length ? new Date(Math.max(...posts.map((p) => postModified(p).getTime()))) : undefined;
  // `@astrojs/rss` escapes markup in text but keeps characters XML does not allow: they are dropped here.
  const items: RSSFeedItem[] = posts.map((post) => ({
    title: xmlChars(post.data.title),
    link: at(paths.post(post.id)),
    pubDate: post.data.publishedAt,
    description: xmlChars(post.data.description),
    categories: pick(site.category, post.data.categories).map((c) => xmlChars(c.data.name)),
    ...(html.has(post.id) ? { content: xmlChars(html.get(post.id)!) } : {}),
    customData: pick(site.author, post.data.authors)
      .map((a) => `<dc:creator>${escapeXml(a.data.name)}</dc:creator>`)
      .join(''),
  }));
  return {
    title: xmlChars(spec.title),
    description: xmlChars(spec.description),
    site: at(spec.pagePath),
    items,
    xmlns: FEED_NAMESPACES,
    customData: [
      '<language>en</language>',
      newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeXml(at(spec.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  };
}
