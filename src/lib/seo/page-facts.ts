import { htmlElements, type HtmlElement } from '../output/html-tree';

/** What the sitemap needs to know about a built page. */
export interface PageFacts {
  /** Not `noindex`, and its canonical URL (if any) is the page itself. */
  indexable: boolean;
  /** `og:updated_time` of the page, when it has one. */
  lastmod?: string;
}

/** The head tags that decide a page's sitemap entry, as the page states them (whatever its URL). */
export interface HeadFacts {
  /** A robots or googlebot meta tag says `noindex`. */
  noindex: boolean;
  /** The `href` of `<link rel="canonical">`, when there is one. */
  canonical?: string;
  /** `og:updated_time`, when there is one. */
  lastmod?: string;
}

/** Reads a page's head tags (elements from `htmlElements`) for the sitemap. */
export function headFacts(elements: HtmlElement[]): HeadFacts {
  const facts: HeadFacts = { noindex: false };
  for (const { tag, attrs, inHead } of elements) {
    if (!inHead || (tag !== 'meta' && tag !== 'link')) continue;
    const name = attrs.name?.toLowerCase();
    if ((name === 'robots' || name === 'googlebot') && /noindex/i.test(attrs.content ?? '')) facts.noindex = true;
    if (attrs.rel?.toLowerCase() === 'canonical') facts.canonical = attrs.href;
    if (attrs.property === 'og:updated_time') facts.lastmod = attrs.content;
  }
  return facts;
}

/**
 * Whether search engines may index the page served at `url` (robots meta, canonical link) and when its
 * content last changed. The page's own tags decide, so the sitemap can never disagree with what a
 * crawler reads on the page.
 */
export const pageFacts = ({ noindex, canonical, lastmod }: HeadFacts, url: string): PageFacts => ({
  indexable: !noindex && (canonical === undefined || canonical === url),
  lastmod,
});

/** `pageFacts` of a built page's HTML. */
export const readPageFacts = (html: string, url: string): PageFacts => pageFacts(headFacts(htmlElements(html)), url);
