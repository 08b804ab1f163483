import { entryUrl } from '../content-model/types';

/** Prefixes a site path with the configured base path (`/insights/...` when served below one). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith('/')) return path;
  return `${base.replace(/\/$/, '')}${path}`;
}

/** A base path as Astro and the hosts write it, with a slash at both ends: `insights` → `/insights/`. */
export const normalizeBase = (base = ''): string => base.replace(/^\/*/, '/').replace(/\/*$/, '/') || '/';

/** Canonical site paths of every page type, all with a trailing slash. */
export const paths = {
  home: () => '/',
  journal: (page = 1) => (page > 1 ? `/journal/${page}/` : '/journal/'),
  post: (slug: string) => entryUrl('posts', slug),
  category: (slug: string) => entryUrl('categories', slug),
  authors: () => '/authors/',
  author: (slug: string) => entryUrl('authors', slug),
  services: () => '/services/',
  service: (slug: string) => entryUrl('services', slug),
  faq: () => '/faq/',
  faqItem: (slug: string) => entryUrl('faqs', slug),
  comparisons: () => '/compare/',
  comparison: (slug: string) => entryUrl('comparisons', slug),
  search: () => '/search/',
  contact: () => '/contact/',
};

/** Whether a link leaves the site: it has a scheme (`https:`, `mailto:`) or starts with `//`. */
export const isExternal = (url: string): boolean => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
