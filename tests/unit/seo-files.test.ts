import { describe, expect, it, vi } from 'vitest';
import { feedOptions } from '../../src/lib/seo/feed';
import { feedHtml } from '../../src/lib/seo/feed-html';
import { llmsTxt } from '../../src/lib/seo/llms-txt';
import { readPageFacts } from '../../src/lib/seo/page-facts';
import { plainText } from '../../src/lib/seo/plain-text';
import { bodyToMarkdown, postMarkdown } from '../../src/lib/seo/post-markdown';
import { formerSlugRedirects, redirectsFile } from '../../src/lib/seo/redirects';
import { robotsTxt } from '../../src/lib/seo/robots-txt';
import { sampleSite } from '../support/seo-site';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const site = sampleSite();
const at = (path: string) => `https://x.example${path}`;

describe('Markdown copies of posts', () => {
  it('writes each block out as Markdown', () => {
    const comparison = site.comparisons[0]!;
    const [faqA, faqB] = site.faqs;
    const body = [
      'Intro with a [link](/services/) and an [outside one](https://example.org/).',
      '',
      `<Comparison comparison="${comparison.id}" />`,
      '',
      `<FaqGroup title="Questions" faqs={["${faqA!.id}", "${faqB!.id}"]} />`,
      '',
      '<CallToAction headline="Talk to us" text="Soon." label="Start" href="/services/code-audit/" />',
      '',
      '<Callout kind="warning" title="Careful">',
      'Do **not** skip this.',
      '</Callout>',
      '',
      '<Figure src="../images/x.png" alt="A chart" caption="Costs by month" />',
    ].join('\n');
    const md = bodyToMarkdown(body, site, at);
    expect(md).not.toMatch(/<[A-Z]/);
    expect(md).toContain('[link](https://x.example/services/)');
    expect(md).toContain('(https://example.org/)');
    expect(md).toContain(
      `| Criterion | ${comparison.data.options.map((o) => (o.highlighted ? `${o.name} (recommended)` : o.name)).join(' | ')} |`,
    );
    expect(md).toContain(`| ${comparison.data.rows[0]!.criterion} |`);
    expect(md).toContain(`### Questions\n\n**${faqA!.data.question}**`);
    expect(md).toContain(`**${faqB!.data.question}**`);
    expect(md).toContain('> [Start](https://x.example/services/code-audit/)');
    expect(md).toContain('> **Careful** (warning)\n>\n> Do **not** skip this.');
    expect(md).toContain('*Figure: A chart*\n\nCosts by month');
  });

  it('gives every sample post a title, byline, canonical link and no MDX left', () => {
    for (const post of site.posts) {
      const md = postMarkdown(post, site, at);
      expect(md.startsWith(`# ${post.data.title}\n`)).toBe(true);
      expect(md).toContain(`Original: https://x.example/journal/${post.id}/`);
      expect(md, post.id).not.toMatch(/<(Comparison|FaqGroup|CallToAction|Callout|Figure)\b/);
      expect(md).not.toMatch(/\]\(\/[^/]/);
    }
  });
});

