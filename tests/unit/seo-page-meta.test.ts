import { describe, expect, it, vi } from 'vitest';
import { describePage } from '../../src/lib/seo/page-meta';
import { normalizePath, absoluteUrl } from '../../src/lib/seo/site-url';
import { pageTitle } from '../../src/lib/seo/title';
import { breadcrumbTrail } from '../../src/lib/seo/breadcrumb-trail';
import { lastModified } from '../../src/lib/seo/last-modified';
import { sampleSite } from '../support/seo-site';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const site = sampleSite();
const SITE_URL = 'https://x.example';
const nodes = (meta: ReturnType<typeof describePage>) => meta.jsonLd['@graph'] as unknown as Record<string, any>[];
const ofType = (meta: ReturnType<typeof describePage>, type: string) => nodes(meta).filter((n) => n['@type'] === type);
const tag = (meta: ReturnType<typeof describePage>, key: string) =>
  meta.meta.filter((m) => ('property' in m ? m.property : m.name) === key).map((m) => m.content);

describe('URLs and titles', () => {
  it.each([
    ['/journal/x', '/journal/x/'],
    ['/journal/x/', '/journal/x/'],
    ['/journal/x/index.html', '/journal/x/'],
    ['/rss.xml', '/rss.xml'],
    ['/og/post/a.png', '/og/post/a.png'],
    ['/404', '/404.html'],
    ['/500/', '/500.html'],
    ['/journal/404/', '/journal/404/'],
    ['/journal/500', '/journal/500/'],
    ['/search?q=a', '/search/?q=a'],
  ])('normalizes %s to %s', (input, output) => expect(normalizePath(input, '/')).toBe(output));

  it('treats only the error pages at the base path as files', () => {
    expect(normalizePath('/insights/404/', '/insights/')).toBe('/insights/404.html');
    expect(normalizePath('/insights/journal/404/', '/insights/')).toBe('/insights/journal/404/');
    expect(normalizePath('/404/', '/insights/')).toBe('/404/');
    expect(absoluteUrl('/journal/404/', SITE_URL, { base: '/' })).toBe('https://x.example/journal/404/');
    expect(absoluteUrl('/404', SITE_URL, { base: '/insights' })).toBe('https://x.example/insights/404.html');
  });

  it('puts the base path into absolute URLs once', () => {
    expect(absoluteUrl('/journal/', SITE_URL, { base: '/insights/' })).toBe('https://x.example/insights/journal/');
    expect(absoluteUrl('/insights/journal/', SITE_URL, { pathIncludesBase: true })).toBe(
      'https://x.example/insights/journal/',
    );
  });

  it('applies the title template, but not to the home page', () => {
    expect(pageTitle('Services', { siteName: 'Acme' })).toBe('Services | Acme');
    expect(pageTitle('Services', { siteName: 'Acme', titleTemplate: '{siteName}: {title}' })).toBe('Acme: Services');
    expect(pageTitle('Acme', { siteName: 'Acme' })).toBe('Acme');
  });
});

