import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveLink, emptyBook } from '../../src/lib/import/addresses';
import { mdxText } from '../../src/lib/import/keystatic-format';
import type { ReportLine } from '../../src/lib/import/model';
import { planWordpress } from '../../src/lib/import/wordpress';
import { autop, replaceShortcodes, wordpressHtml } from '../../src/lib/import/wordpress-html';
import { readWxr } from '../../src/lib/import/wxr';

const FIXTURE = 'tests/fixtures/import/wordpress';
const xml = readFileSync(`${FIXTURE}/export.xml`, 'utf8');
const plan = planWordpress(xml, {
  file: 'export.xml',
  uploads: `${FIXTURE}/uploads`,
  tags: 'report',
  siteUrl: 'https://new.example',
});
const post = (slug: string) => plan.posts.find((p) => p.slug === slug)!;
const body = (slug: string) => mdxText(post(slug).body);
const messages = (slug: string) => post(slug).report.map((r) => `${r.kind}: ${r.message}`);

/** HTML converted to MDX text, with the report. */
function convert(html: string) {
  const report: ReportLine[] = [];
  const { root, faqs } = wordpressHtml(html, report);
  return { mdx: mdxText(root), faqs, report };
}

describe('WordPress statuses, slugs and dates', () => {
  it('maps publish, future and draft to live, scheduled and draft; skips pages and trash with a note', () => {
    expect(plan.posts.map((p) => [p.slug, p.draft, p.publishedAt])).toEqual([
      ['roadmaps-that-survive-customers', false, '2024-05-14'],
      ['pricing-a-discovery-sprint', false, '2024-06-03'],
      ['small-bets-watched-closely', true, '2024-09-01'],
      ['estimates-your-team-can-keep', false, '2030-03-01'],
    ]);
    expect(plan.notes.map((n) => n.message).join('\n')).toMatch(
      /1 items of type "page"[\s\S]*1 posts with status "trash"/,
    );
  });

  it('takes the GMT day, not the local one, and an update day only when later', () => {
    // 2024-06-04 01:15 in Berlin is 2024-06-03 23:15 GMT.
    expect(post('pricing-a-discovery-sprint').publishedAt).toBe('2024-06-03');
    expect(post('pricing-a-discovery-sprint').updatedAt).toBeUndefined();
    expect(post('roadmaps-that-survive-customers').updatedAt).toBe('2024-08-02');
  });

  it('keeps the old permalink as a former address, and redirects author and category archives', () => {
    expect(post('roadmaps-that-survive-customers').formerPaths).toEqual(['/2024/05/roadmaps-that-survive-customers/']);
    expect(post('small-bets-watched-closely').formerPaths).toEqual([]);
    expect(plan.authors.map((a) => [a.slug, a.name, a.formerPaths])).toEqual([
      ['ines-okafor', 'Ines Okafor', ['/author/inesokafor/']],
      ['tomas-brandt', 'Tomas Brandt', ['/author/tbrandt/']],
    ]);
    expect(plan.categories.find((c) => c.slug === 'pricing')).toEqual({
      slug: 'pricing',
      name: 'Pricing',
      description: 'Posts filed under Pricing.',
      formerPaths: ['/category/product-strategy/pricing/'],
    });
  });
});