describe('feeds', () => {
  it('lists the newest posts with categories, authors and content when given', () => {
    const settings = { ...site.settings, feedLength: 2 };
    const [first, second] = site.posts;
    const options = feedOptions(
      { title: 'T', description: 'D', pagePath: '/journal/', feedPath: '/rss.xml', posts: site.posts },
      { ...site, settings },
      'https://x.example',
      new Map([[first!.id, '<p>Full</p>']]),
    );
    const items = options.items as { link: string; content?: string; categories: string[]; customData: string }[];
    expect(items.map((i) => i.link)).toEqual([
      `https://x.example/journal/${first!.id}/`,
      `https://x.example/journal/${second!.id}/`,
    ]);
    expect(items[0]!.content).toBe('<p>Full</p>');
    expect(items[1]!.content).toBeUndefined();
    expect(items[0]!.categories).toEqual(first!.data.categories.map((c) => site.category.get(c)!.data.name));
    expect(items[0]!.customData).toContain(
      `<dc:creator>${site.author.get(first!.data.authors[0]!)!.data.name}</dc:creator>`,
    );
    expect(options.customData).toContain('<atom:link href="https://x.example/rss.xml" rel="self"');
  });

  it('leaves out what only repeats another element for small screens, nested elements and all', () => {
    const html = feedHtml(
      '<figure><table><tr><td>A</td></tr></table><div class="cards" data-feed-omit><div><div>A</div></div><p>B</p></div>' +
        '<figcaption>Note</figcaption></figure><div data-feed-omit>C</div><p>D</p>',
      'https://x.example/journal/p/',
    );
    expect(html).toBe('<figure><table><tr><td>A</td></tr></table><figcaption>Note</figcaption></figure><p>D</p>');
  });

  it('makes body HTML stand alone: no scripts or heading anchors, absolute URLs', () => {
    const html = feedHtml(
      '<h2 id="a">A</h2><a class="heading-anchor" href="#a"><span>#</span></a><script>x()</script><style>p{}</style>' +
        '<p><a href="/faq/">FAQ</a> <a href="#b">B</a> <img src="/_astro/i.webp" srcset="/_astro/i.webp 1x, /_astro/j.webp 2x"></p>',
      'https://x.example/journal/p/',
    );
    expect(html).toBe(
      '<h2 id="a">A</h2><p><a href="https://x.example/faq/">FAQ</a> <a href="https://x.example/journal/p/#b">B</a> ' +
        '<img src="https://x.example/_astro/i.webp" srcset="https://x.example/_astro/i.webp 1x, https://x.example/_astro/j.webp 2x"></p>',
    );
  });
});

describe('site files', () => {
  it('points robots.txt at the sitemap index', () => {
    expect(robotsTxt('https://x.example/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.example/sitemap-index.xml\n',
    );
  });

  it('lists every live post (as Markdown) and service in llms.txt', () => {
    const text = llmsTxt(site, at);
    expect(text.startsWith(`# ${site.settings.siteName}\n\n> ${site.settings.description}`)).toBe(true);
    for (const post of site.posts)
      expect(text).toContain(
        `](https://x.example/journal/${post.id}.md): ${post.data.description.replace(/\s+/g, ' ')}`,
      );
    for (const service of site.services)
      expect(text).toContain(`[${service.data.title}](https://x.example/services/${service.id}/)`);
  });

  it('lists the comparisons and authors indexes in llms.txt only while they list something', () => {
    expect(llmsTxt(site, at)).toContain('[Comparisons](https://x.example/compare/)');
    expect(llmsTxt(site, at)).toContain('[Authors](https://x.example/authors/)');
    const empty = llmsTxt({ ...site, comparisons: [], authors: [] }, at);
    expect(empty).not.toContain('/compare/');
    expect(empty).not.toContain('/authors/');
    expect(empty).toContain('[Services](https://x.example/services/)');
  });

  it('redirects former slugs with and without the trailing slash, under the base path', () => {
    const post = { ...site.posts[0]!, data: { ...site.posts[0]!.data, formerSlugs: ['old-name'] } };
    const redirects = formerSlugRedirects({ posts: [post], services: [] } as never);
    expect(redirects).toEqual([{ from: '/journal/old-name/', to: `/journal/${post.id}/`, title: post.data.title }]);
    expect(redirectsFile(redirects, '/insights/')).toBe(
      `/insights/journal/old-name /insights/journal/${post.id}/ 301\n/insights/journal/old-name/ /insights/journal/${post.id}/ 301\n`,
    );
    expect(redirectsFile([], '/')).toBe('');
  });

  it.each([
    [
      '<head><link rel="canonical" href="https://x.example/a/"><meta property="og:updated_time" content="2026-01-02T00:00:00.000Z"></head>',
      { indexable: true, lastmod: '2026-01-02T00:00:00.000Z' },
    ],
    ['<head><meta name="robots" content="noindex, follow"></head>', { indexable: false, lastmod: undefined }],
    [
      '<head><link rel="canonical" href="https://elsewhere.example/a/"></head>',
      { indexable: false, lastmod: undefined },
    ],
    [
      '<head><title>No tags</title></head><body><meta name="robots" content="noindex"></body>',
      { indexable: true, lastmod: undefined },
    ],
  ])('reads sitemap facts from a page head (%#)', (html, facts) => {
    expect(readPageFacts(html, 'https://x.example/a/')).toEqual(facts);
  });

  it('reduces Markdown to plain text', () => {
    expect(plainText('A [link](/x/) and **bold**.\n\n- one\n- two')).toBe('A link and bold.\n\none\n\ntwo');
  });
});
