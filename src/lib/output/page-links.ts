import type { HtmlElement } from './html-tree';

/** A URL a page refers to, and the attribute it came from (`<a href>`). */
export interface PageLink {
  url: string;
  via: string;
}

const SINGLE: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
};
/** `<link rel>` values whose href is a hint about another origin, not a resource of this site. */
const HINTS = ['preconnect', 'dns-prefetch'];
const META_URLS = ['og:image', 'og:url', 'twitter:image', 'og:image:url'];

/** The URLs an element refers to: href/src, every candidate of a srcset, and URL-valued meta tags. */
export function linksOf(element: HtmlElement): PageLink[] {
  const { tag, attrs } = element;
  if (tag === 'link' && HINTS.some((hint) => attrs.rel?.split(/\s+/).includes(hint))) return [];
  const links: PageLink[] = [];
  for (const attr of SINGLE[tag] ?? []) {
    if (attrs[attr] !== undefined) links.push({ url: attrs[attr]!, via: `<${tag} ${attr}>` });
  }
  if (attrs.srcset) {
    for (const candidate of attrs.srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ url, via: `<${tag} srcset>` });
    }
  }
  const property = attrs.property ?? attrs.name;
  if (tag === 'meta' && property && META_URLS.includes(property) && attrs.content) {
    links.push({ url: attrs.content, via: `<meta ${property}>` });
  }
  return links;
}

/** URLs listed in a sitemap or feed (`<loc>`, `<link>`, `<atom:link href>`, `<enclosure url>`). */
export function xmlLinks(xml: string): PageLink[] {
  const links: PageLink[] = [];
  for (const match of xml.matchAll(/<(loc|link|id)>\s*([^<\s]+)\s*<\/\1>/g))
    links.push({ url: match[2]!, via: `<${match[1]}>` });
  for (const match of xml.matchAll(/<(atom:link|link|enclosure)\b[^>]*?\b(href|url)="([^"]+)"/g)) {
    links.push({ url: match[3]!.replace(/&amp;/g, '&'), via: `<${match[1]} ${match[2]}>` });
  }
  return links;
}
