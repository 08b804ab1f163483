import type { Site } from '../content/site';
import { paths } from '../urls';
import type { PageSeo } from './page-seo';

/** One step of a trail: its label and site path. */
export interface TrailStep {
  name: string;
  path: string;
}

/**
 * The trail from the home page to the page, as its visible breadcrumb shows it: Home, then the section,
 * then (for a post) its primary category, then the page. Empty on the home page and on pages that sit
 * outside the site's structure (404).
 */
export function breadcrumbTrail(seo: PageSeo, site: Pick<Site, 'category'>, pathname: string): TrailStep[] {
  const home = { name: 'Home', path: paths.home() };
  const journal = { name: 'Journal', path: paths.journal() };
  const services = { name: 'Services', path: paths.services() };
  const comparisons = { name: 'Comparisons', path: paths.comparisons() };
  const authors = { name: 'Authors', path: paths.authors() };
  switch (seo.kind) {
    case 'home':
      return [];
    case 'post': {
      const primary = site.category.get(seo.post.data.categories[0] ?? '');
      const category = primary ? [{ name: primary.data.name, path: paths.category(primary.id) }] : [];
      return [home, journal, ...category, { name: seo.post.data.title, path: paths.post(seo.post.id) }];
    }
    case 'service':
      return [home, services, { name: seo.service.data.title, path: paths.service(seo.service.id) }];
    case 'comparison':
      return [home, comparisons, { name: seo.comparison.data.title, path: paths.comparison(seo.comparison.id) }];
    case 'category':
      return [home, journal, { name: seo.category.data.name, path: paths.category(seo.category.id) }];
    case 'author':
      return [home, authors, { name: seo.author.data.name, path: paths.author(seo.author.id) }];
    case 'journal':
      return seo.page > 1
        ? [home, journal, { name: `Page ${seo.page}`, path: paths.journal(seo.page) }]
        : [home, journal];
    case 'services':
      return [home, services];
    case 'comparisons':
      return [home, comparisons];
    case 'authors':
      return [home, authors];
    case 'faq':
      return [home, { name: 'FAQ', path: paths.faq() }];
    case 'contact':
      return [home, { name: 'Contact', path: paths.contact() }];
    case 'page':
      return seo.name ? [home, { name: seo.name, path: pathname }] : [];
  }
}
