/** What the sitemap needs to know about a built page. */
export interface PageFacts {
  /** Not `noindex`, and its canonical URL (if any) is the page itself. */
  indexable: boolean;
  /** `og:updated_time` of the page, when it has one. */
  lastmod?: string;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
const value = (tag: string, name: string) => {
  const match = attr(tag, name);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
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
    const name = value(tag, 'name')?.toLowerCase();
    if ((name === 'robots' || name === 'googlebot') && /noindex/i.test(value(tag, 'content') ?? '')) noindex = true;
    if (value(tag, 'rel')?.toLowerCase() === 'canonical') canonical = value(tag, 'href');
    if (value(tag, 'property') === 'og:updated_time') lastmod = value(tag, 'content');
  }
  return { indexable: !noindex && (canonical === undefined || canonical === url), lastmod };
}
