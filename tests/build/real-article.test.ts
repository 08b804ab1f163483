import { load, type CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatPrice } from '../../src/lib/format';
import { articleMinutes } from '../../src/lib/reading/reading-time';
import { sampleContent } from '../support/content';

// The sample site's long article "Scoping an MVP without regret" is modelled on the consultancy
// articles this platform is for: a firm as author, a plain Markdown table, attached FAQs under their
// own heading and its own closing call to action with a secondary link; the services it sells state
// prices as such firms do (a range, a free call, "from", hourly, on request).
const dist = inject('sampleDist');
const content = sampleContent();
const SLUG = 'scoping-an-mvp-without-regret';
const post = content.posts.find((p) => p.id === SLUG)!;
const page = (path: string): CheerioAPI => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
type Node = Record<string, unknown> & { '@type'?: string };
const graph = ($: CheerioAPI): Node[] =>
  $('script[type="application/ld+json"]')
    .toArray()
    .flatMap((s) => (JSON.parse($(s).text()) as { '@graph': Node[] })['@graph']);
const ofType = (nodes: Node[], type: string) => nodes.filter((n) => n['@type'] === type);
const service = (slug: string) => content.services.find((s) => s.id === slug)!;

describe('a real-style consultancy article', () => {
  const $ = page(`journal/${SLUG}`);

  it('is long, and its reading time counts everything a reader reads', () => {
    const site = {
      comparison: new Map(content.comparisons.map((c) => [c.id, c])),
      faq: new Map(content.faqs.map((f) => [f.id, f])),
    };
    const minutes = articleMinutes(post, site);
    // The body alone, then with the comparison it embeds and the FAQs attached to it.
    expect(articleMinutes({ body: post.body }, { comparison: new Map(), faq: new Map() })).toBeGreaterThanOrEqual(10);
    expect(minutes).toBeGreaterThan(articleMinutes({ body: post.body }, { comparison: new Map(), faq: new Map() }));
    expect($('.post-meta').text()).toContain(`${minutes} min read`);
  });

  it('shows its plain Markdown table framed, with column headers, scrollable on a phone', () => {
    const frame = $('.prose .table-scroll');
    expect(frame).toHaveLength(1);
    // A labelled section: a region landmark a screen reader lists.
    expect(frame.is('section')).toBe(true);
    expect(frame.attr('aria-label')).toBe('Table: Team, Typical time box, What usually fits');
    expect(
      frame
        .find('thead th')
        .toArray()
        .map((th) => $(th).attr('scope')),
    ).toEqual(['col', 'col', 'col']);
    expect(frame.find('tbody tr')).toHaveLength(3);
    const css = $('link[rel="stylesheet"]')
      .toArray()
      .map((l) => readFileSync(join(dist, $(l).attr('href')!), 'utf8'))
      .join('\n');
    expect(css).toMatch(/\.table-scroll[^{]*\{[^}]*overflow-x:\s*auto/);
    expect(css).toMatch(/\.table-scroll th,\s*\.table-scroll td\s*\{[^}]*border-top:/);
  });

  it('closes with its own call to action and secondary link, and no second one', () => {
    const ctas = $('main .cta');
    expect(ctas).toHaveLength(1);
    expect(ctas.find('.cta-headline').text()).toBe('Get a scope you can build against');
    expect(ctas.find('a.button').attr('href')).toBe('/services/mvp-scoping/');
    expect(ctas.find('a.cta-secondary').attr('href')).toBe('/contact/');
    expect(ctas.find('a.cta-secondary').text()).toBe('or book a free thirty-minute fit call');
    const settings = loadYaml(readFileSync('content/settings.yaml', 'utf8')) as { defaultCta: { headline: string } };
    const siteDefault = settings.defaultCta.headline;
    expect($('main').text()).not.toContain(siteDefault);
  });

  it('is by the firm, an Organization in JSON-LD, on the article and on the author page', () => {
    expect($('.post-meta a[href="/authors/brightwater/"]').text()).toBe('Brightwater');
    const [article] = ofType(graph($), 'BlogPosting');
    expect(article!.author).toEqual([
      { '@type': 'Organization', name: 'Brightwater', url: 'https://brightwater.example/authors/brightwater/' },
    ]);
    const author = graph(page('authors/brightwater'));
    expect(ofType(author, 'Person')).toEqual([]);
    const firm = ofType(author, 'Organization').find((n) => n.name === 'Brightwater')!;
    expect(firm.parentOrganization).toEqual({ '@id': 'https://brightwater.example/#organization' });
    expect(ofType(author, 'ProfilePage')[0]!.mainEntity).toEqual({ '@id': firm['@id'] });
  });

  it('lists its attached FAQs under its own heading, last in the table of contents', () => {
    expect($('#faqs-title').text()).toBe('Further questions about scoping');
    expect($('.toc-wide > ol > li > a').last().attr('href')).toBe('#faqs-title');
    expect($('.toc-wide > ol > li > a').last().text()).toBe('Further questions about scoping');
    expect($('.faq .faq-item')).toHaveLength(post.data.faqs.length);
  });
});

describe('prices as consultancies state them', () => {
  /** A service's Offers (one is written as an object, several as a list). */
  const offers = (slug: string) =>
    [ofType(graph(page(`services/${slug}`)), 'Service')[0]!.offers ?? []].flat() as Node[];

  it('shows a range and gives JSON-LD its minimum and maximum', () => {
    const $ = page('services/code-audit');
    expect($('.facts').text()).toContain('$20,000–$45,000 per engagement');
    expect(offers('code-audit')).toContainEqual(
      expect.objectContaining({
        '@type': 'Offer',
        name: 'Larger estates',
        priceSpecification: expect.objectContaining({ minPrice: 20000, maxPrice: 45000, priceCurrency: 'USD' }),
      }),
    );
  });

  it('shows a free option as Free, priced 0 in JSON-LD', () => {
    expect(page('services/mvp-scoping')('.facts').text()).toContain('Free');
    expect(offers('mvp-scoping')).toContainEqual(
      expect.objectContaining({ name: 'Fit call', price: 0, priceCurrency: 'USD' }),
    );
  });

  it('shows "from" and hourly prices side by side, and a price on request without an Offer price', () => {
    const cto = page('services/fractional-cto')('.facts').text();
    expect(cto).toContain(formatPrice(service('fractional-cto').data.pricing.options[0]!.price, 'USD'));
    expect(cto).toMatch(/From \$8,500 per month/);
    expect(cto).toContain('$300 per hour');
    const review = page('services/ai-production-review');
    expect(review('.facts').text()).toContain('Price on request');
    expect(offers('ai-production-review').map((o) => o.name)).toEqual(['Review']);
  });

  it('typesets the pricing note as body text is typeset', () => {
    expect(page('services/fractional-cto')('main').text()).toContain('30 days’ notice');
  });
});
