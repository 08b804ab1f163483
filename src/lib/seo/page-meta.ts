import type { Graph, ItemList, Thing } from 'schema-dts';
import type { Post, Site } from '../content/site';
import { pick } from '../content/pick';
import { paths } from '../urls';
import { breadcrumbTrail } from './breadcrumb-trail';
import { blogPostingNode } from './json-ld/blog-posting';
import { breadcrumbNode } from './json-ld/breadcrumbs';
import { questionNodes } from './json-ld/faq';
import { ldId } from './json-ld/ids';
import { organizationNode, websiteNode, type OrganizationFacts } from './json-ld/organization';
import { authorNode } from './json-ld/person';
import { serviceNode } from './json-ld/service';
import { webPageNode, type WebPageType } from './json-ld/web-page';
import { lastModified } from './last-modified';
import { pageFaqs } from './page-faqs';
import type { PageSeo } from './page-seo';
import { seoPaths } from './paths';
import { articleWords } from '../reading/reading-time';
import { absoluteUrl } from './site-url';
import { profileUrls, xHandle } from './social';
import { pageTitle } from './title';

/** A share image, resolved to an absolute URL. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  /** MIME type, e.g. `image/png`. */
  type: string;
  alt: string;
}

/** Everything the `<head>` needs to know to describe a page. */
export interface DescribeInput {
  /** Page title without the site name. */
  title: string;
  description: string;
  noindex?: boolean;
  /** An editor's canonical URL (for a page republished from elsewhere). */
  canonical?: string;
  /** The page's own path as served, base path included (`Astro.url.pathname`). */
  pathname: string;
  /** The production URL (`Astro.site`). */
  siteUrl: URL | string;
  /** The base path (`import.meta.env.BASE_URL`). */
  base?: string;
  seo: PageSeo;
  site: Site;
  image?: ShareImage;
  /** Absolute URL of the firm's logo. */
  logoUrl?: string;
}

