import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { bodyReferences } from '../../src/lib/content/references';
import { sampleContent } from '../support/content';
import { ROOT } from '../support/run';
import { builtPages, distFileOf, jsonLdNodes, pngSize, type BuiltPage } from '../support/seo-pages';

const dist = inject('sampleDist');
const content = sampleContent();
/** The settings file as written (no schema defaults), for the fields these tests compare. */
const settings = loadYaml(readFileSync(`${ROOT}content/settings.yaml`, 'utf8')) as {
  siteUrl: string;
  siteName: string;
  postsPerPage: number;
  feedContent: string;
  feedLength: number;
  contact: { email: string };
  social: { url: string }[];
};
const SITE = settings.siteUrl.replace(/\/$/, '');
const now = new Date();
const live = content.posts
  .filter((p) => isPublished(p.data, now, false))
  .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
const modified = (p: (typeof live)[number]) => (p.data.updatedAt ?? p.data.publishedAt).toISOString();
const journalPages = Math.ceil(live.length / settings.postsPerPage);

let pages: BuiltPage[] = [];
const pageAt = (path: string) => {
  const found = pages.find((p) => p.path === path);
  expect(found, `${path} was not built`).toBeDefined();
  return found!;
};
const metaOf = (page: BuiltPage, key: string) =>
  page
    .$(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, m) => page.$(m).attr('content'))
    .get();
const isNoindex = (page: BuiltPage) => /noindex/.test(page.$('meta[name="robots"]').attr('content') ?? '');
const ofType = (page: BuiltPage, type: string) => jsonLdNodes(page.$).filter((n) => n['@type'] === type);

beforeAll(() => {
  pages = builtPages(dist);
});

