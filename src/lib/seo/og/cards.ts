import type { Author, Category, Comparison, Post, Service, Site } from '../../content/site';
import { pick } from '../../content/pick';
import { formatDate, leadPrice } from '../../format';
import type { PageSeo } from '../page-seo';
import type { TemplateData, TemplateName } from './templates';
import { postsBy } from '../../content/posts-of';

/** One share image to draw: where it is served (`og/<key>.png`), with which template and data. */
export type OgCard = {
  [N in TemplateName]: { key: string; template: N; data: TemplateData[N]; alt: string };
}[TemplateName];

type CardSite = Pick<
  Site,
  'settings' | 'posts' | 'services' | 'comparisons' | 'authors' | 'categories' | 'author' | 'category'
>;

/**
 * The fields of an entry that its card shows as text, per collection ("options[].name": every option's
 * name), for the content check to warn about characters the cards' font lacks. Beside the cards so a
 * field a card starts to show is listed too (a test compares them with the cards' data).
 */
export const CARD_TEXT_FIELDS = {
  posts: ['title'],
  services: ['title', 'summary', 'duration'],
  comparisons: ['title', 'options[].name'],
  categories: ['name', 'description'],
  authors: ['name', 'role'],
} as const;

/** The values at `path` of an entry's data ("options[].name" gives `options[0].name`, …), by field. */
export function valuesAt(data: Record<string, unknown>, path: string): [string, unknown][] {
  const [head, rest] = path.split('[].') as [string, string?];
  const value = data[head];
  if (rest === undefined) return [[head, value]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) =>
    item && typeof item === 'object'
      ? valuesAt(item as Record<string, unknown>, rest).map(([field, v]): [string, unknown] => [
          `${head}[${i}].${field}`,
          v,
        ])
      : [],
  );
}

const SECTIONS = {
  journal: { heading: 'Journal', text: (s: CardSite) => `Articles from ${s.settings.siteName}.` },
  services: { heading: 'Services', text: (s: CardSite) => `How ${s.settings.siteName} can help.` },
  authors: { heading: 'Authors', text: (s: CardSite) => `The people who write for ${s.settings.siteName}.` },
  comparisons: {
    heading: 'Comparisons',
    text: (s: CardSite) => `Options side by side, with ${s.settings.siteName}'s recommendation.`,
  },
  faq: {
    heading: 'Frequently asked questions',
    text: (s: CardSite) => `Straight answers from ${s.settings.siteName}.`,
  },
} as const;

/** The site's default card. */
export const siteCard = (site: CardSite): OgCard => ({
  key: 'site',
  template: 'site',
  data: {
    heading: site.settings.siteName,
    text: site.settings.tagline ?? site.settings.description,
    kicker: 'Welcome',
  },
  alt: site.settings.siteName,
});

const sectionCard = (site: CardSite, section: keyof typeof SECTIONS): OgCard => ({
  key: `section/${section}`,
  template: 'site',
  data: { heading: SECTIONS[section].heading, text: SECTIONS[section].text(site), kicker: site.settings.siteName },
  alt: `${SECTIONS[section].heading}: ${site.settings.siteName}`,
});

/** A post's card, unless the editor set its own image. */
export function postCard(post: Post, site: CardSite): OgCard | undefined {
  if (post.data.seo.ogImage) return undefined;
  const data = {
    title: post.data.title,
    category: site.category.get(post.data.categories[0] ?? '')?.data.name,
    authors: pick(site.author, post.data.authors).map((a) => a.data.name),
    date: formatDate(post.data.publishedAt),
  };
  return { key: `post/${post.id}`, template: 'post', data, alt: `${data.title}, by ${data.authors.join(', ')}` };
}

/** A service's card, unless the editor set its own image. */
export function serviceCard(service: Service): OgCard | undefined {
  if (service.data.seo.ogImage) return undefined;
  const { title, summary, pricing, duration } = service.data;
  return {
    key: `service/${service.id}`,
    template: 'service',
    data: { title, summary, price: leadPrice(pricing), duration },
    alt: `${title}: ${leadPrice(pricing)}`,
  };
}

/** A comparison's card: its title and option columns. */
export const comparisonCard = (comparison: Comparison): OgCard => ({
  key: `comparison/${comparison.id}`,
  template: 'comparison',
  data: {
    title: comparison.data.title,
    options: comparison.data.options.map((o) => ({ name: o.name, highlighted: o.highlighted })),
    criteria: comparison.data.rows.length,
  },
  alt: `${comparison.data.title}: ${comparison.data.options.map((o) => o.name).join(' vs ')}`,
});

/** A category's card. */
export const categoryCard = (category: Category): OgCard => ({
  key: `category/${category.id}`,
  template: 'category',
  data: { name: category.data.name, description: category.data.description },
  alt: `${category.data.name}: articles`,
});

/** An author's card, with their number of published articles. */
export const authorCard = (author: Author, site: CardSite): OgCard => ({
  key: `author/${author.id}`,
  template: 'author',
  data: {
    name: author.data.name,
    role: author.data.role,
    articles: postsBy(author.id, site).length,
  },
  alt: author.data.role ? `${author.data.name}, ${author.data.role}` : author.data.name,
});

/** The card a page shows as its share image; `undefined` when the entry has its own image. */
export function cardForPage(seo: PageSeo, site: CardSite): OgCard | undefined {
  switch (seo.kind) {
    case 'post':
      return postCard(seo.post, site);
    case 'service':
      return serviceCard(seo.service);
    case 'comparison':
      return comparisonCard(seo.comparison);
    case 'category':
      return categoryCard(seo.category);
    case 'author':
      return authorCard(seo.author, site);
    case 'journal':
    case 'services':
    case 'comparisons':
    case 'authors':
    case 'faq':
      return sectionCard(site, seo.kind);
    default:
      return siteCard(site);
  }
}

/** Every card the site needs: one per page that shows a generated image, each once. */
export function allCards(site: CardSite): OgCard[] {
  const cards = [
    siteCard(site),
    ...(['journal', 'services', 'comparisons', 'authors', 'faq'] as const).map((s) => sectionCard(site, s)),
    ...site.posts.map((p) => postCard(p, site)),
    ...site.services.map(serviceCard),
    ...site.comparisons.map(comparisonCard),
    ...site.categories.map(categoryCard),
    ...site.authors.map((a) => authorCard(a, site)),
  ];
  return cards.filter((card): card is OgCard => card !== undefined);
}