describe('WordPress SEO, excerpts and images', () => {
  it('reads Yoast and Rank Math titles (without the site name), descriptions, canonical and noindex', () => {
    expect(post('roadmaps-that-survive-customers').seo).toEqual({
      title: 'Product roadmaps that survive customers',
      canonical: undefined, // the post's own address: the default
      noindex: false,
    });
    expect(post('pricing-a-discovery-sprint').seo).toEqual({
      title: 'What a discovery sprint costs',
      canonical: 'https://new.example/journal/roadmaps-that-survive-customers/',
      noindex: true,
    });
    expect(post('pricing-a-discovery-sprint').description).toMatch(/^What a two-week discovery sprint produces/);
  });

  it('uses the excerpt, or the first paragraph when there is none', () => {
    expect(post('roadmaps-that-survive-customers').excerpt).toMatch(/^How to write a product roadmap/);
    expect(post('pricing-a-discovery-sprint').excerpt).toMatch(
      /^Clients ask us what a two-week discovery sprint costs/,
    );
  });

  it('copies the featured image with its alt text, and writes a reported placeholder when its file is missing', () => {
    expect(post('roadmaps-that-survive-customers').hero).toEqual({
      image: '../images/journal/roadmaps-that-survive-customers/hero/image.jpg',
      alt: 'A product team around a whiteboard in an office by the harbour',
    });
    expect(post('small-bets-watched-closely').hero.image).toBe(
      '../images/journal/small-bets-watched-closely/hero/image.png',
    );
    expect(messages('small-bets-watched-closely')).toContain(
      'converted: featured image 2024/07/lost-photo.jpg: 2024/07/lost-photo.jpg not found in the uploads folder: a placeholder hero image was written (replace it in the admin)',
    );
    expect(plan.images.find((i) => i.to.endsWith('small-bets-watched-closely/hero/image.png'))?.from).toBeUndefined();
  });

  it('prefers the full-size upload over a resized copy, and reports a missing one', () => {
    expect(plan.images).toContainEqual({
      from: `${FIXTURE}/uploads/2024/05/roadmap-chart.png`,
      to: 'content/images/figures/roadmaps-that-survive-customers/roadmap-chart.png',
    });
    expect(messages('pricing-a-discovery-sprint')).toContain(
      'dropped: image https://kestrelvane.example/wp-content/uploads/2024/07/lost-diagram.png: 2024/07/lost-diagram.png not found in the uploads folder',
    );
  });

  it('reports tags, or makes them categories with --tags categories', () => {
    expect(messages('roadmaps-that-survive-customers')).toContain(
      'dropped: tags Roadmaps: not imported (--tags categories makes them categories)',
    );
    const tagged = planWordpress(xml, { file: 'export.xml', tags: 'categories', siteUrl: 'https://new.example' });
    expect(tagged.posts[0]!.categories).toEqual(['product-strategy', 'roadmaps']);
    expect(tagged.categories.find((c) => c.slug === 'roadmaps')?.formerPaths).toEqual(['/tag/roadmaps/']);
  });
});

describe('WordPress bodies', () => {
  it('converts headings, lists, emphasis, quotes, tables and code, and escapes what MDX would read as code', () => {
    expect(body('roadmaps-that-survive-customers')).toMatchSnapshot();
  });

  it('makes FAQ blocks of Yoast and Rank Math FAQ entries attached to the post', () => {
    expect(post('roadmaps-that-survive-customers').faqs).toEqual([
      'how-long-should-a-roadmap-be',
      'should-a-roadmap-have-dates',
    ]);
    expect(post('estimates-your-team-can-keep').faqs).toEqual(['do-you-estimate-in-hours-or-points']);
    const faq = plan.faqs.find((f) => f.slug === 'do-you-estimate-in-hours-or-points')!;
    expect([faq.question, faq.topic, faq.order, mdxText(faq.answer)]).toEqual([
      'Do you estimate in hours or points?',
      'Delivery',
      1,
      'In days, rounded up, because everyone understands days.\n',
    ]);
    expect(body('roadmaps-that-survive-customers')).not.toMatch(/How long should a roadmap be/);
  });

  it('turns images into Figure blocks with alt text and caption, classic [caption] included', () => {
    expect(body('roadmaps-that-survive-customers')).toContain(
      '<Figure src="../images/figures/roadmaps-that-survive-customers/roadmap-chart.png" alt="Three columns labelled now, next and later with cards under each" caption="The three horizons, as one client\'s team drew them." />',
    );
    expect(body('pricing-a-discovery-sprint')).toContain(
      '<Figure src="../images/figures/pricing-a-discovery-sprint/workshop-wall.png" alt="The wall at the end of day three" caption="The wall at the end of day three" />',
    );
  });

  it('rewrites internal links, anchors and http:// links, and drops links the site cannot keep', () => {
    const text = body('roadmaps-that-survive-customers');
    expect(text).toContain('[estimated](/journal/pricing-a-discovery-sprint/)');
    expect(text).toContain('[delivery archive](/journal/category/delivery/)');
    expect(text).toContain('[why roadmaps fail](#why-roadmaps-fail)');
    expect(text).toContain('[2023 survey](https://research.example/roadmap-survey)');
    // The draft is not published: a live post may not link to it yet.
    expect(text).toContain('See our draft on bets and');
    expect(messages('pricing-a-discovery-sprint')).toEqual(
      expect.arrayContaining([
        'dropped: link tel:+441234567890: a tel: link is not allowed (its text is kept)',
        'dropped: link https://kestrelvane.example/about-us/: page not imported (its text is kept)',
      ]),
    );
  });

  it('reports shortcodes and embeds', () => {
    expect(messages('roadmaps-that-survive-customers')).toEqual(
      expect.arrayContaining([
        'dropped: shortcode [contact-form-7]: no Quire equivalent (the text it wrapped is kept)',
        'converted: embed https://www.youtube.com/watch?v=kv-roadmaps -> a link (Quire does not embed other sites)',
      ]),
    );
  });
});