describe('every page is described', () => {
  it('builds enough pages to mean something', () => {
    expect(pages.length).toBeGreaterThan(25);
    expect(journalPages).toBeGreaterThan(1);
  });

  it('describes the services, comparisons and authors indexes in full within 160 characters, however many entries they list', () => {
    for (const [path, titles] of [
      ['/services/', content.services.map((s) => s.data.title)],
      ['/compare/', content.comparisons.map((c) => c.data.title)],
      ['/authors/', content.authors.map((a) => a.data.name)],
    ] as const) {
      const description = pageAt(path).$('meta[name="description"]').attr('content') ?? '';
      expect(description.length, path).toBeLessThanOrEqual(160);
      // Fixed wording: listing the entries made the description grow past what search results show.
      // (The site's name may contain an entry's: an organisation author named after the firm.)
      const wording = description.replaceAll(settings.siteName, '');
      expect(
        titles.filter((title) => wording.includes(title)),
        path,
      ).toEqual([]);
    }
  });

  it('gives every page a unique title and description, paginated and category pages included', () => {
    const titles = pages.map((p) => p.$('head title').text());
    const descriptions = pages.map((p) => p.$('meta[name="description"]').attr('content') ?? '');
    for (const [i, page] of pages.entries()) {
      expect(titles[i], page.path).toMatch(new RegExp(`\\S`));
      expect(descriptions[i]!.length, page.path).toBeGreaterThan(20);
    }
    const duplicates = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
    expect(duplicates(titles)).toEqual([]);
    expect(duplicates(descriptions)).toEqual([]);
    expect(titles.filter((t) => !t.endsWith(` | ${settings.siteName}`))).toEqual([settings.siteName]);
  });

  it('gives every indexed page one absolute canonical URL with the trailing-slash policy, and noindex pages robots instead', () => {
    for (const page of pages) {
      const canonical = page.$('link[rel="canonical"]');
      if (isNoindex(page)) {
        expect(canonical.length, page.path).toBe(0);
        continue;
      }
      expect(canonical.length, page.path).toBe(1);
      expect(canonical.attr('href'), page.path).toBe(`${SITE}${page.path}`);
      expect(page.path, page.path).toMatch(/\/$/);
    }
    expect(isNoindex(pageAt('/404.html'))).toBe(true);
    expect(isNoindex(pageAt('/search/'))).toBe(true);
  });

  it('gives every page Open Graph and Twitter tags, a share image that exists, and feed autodiscovery', () => {
    for (const page of pages) {
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'twitter:card']) {
        expect(metaOf(page, key), `${page.path} ${key}`).toHaveLength(1);
      }
      const [image] = metaOf(page, 'og:image');
      const file = distFileOf(image ?? '', SITE, dist);
      expect(file && existsSync(file), `${page.path}: og:image ${image}`).toBe(true);
      const size = pngSize(readFileSync(file!));
      expect(size, image).toEqual({ width: 1200, height: 630 });
      expect(metaOf(page, 'og:image:width')).toEqual(['1200']);
      expect(metaOf(page, 'twitter:image')).toEqual([image]);
      const feed = page.$('link[rel="alternate"][type="application/rss+xml"]').first().attr('href');
      expect(feed, page.path).toBe(`${SITE}/rss.xml`);
    }
  });

  it.each(live.map((p) => [p.id, p] as const))(
    'post %s is an article with times, section, tags and its own card',
    (slug, post) => {
      const page = pageAt(`/journal/${slug}/`);
      expect(metaOf(page, 'og:type')).toEqual(['article']);
      expect(metaOf(page, 'article:published_time')).toEqual([post.data.publishedAt.toISOString()]);
      expect(metaOf(page, 'article:modified_time')).toEqual([modified(post)]);
      const categories = post.data.categories.map((c) => content.categories.find((x) => x.id === c)!.data.name);
      expect(metaOf(page, 'article:section')).toEqual([categories[0]]);
      expect(metaOf(page, 'article:tag')).toEqual(categories);
      expect(metaOf(page, 'og:image')).toEqual([`${SITE}/og/post/${slug}.png`]);
    },
  );

  it('gives each entry type its own card', () => {
    expect(metaOf(pageAt('/'), 'og:image')).toEqual([`${SITE}/og/site.png`]);
    for (const [path, card] of [
      [`/services/${content.services[0]!.id}/`, `service/${content.services[0]!.id}`],
      [`/compare/${content.comparisons[0]!.id}/`, `comparison/${content.comparisons[0]!.id}`],
      [`/journal/category/${content.categories[0]!.id}/`, `category/${content.categories[0]!.id}`],
      [`/authors/${content.authors[0]!.id}/`, `author/${content.authors[0]!.id}`],
    ]) {
      expect(metaOf(pageAt(path!), 'og:image'), path).toEqual([`${SITE}/og/${card}.png`]);
    }
  });
});