describe('describePage', () => {
  const post = site.posts.find((p) => p.data.faqs.length > 0 && p.data.updatedAt)!;
  const image = { url: `${SITE_URL}/og/post/${post.id}.png`, width: 1200, height: 630, type: 'image/png', alt: 'A' };
  const postMeta = describePage({
    title: post.data.title,
    description: post.data.description,
    pathname: `/journal/${post.id}/`,
    siteUrl: SITE_URL,
    base: '/',
    seo: { kind: 'post', post },
    site,
    image,
    logoUrl: `${SITE_URL}/logo.png`,
  });

  it('marks a post as an article with its times, section, tags and authors', () => {
    expect(tag(postMeta, 'og:type')).toEqual(['article']);
    expect(tag(postMeta, 'article:published_time')).toEqual([post.data.publishedAt.toISOString()]);
    expect(tag(postMeta, 'article:modified_time')).toEqual([post.data.updatedAt!.toISOString()]);
    expect(tag(postMeta, 'og:updated_time')).toEqual([post.data.updatedAt!.toISOString()]);
    expect(tag(postMeta, 'article:section')).toEqual([site.category.get(post.data.categories[0]!)!.data.name]);
    expect(tag(postMeta, 'article:tag')).toHaveLength(post.data.categories.length);
    expect(tag(postMeta, 'article:author')).toEqual(post.data.authors.map((a) => `${SITE_URL}/authors/${a}/`));
    expect(tag(postMeta, 'og:image')).toEqual([image.url]);
    expect(tag(postMeta, 'twitter:card')).toEqual(['summary_large_image']);
    expect(postMeta.canonical).toBe(`${SITE_URL}/journal/${post.id}/`);
  });

  it('links the feed and the Markdown copy', () => {
    expect(postMeta.links).toContainEqual(
      expect.objectContaining({ type: 'application/rss+xml', href: `${SITE_URL}/rss.xml` }),
    );
    expect(postMeta.links).toContainEqual(
      expect.objectContaining({ type: 'text/markdown', href: `${SITE_URL}/journal/${post.id}.md` }),
    );
  });

  it('builds the post graph: organization, website, posting, breadcrumb, FAQ page', () => {
    expect(ofType(postMeta, 'Organization')[0]!.logo).toEqual({ '@type': 'ImageObject', url: `${SITE_URL}/logo.png` });
    expect(ofType(postMeta, 'WebSite')).toHaveLength(1);
    expect(ofType(postMeta, 'BlogPosting')[0]!.image).toEqual([image.url]);
    const crumbs = ofType(postMeta, 'BreadcrumbList')[0]!.itemListElement.map((i: { name: string }) => i.name);
    expect(crumbs).toEqual(breadcrumbTrail({ kind: 'post', post }, site, '').map((s) => s.name));
    const questions = ofType(postMeta, 'FAQPage')[0]!.mainEntity.map((q: { name: string }) => q.name);
    expect(questions).toEqual(post.data.faqs.map((id) => site.faq.get(id)!.data.question));
    expect(ofType(postMeta, 'FAQPage')[0]!.mainEntity[0].acceptedAnswer.text.length).toBeGreaterThan(20);
  });

  it('leaves out the canonical link and adds robots on a noindex page', () => {
    const meta = describePage({
      title: 'Search',
      description: 'Find things',
      noindex: true,
      pathname: '/search/',
      siteUrl: SITE_URL,
      seo: { kind: 'page', name: 'Search' },
      site,
    });
    expect(meta.canonical).toBeUndefined();
    expect(meta.links.some((l) => l.rel === 'canonical')).toBe(false);
    expect(meta.robots).toBe('noindex, follow');
    expect(tag(meta, 'twitter:card')).toEqual(['summary']);
  });

  const authorPage = (author: (typeof site.authors)[number]) =>
    describePage({
      title: author.data.name,
      description: author.data.bio,
      pathname: `/authors/${author.id}/`,
      siteUrl: SITE_URL,
      seo: { kind: 'author', author },
      site,
    });

  it('describes an author as a profile with a Person', () => {
    const author = site.authors.find((a) => a.data.kind === 'person')!;
    const meta = authorPage(author);
    expect(tag(meta, 'og:type')).toEqual(['profile']);
    expect(ofType(meta, 'Person')[0]).toMatchObject({ name: author.data.name, jobTitle: author.data.role });
    expect(ofType(meta, 'ProfilePage')[0]!.mainEntity).toEqual({ '@id': `${SITE_URL}/authors/${author.id}/#person` });
  });

  it('describes an organisation author as an Organization that is part of the firm', () => {
    const author = site.authors.find((a) => a.data.kind === 'organisation')!;
    const meta = authorPage(author);
    const url = `${SITE_URL}/authors/${author.id}/`;
    expect(ofType(meta, 'Person')).toEqual([]);
    expect(ofType(meta, 'Organization')).toContainEqual(
      expect.objectContaining({
        '@id': `${url}#organization`,
        name: author.data.name,
        parentOrganization: expect.anything(),
      }),
    );
    expect(ofType(meta, 'ProfilePage')[0]!.mainEntity).toEqual({ '@id': `${url}#organization` });
    expect(tag(meta, 'profile:first_name')).toEqual([]);
  });

  it('dates listings by their newest post and leaves undated pages undated', () => {
    const newest = Math.max(...site.posts.map((p) => (p.data.updatedAt ?? p.data.publishedAt).getTime()));
    expect(lastModified({ kind: 'home' }, site)?.getTime()).toBe(newest);
    expect(lastModified({ kind: 'services' }, site)).toBeUndefined();
  });
});
