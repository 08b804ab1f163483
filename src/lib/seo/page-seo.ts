import type { Author, Category, Comparison, Post, Service } from '../content/site';

/**
 * What a page tells the `<head>` about itself, beyond its title and description: which kind of page
 * it is and the entry it shows. Metadata, the share image and structured data follow from it.
 */
export type PageSeo =
  | { kind: 'home' }
  | { kind: 'post'; post: Post }
  | { kind: 'service'; service: Service }
  | { kind: 'comparison'; comparison: Comparison }
  | { kind: 'category'; category: Category }
  | { kind: 'author'; author: Author }
  /** One page of the journal listing, with the posts it shows. */
  | { kind: 'journal'; page: number; posts: Post[] }
  | { kind: 'services' }
  | { kind: 'comparisons' }
  | { kind: 'authors' }
  | { kind: 'faq' }
  | { kind: 'contact' }
  /** Any other page (search, 404); `name` is its breadcrumb label. */
  | { kind: 'page'; name?: string };

/** What every page tells the layout about itself, for its `<head>`. */
export interface PageHead {
  /** Page title without the site name. */
  title: string;
  /** Meta description. */
  description: string;
  /** Ask search engines not to index this page. */
  noindex?: boolean;
  /** Replaces the computed canonical URL. */
  canonical?: string;
  /** Which kind of page this is and the entry it shows, for metadata, share image and structured data. */
  seo?: PageSeo;
}

/** The `<head>` of a post or service page: its own title and description, with the editor's SEO overrides applied. */
export function entryHead(seo: Extract<PageSeo, { kind: 'post' } | { kind: 'service' }>): PageHead {
  const { data } = seo.kind === 'post' ? seo.post : seo.service;
  return {
    title: data.seo.title ?? data.title,
    description: data.description,
    noindex: data.seo.noindex,
    canonical: data.seo.canonical,
    seo,
  };
}