describe('structured data', () => {
  it('is valid JSON on every page, with no raw < that could end the script', () => {
    for (const page of pages) {
      const scripts = page.$('script[type="application/ld+json"]');
      expect(scripts.length, page.path).toBe(1);
      expect(scripts.html(), page.path).not.toMatch(/</);
      expect(() => jsonLdNodes(page.$), page.path).not.toThrow();
    }
  });

  it('gives every node of every page the properties its type requires', () => {
    const required: Record<string, string[]> = {
      Organization: ['@id', 'name', 'url', 'logo'],
      WebSite: ['@id', 'name', 'url', 'publisher'],
      WebPage: ['@id', 'url', 'name', 'description', 'isPartOf'],
      CollectionPage: ['@id', 'url', 'name', 'description', 'isPartOf', 'mainEntity'],
      ProfilePage: ['@id', 'url', 'name', 'mainEntity'],
      FAQPage: ['@id', 'url', 'name', 'mainEntity'],
      ContactPage: ['@id', 'url', 'name', 'description', 'isPartOf'],
      BreadcrumbList: ['itemListElement'],
      BlogPosting: [
        'headline',
        'description',
        'image',
        'datePublished',
        'dateModified',
        'author',
        'publisher',
        'mainEntityOfPage',
      ],
      Service: ['name', 'description', 'url', 'provider'],
      Person: ['name', 'url', 'jobTitle'],
    };
    // An organisation author is part of the firm; only the firm's own node must carry its logo.
    const authorOrganization = ['@id', 'name', 'url', 'parentOrganization'];
    const seen = new Set<string>();
    for (const page of pages) {
      const nodes = jsonLdNodes(page.$);
      const ids = new Set(nodes.map((n) => n['@id']));
      for (const node of nodes) {
        const props = node.parentOrganization ? authorOrganization : required[node['@type']];
        expect(props, `${page.path}: unexpected node type ${node['@type']}`).toBeDefined();
        seen.add(node['@type']);
        for (const prop of props!) expect(node[prop], `${page.path} ${node['@type']}.${prop}`).toBeTruthy();
        for (const ref of [node.publisher, node.provider, node.isPartOf, node.breadcrumb, node.mainEntity]) {
          if (ref && Object.keys(ref).length === 1 && ref['@id'])
            expect(ids, `${page.path}: ${ref['@id']}`).toContain(ref['@id']);
        }
      }
      expect(
        nodes.filter((n) => /Page$/.test(n['@type'])),
        page.path,
      ).toHaveLength(1);
    }
    expect([...seen].sort()).toEqual(Object.keys(required).sort());
  });

  it('describes the contact page as a ContactPage with its breadcrumb', () => {
    const contact = pageAt('/contact/');
    expect(ofType(contact, 'ContactPage')).toHaveLength(1);
    expect(ofType(contact, 'BreadcrumbList')[0]!.itemListElement.map((i: { name: string }) => i.name)).toEqual([
      'Home',
      'Contact',
    ]);
  });

  it('describes the comparisons index as a CollectionPage listing every comparison, and each comparison under it', () => {
    const index = pageAt('/compare/');
    const [collection] = ofType(index, 'CollectionPage');
    expect(collection!.mainEntity.itemListElement.map((i: { url: string }) => i.url).sort()).toEqual(
      content.comparisons.map((c) => `${SITE}/compare/${c.id}/`).sort(),
    );
    for (const comparison of content.comparisons) {
      const trail = ofType(pageAt(`/compare/${comparison.id}/`), 'BreadcrumbList')[0]!.itemListElement;
      expect(trail.map((i: { name: string }) => i.name)).toEqual(['Home', 'Comparisons', comparison.data.title]);
    }
  });

  it('describes the authors index as a CollectionPage listing every author, and each author under it', () => {
    const [collection] = ofType(pageAt('/authors/'), 'CollectionPage');
    expect(collection!.mainEntity.itemListElement.map((i: { url: string }) => i.url).sort()).toEqual(
      content.authors.map((a) => `${SITE}/authors/${a.id}/`).sort(),
    );
    for (const author of content.authors) {
      const trail = ofType(pageAt(`/authors/${author.id}/`), 'BreadcrumbList')[0]!.itemListElement;
      expect(trail.map((i: { name: string }) => i.name)).toEqual(['Home', 'Authors', author.data.name]);
    }
  });

  it('has Organization (with logo) and WebSite on the home page', () => {
    const home = pageAt('/');
    const [org] = ofType(home, 'Organization');
    expect(org).toMatchObject({ name: settings.siteName, url: `${SITE}/`, email: settings.contact.email });
    const logo = distFileOf(org!.logo.url, SITE, dist);
    expect(logo && existsSync(logo)).toBe(true);
    expect(org!.sameAs).toEqual(settings.social.map((s: { url: string }) => s.url));
    expect(ofType(home, 'WebSite')[0]!.potentialAction.target.urlTemplate).toBe(
      `${SITE}/search/?q={search_term_string}`,
    );
    expect(ofType(home, 'BreadcrumbList')).toEqual([]);
  });

  it('has a BreadcrumbList matching the visible breadcrumb on every page below home that shows one', () => {
    let checked = 0;
    for (const page of pages.filter((p) => p.path !== '/' && p.$('nav.breadcrumb').length)) {
      const [list] = ofType(page, 'BreadcrumbList');
      expect(list, page.path).toBeDefined();
      const names = list!.itemListElement.map((i: { name: string }) => i.name);
      const visible = page
        .$('nav.breadcrumb li')
        .map((_, li) => page.$(li).text().trim())
        .get();
      expect(names, page.path).toEqual(visible);
      expect(list!.itemListElement.at(-1).item, page.path).toBe(`${SITE}${page.path}`);
      list!.itemListElement.forEach((item: { position: number; item: string }, i: number) => {
        expect(item.position).toBe(i + 1);
        expect(existsSync(distFileOf(item.item, SITE, dist)!), item.item).toBe(true);
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it.each(live.map((p) => [p.id, p] as const))('post %s has a complete BlogPosting', (slug, post) => {
    const page = pageAt(`/journal/${slug}/`);
    const [posting] = ofType(page, 'BlogPosting');
    const url = `${SITE}/journal/${slug}/`;
    expect(posting).toMatchObject({
      headline: post.data.title,
      description: post.data.description,
      image: [`${SITE}/og/post/${slug}.png`],
      datePublished: post.data.publishedAt.toISOString(),
      dateModified: modified(post),
      mainEntityOfPage: { '@id': url },
    });
    expect(posting!.author).toEqual(
      post.data.authors.map((a) =>
        expect.objectContaining({
          '@type': content.authors.find((x) => x.id === a)!.data.kind === 'person' ? 'Person' : 'Organization',
          name: content.authors.find((x) => x.id === a)!.data.name,
          url: `${SITE}/authors/${a}/`,
        }),
      ),
    );
    const publisher = ofType(page, 'Organization').find((o) => o['@id'] === posting!.publisher['@id']);
    expect(publisher?.logo?.url).toMatch(/^https:\/\//);
  });

  it('has an FAQPage wherever a page shows FAQs, each visible question once', () => {
    const withFaqs = pages.filter((p) => p.$('details[data-faq] summary').length > 0);
    expect(withFaqs.map((p) => p.path)).toEqual(expect.arrayContaining(['/faq/']));
    const fromBlocks = live.filter((p) => bodyReferences(p.body, 'FaqGroup', 'faqs').length > 0);
    for (const page of withFaqs) {
      const visible = [
        ...new Set(
          page
            .$('details[data-faq] summary')
            .map((_, s) => page.$(s).text().trim())
            .get(),
        ),
      ];
      const [faqPage] = ofType(page, 'FAQPage');
      expect(faqPage, page.path).toBeDefined();
      const questions = faqPage!.mainEntity.map((q: { name: string }) => q.name);
      expect(new Set(questions).size, page.path).toBe(questions.length);
      expect([...questions].sort(), page.path).toEqual([...visible].sort());
      for (const q of faqPage!.mainEntity) expect(q.acceptedAnswer.text.length, q.name).toBeGreaterThan(20);
    }
    for (const post of fromBlocks) expect(withFaqs.map((p) => p.path)).toContain(`/journal/${post.id}/`);
  });

  it.each(content.services.map((s) => [s.id, s] as const))(
    'service %s has a Service, with an Offer for each stated price',
    (slug, service) => {
      const [node] = ofType(pageAt(`/services/${slug}/`), 'Service');
      expect(node).toMatchObject({ name: service.data.title, url: `${SITE}/services/${slug}/` });
      const stated = service.data.pricing.options.filter((o) => o.price.discriminant !== 'on-request');
      const offers = node!.offers === undefined ? [] : [node!.offers].flat();
      expect(offers).toHaveLength(stated.length);
      stated.forEach((option, index) => {
        expect(offers[index]).toMatchObject({ '@type': 'Offer', priceCurrency: service.data.pricing.currency });
        const { price } = option;
        if (price.discriminant === 'fixed') expect(offers[index]).toMatchObject({ price: price.value.amount });
        if (price.discriminant === 'free') expect(offers[index]).toMatchObject({ price: 0 });
        if (price.discriminant === 'range') {
          expect(offers[index].priceSpecification).toMatchObject({
            minPrice: price.value.min,
            maxPrice: price.value.max,
          });
        }
      });
    },
  );

  it.each(content.authors.map((a) => [a.id, a] as const))(
    'author %s is a Person or an Organization',
    (slug, author) => {
      const page = pageAt(`/authors/${slug}/`);
      const url = `${SITE}/authors/${slug}/`;
      if (author.data.kind === 'person') {
        expect(ofType(page, 'Person')[0]).toMatchObject({ name: author.data.name, jobTitle: author.data.role, url });
      } else {
        expect(ofType(page, 'Person')).toEqual([]);
        expect(ofType(page, 'Organization')).toContainEqual(
          expect.objectContaining({ '@id': `${url}#organization`, name: author.data.name, url }),
        );
      }
      expect(ofType(page, 'ProfilePage')).toHaveLength(1);
    },
  );
});

describe('sitemap and robots.txt', () => {
  const urlsOf = (xml: string, tag: string) => {
    const $ = load(xml, { xml: true });
    return $(tag)
      .map((_, el) => ({ loc: $(el).find('loc').text(), lastmod: $(el).find('lastmod').text() || undefined }))
      .get();
  };

  it('lists exactly the published, indexable pages, with lastmod from the content', () => {
    const index = urlsOf(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'), 'sitemap');
    const urls = index.flatMap(({ loc }) => urlsOf(readFileSync(distFileOf(loc, SITE, dist)!, 'utf8'), 'url'));
    const expected = [
      '/',
      '/journal/',
      ...Array.from({ length: journalPages - 1 }, (_, i) => `/journal/${i + 2}/`),
      ...live.filter((p) => !p.data.seo.noindex && !p.data.seo.canonical).map((p) => `/journal/${p.id}/`),
      ...content.categories.map((c) => `/journal/category/${c.id}/`),
      '/authors/',
      ...content.authors.map((a) => `/authors/${a.id}/`),
      '/services/',
      ...content.services.filter((s) => !s.data.seo.noindex).map((s) => `/services/${s.id}/`),
      '/compare/',
      ...content.comparisons.map((c) => `/compare/${c.id}/`),
      '/faq/',
      '/contact/',
    ].map((path) => `${SITE}${path}`);
    expect(urls.map((u) => u.loc).sort()).toEqual(expected.sort());
    for (const post of live) {
      expect(urls.find((u) => u.loc === `${SITE}/journal/${post.id}/`)?.lastmod, post.id).toBe(modified(post));
    }
    const newest = live.map(modified).sort().at(-1);
    expect(urls.find((u) => u.loc === `${SITE}/`)?.lastmod).toBe(newest);
    expect(urls.find((u) => u.loc === `${SITE}/faq/`)?.lastmod).toBeUndefined();
  });

  it('points robots.txt at the sitemap index', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });
});

describe('feeds', () => {
  const parser = new Parser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } });
  const expectedItems = (posts: typeof live) => posts.slice(0, settings.feedLength);

  it('has the journal feed, newest first, with categories, authors and full HTML', async () => {
    const feed = await parser.parseString(readFileSync(join(dist, 'rss.xml'), 'utf8'));
    expect(feed.title).toBe(`${settings.siteName}: journal`);
    expect(feed.link).toBe(`${SITE}/journal/`);
    const items = feed.items as (Parser.Item & { creators: string[]; 'content:encoded'?: string })[];
    expect(items.map((i) => i.link)).toEqual(expectedItems(live).map((p) => `${SITE}/journal/${p.id}/`));
    for (const [i, post] of expectedItems(live).entries()) {
      const item = items[i]!;
      expect(item.title).toBe(post.data.title);
      expect(new Date(item.pubDate!).toISOString()).toBe(post.data.publishedAt.toISOString());
      expect(item.categories).toEqual(
        post.data.categories.map((c) => content.categories.find((x) => x.id === c)!.data.name),
      );
      expect(item.creators).toEqual(post.data.authors.map((a) => content.authors.find((x) => x.id === a)!.data.name));
      if (settings.feedContent === 'full') {
        expect(item['content:encoded'], post.id).toMatch(/<p>/);
        expect(item['content:encoded']).not.toMatch(/<script|(?:href|src)="\/(?!\/)/);
        // A comparison appears once, as its table: feed readers have no CSS to hide the phone cards.
        // Plain Markdown tables (one delimiter row each, such as `| --- | --- |`) are tables too.
        const markdownTables = post.body.match(/^ *\|? *:?-{3,}:? *(\| *:?-{3,}:? *)+\|? *$/gm) ?? [];
        const tables = bodyReferences(post.body, 'Comparison', 'comparison').length + markdownTables.length;
        expect(item['content:encoded']!.match(/<table\b/g) ?? []).toHaveLength(tables);
        expect(item['content:encoded']).not.toContain('comparison-cards');
      }
    }
    expect(settings.feedContent).toBe('full');
  });

  it.each(content.categories.map((c) => [c.id] as const))(
    'has a feed for category %s with only its posts',
    async (slug) => {
      const feed = await parser.parseString(readFileSync(join(dist, `journal/category/${slug}/rss.xml`), 'utf8'));
      const posts = expectedItems(live.filter((p) => p.data.categories.includes(slug)));
      expect(feed.items.map((i) => i.link)).toEqual(posts.map((p) => `${SITE}/journal/${p.id}/`));
      const page = pageAt(`/journal/category/${slug}/`);
      expect(
        page
          .$('link[rel="alternate"][type="application/rss+xml"]')
          .map((_, l) => page.$(l).attr('href'))
          .get(),
      ).toContain(`${SITE}/journal/category/${slug}/rss.xml`);
    },
  );
});

describe('for language models', () => {
  it('lists every published post and service in /llms.txt, and no hidden post', () => {
    const text = readFileSync(join(dist, 'llms.txt'), 'utf8');
    expect(text.startsWith(`# ${settings.siteName}\n`)).toBe(true);
    for (const post of live) expect(text).toContain(`[${post.data.title}](${SITE}/journal/${post.id}.md)`);
    for (const service of content.services)
      expect(text).toContain(`[${service.data.title}](${SITE}/services/${service.id}/)`);
    for (const post of content.posts.filter((p) => !live.includes(p))) expect(text).not.toContain(post.id);
    for (const [, url] of text.matchAll(/\]\((https:[^)]+)\)/g))
      expect(existsSync(distFileOf(url!, SITE, dist)!), url).toBe(true);
  });

  it.each(live.map((p) => [p.id, p] as const))('has a clean Markdown copy of %s linked from its page', (slug, post) => {
    const page = pageAt(`/journal/${slug}/`);
    expect(page.$('link[rel="alternate"][type="text/markdown"]').attr('href')).toBe(`${SITE}/journal/${slug}.md`);
    const md = readFileSync(join(dist, `journal/${slug}.md`), 'utf8');
    expect(md.startsWith(`# ${post.data.title}\n`)).toBe(true);
    expect(md).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]|^import |^export /m);
    for (const table of bodyReferences(post.body, 'Comparison', 'comparison')) {
      const comparison = content.comparisons.find((c) => c.id === table)!;
      expect(md).toContain(`| ${comparison.data.rows[0]!.criterion} |`);
    }
  });

  it('writes a _redirects file for CDNs', () => {
    expect(existsSync(join(dist, '_redirects'))).toBe(true);
  });
});