/** A `<meta>` element: `property` for Open Graph, `name` for the rest. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** A `<link>` element in the head. */
export interface HeadLink {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

/** The page described for crawlers and social sites. */
export interface PageMeta {
  /** The `<title>`, from the site's template. */
  title: string;
  description: string;
  /** Absolute URL of the page as built. */
  url: string;
  /** Absolute canonical URL; left out on pages that are not indexed. */
  canonical?: string;
  robots?: string;
  meta: MetaTag[];
  links: HeadLink[];
  jsonLd: Graph;
  /** When the content last changed (also `og:updated_time`, which the sitemap reads). */
  updated?: Date;
}

const og = (property: string, content: string | undefined): MetaTag[] => (content ? [{ property, content }] : []);
const named = (name: string, content: string | undefined): MetaTag[] => (content ? [{ name, content }] : []);

const PAGE_TYPES: Partial<Record<PageSeo['kind'], WebPageType>> = {
  journal: 'CollectionPage',
  category: 'CollectionPage',
  comparisons: 'CollectionPage',
  authors: 'CollectionPage',
  author: 'ProfilePage',
  contact: 'ContactPage',
};

/** Describes a page: its title, canonical URL, Open Graph and Twitter tags, feed links and JSON-LD graph. */
export function describePage(input: DescribeInput): PageMeta {
  const { seo, site, image, siteUrl, base } = input;
  const { settings } = site;
  const url = absoluteUrl(input.pathname, siteUrl, { pathIncludesBase: true });
  const at = (path: string) => absoluteUrl(path, siteUrl, { base });
  const home = at(paths.home());
  const canonical = input.noindex ? undefined : (input.canonical ?? url);
  const updated = lastModified(seo, site);
  const authorsOf = (post: Post) => pick(site.author, post.data.authors);
  const categoriesOf = (post: Post) => pick(site.category, post.data.categories);

  const org: OrganizationFacts = {
    home,
    name: settings.siteName,
    description: settings.description,
    logoUrl: input.logoUrl,
    sameAs: profileUrls(settings.social.map((s) => s.url)),
    email: settings.contact.email,
  };
  const trail = breadcrumbTrail(seo, site, input.pathname).map((step) => ({
    name: step.name,
    url: step.path === input.pathname ? url : at(step.path),
  }));
  const itemList = (items: { url: string; name: string }[]): ItemList => ({
    '@type': 'ItemList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, ...item })),
  });
  const listed = (posts: Post[]) => itemList(posts.map((p) => ({ url: at(paths.post(p.id)), name: p.data.title })));

  const nodes: Thing[] = [organizationNode(org), websiteNode(org, at(paths.search()))];
  let mainEntity: Thing | undefined;
  const meta: MetaTag[] = [];
  const links: HeadLink[] = [
    {
      rel: 'alternate',
      type: 'application/rss+xml',
      title: `${settings.siteName}: journal`,
      href: at(seoPaths.feed()),
    },
  ];

  if (seo.kind === 'post') {
    const { post } = seo;
    const authors = authorsOf(post);
    const categories = categoriesOf(post);
    const authorUrls = authors.map((a) => at(paths.author(a.id)));
    nodes.push(
      blogPostingNode({
        url,
        headline: post.data.title,
        description: input.description,
        imageUrl: image?.url,
        published: post.data.publishedAt,
        modified: post.data.updatedAt,
        authors: authors.map((a, i) => ({
          kind: a.data.kind,
          name: a.data.name,
          url: authorUrls[i]!,
          jobTitle: a.data.role,
        })),
        publisherId: ldId.organization(home),
        section: categories[0]?.data.name,
        keywords: categories.map((c) => c.data.name),
        wordCount: articleWords(post.body ?? '', site, post.data.faqs),
      }),
    );
    meta.push(
      ...og('article:published_time', post.data.publishedAt.toISOString()),
      ...og('article:modified_time', (post.data.updatedAt ?? post.data.publishedAt).toISOString()),
      ...og('article:section', categories[0]?.data.name),
      ...categories.map((c) => ({ property: 'article:tag', content: c.data.name })),
      ...authorUrls.map((href) => ({ property: 'article:author', content: href })),
    );
    links.push({
      rel: 'alternate',
      type: 'text/markdown',
      title: 'This article as Markdown',
      href: at(seoPaths.postMarkdown(post.id)),
    });
  } else if (seo.kind === 'service') {
    nodes.push(
      serviceNode({
        url,
        name: seo.service.data.title,
        description: input.description,
        audience: seo.service.data.audience,
        imageUrl: image?.url,
        organizationId: ldId.organization(home),
        pricing: seo.service.data.pricing,
      }),
    );
  } else if (seo.kind === 'author') {
    const { author } = seo;
    nodes.push(
      authorNode({
        kind: author.data.kind,
        url,
        name: author.data.name,
        jobTitle: author.data.role,
        description: author.data.bio,
        sameAs: profileUrls(author.data.links.map((l) => l.url)),
        organizationId: ldId.organization(home),
      }),
    );
    mainEntity = { '@id': ldId.author(url, author.data.kind) } as Thing;
    if (author.data.kind === 'person') {
      const [first, ...rest] = author.data.name.split(/\s+/);
      meta.push(...og('profile:first_name', first), ...og('profile:last_name', rest.join(' ')));
    }
  } else if (seo.kind === 'journal') {
    mainEntity = listed(seo.posts);
  } else if (seo.kind === 'comparisons') {
    mainEntity = itemList(site.comparisons.map((c) => ({ url: at(paths.comparison(c.id)), name: c.data.title })));
  } else if (seo.kind === 'authors') {
    mainEntity = itemList(site.authors.map((a) => ({ url: at(paths.author(a.id)), name: a.data.name })));
  } else if (seo.kind === 'category') {
    mainEntity = listed(site.posts.filter((p) => p.data.categories.includes(seo.category.id)));
    links.push({
      rel: 'alternate',
      type: 'application/rss+xml',
      title: `${settings.siteName}: ${seo.category.data.name}`,
      href: at(seoPaths.categoryFeed(seo.category.id)),
    });
  }

  if (trail.length) nodes.push(breadcrumbNode(trail, url));
  nodes.push(
    webPageNode({
      type: PAGE_TYPES[seo.kind] ?? 'WebPage',
      url,
      name: input.title,
      description: input.description,
      home,
      imageUrl: image?.url,
      hasBreadcrumb: trail.length > 0,
      questions: questionNodes(pageFaqs(seo, site)),
      mainEntity,
    }),
  );

  const ogType = seo.kind === 'post' ? 'article' : seo.kind === 'author' ? 'profile' : 'website';
  const twitterSite = settings.social.map((s) => xHandle(s.url)).find(Boolean);
  return {
    title: pageTitle(input.title, settings),
    description: input.description,
    url,
    canonical,
    robots: input.noindex ? 'noindex, follow' : undefined,
    updated,
    links: canonical ? [{ rel: 'canonical', href: canonical }, ...links] : links,
    jsonLd: { '@context': 'https://schema.org', '@graph': nodes },
    meta: [
      ...og('og:type', ogType),
      ...og('og:site_name', settings.siteName),
      ...og('og:title', input.title),
      ...og('og:description', input.description),
      ...og('og:url', canonical ?? url),
      ...og('og:locale', 'en_US'),
      ...og('og:image', image?.url),
      ...og('og:image:type', image?.type),
      ...og('og:image:width', image && String(image.width)),
      ...og('og:image:height', image && String(image.height)),
      ...og('og:image:alt', image?.alt),
      ...og('og:updated_time', updated?.toISOString()),
      ...meta,
      ...named('twitter:card', image ? 'summary_large_image' : 'summary'),
      ...named('twitter:site', twitterSite),
      ...named('twitter:title', input.title),
      ...named('twitter:description', input.description),
      ...named('twitter:image', image?.url),
      ...named('twitter:image:alt', image?.alt),
    ],
  };
}