describe('HTML conversion', () => {
  it.each([
    ['<h1>Top</h1><h5>Deep</h5>', '# Top\n\n##### Deep\n'],
    ['<p>a <code>x &lt; y</code> and {b}</p>', 'a `x < y` and \\{b}\n'],
    ['<p>Line one<br>line two</p>', 'Line one\\\nline two\n'],
    ['<p><s>old</s> <del>gone</del></p>', '~~old~~ ~~gone~~\n'],
    ['<script>alert(1)</script><p>kept</p><iframe src="https://x.example/"></iframe>', 'kept\n'],
    ['<div class="wp-block-columns"><div><p>left</p></div><div><p>right</p></div></div>', 'left\n\nright\n'],
  ])('%s', (html, mdx) => {
    expect(convert(html).mdx).toBe(mdx);
  });

  it('restores classic-editor paragraphs around block tags, leaving <pre> alone', () => {
    expect(autop('One\ntwo\n\n<h2>Head</h2>\nThree\n<pre>a\n\nb</pre>')).toBe(
      '<p>One<br>\ntwo</p>\n\n<h2>Head</h2>\n\n<p>Three</p>\n\n<pre>a\n\nb</pre>',
    );
  });

  it('removes shortcodes but keeps bracketed words and the text shortcodes wrap', () => {
    const report: ReportLine[] = [];
    expect(replaceShortcodes('[sic] [note type="x"]Read this[/note] [gallery] [1]', report)).toBe(
      '[sic] Read this  [1]',
    );
    expect(report.map((r) => r.message)).toEqual([
      'shortcode [note]: no Quire equivalent (the text it wrapped is kept)',
      'shortcode [gallery]: no Quire equivalent (the text it wrapped is kept)',
    ]);
  });
});

describe('links', () => {
  const book = emptyBook('https://old.example');
  book.pages.set('/2024/05/x/', { path: '/journal/x/', anchors: new Map([['old-id', 'new-id']]) });
  book.ids.set('7', { path: '/journal/x/' });
  it.each([
    ['https://old.example/2024/05/x/', { url: '/journal/x/' }],
    ['https://www.old.example/2024/05/x', { url: '/journal/x/' }],
    ['/2024/05/x/#old-id', { url: '/journal/x/#new-id' }],
    ['https://old.example/?p=7', { url: '/journal/x/' }],
    ['http://elsewhere.example/a', { url: 'https://elsewhere.example/a', note: 'http:// made https://' }],
    ['javascript:alert(1)', { drop: 'a javascript: link is not allowed' }],
    ['#nowhere', { drop: 'no heading #nowhere in this post' }],
  ])('%s', (url, verdict) => {
    expect(resolveLink(url, book, new Map())).toEqual(verdict);
  });
});

describe('bad input', () => {
  it('names the file and the place of malformed XML', () => {
    expect(() => readWxr('<rss><channel><item></channel></rss>', 'broken.xml')).toThrow(
      /^broken\.xml: line 1, column \d+: not well-formed XML/,
    );
  });

  it('refuses XML that is not a WordPress export', () => {
    expect(() => readWxr('<rss><channel><title>x</title></channel></rss>', 'feed.xml')).toThrow(
      'feed.xml: not a WordPress export (no <rss><channel> with wp:wxr_version; export with Tools > Export > All content)',
    );
  });

  it('names the post whose date cannot be read', () => {
    const broken = xml
      .replace('<wp:post_date><![CDATA[2030-03-01 08:00:00]]></wp:post_date>', '')
      .replace('<wp:post_date_gmt><![CDATA[2030-03-01 07:00:00]]></wp:post_date_gmt>', '')
      .replace('Fri, 01 Mar 2030 07:00:00 +0000', 'soon');
    expect(() => planWordpress(broken, { file: 'export.xml', tags: 'report', siteUrl: 'https://new.example' })).toThrow(
      'export.xml: post 104 "Estimates your team can keep": no date (wp:post_date_gmt, wp:post_date and pubDate are all empty or invalid)',
    );
  });
});
