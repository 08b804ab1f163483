/** What the sitemap needs to know about a built page. */
export interface PageFacts {
  /** Not `noindex`, and its canonical URL (if any) is the page itself. */
  indexable: boolean;
  /** `og:updated_time` of the page, when it has one. */
  lastmod?: string;
}

const ATTRIBUTE = /\s([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
/** A tag's attributes, names in lower case (one pass, one regular expression for every tag). */
const attributes = (tag: string) => {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE))
    found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return found;
};

/**
 * Reads a built page's `<head>`: whether search engines may index it (robots meta, canonical link)
 * and when its content last changed. The page's own tags decide, so the sitemap can never disagree
 * with what a crawler reads on the page.
 */
export function readPageFacts(html: string, url: string): PageFacts {
  const head = html.slice(0, html.search(/<\/head>/i) >>> 0 || html.length);
  let noindex = false;
  let canonical: string | undefined;
  let lastmod: string | undefined;
  for (const [tag] of head.matchAll(/<(?:meta|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const name = attrs.get('name')?.toLowerCase();
    if ((name === 'robots' || name === 'googlebot') && /noindex/i.test(attrs.get('content') ?? '')) noindex = true;
    if (attrs.get('rel')?.toLowerCase() === 'canonical') canonical = attrs.get('href');
    if (attrs.get('property') === 'og:updated_time') lastmod = attrs.get('content');
  }
  return { indexable: !noindex && (canonical === undefined || canonical === url), lastmod };
}
