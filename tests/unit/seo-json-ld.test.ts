import { describe, expect, it } from 'vitest';
import { blogPostingNode } from '../../src/lib/seo/json-ld/blog-posting';
import { breadcrumbNode } from '../../src/lib/seo/json-ld/breadcrumbs';
import { questionNodes } from '../../src/lib/seo/json-ld/faq';
import { serializeJsonLd } from '../../src/lib/seo/json-ld/serialize';
import { authorNode } from '../../src/lib/seo/json-ld/person';
import { serviceNode } from '../../src/lib/seo/json-ld/service';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  '<!-- <script>',
  'Tom & Jerry\u2028next\u2029line',
  '"quoted" \\ back\\slash',
];

describe('serializeJsonLd', () => {
  it.each(HOSTILE)('keeps %j inside the script element and in the data', (text) => {
    const json = serializeJsonLd({ headline: text, nested: [{ name: text }] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline: text, nested: [{ name: text }] });
  });
});

describe('JSON-LD nodes', () => {
  it('describes a post as a BlogPosting with dates, authors, publisher and page', () => {
    const node = blogPostingNode({
      url: 'https://x.example/journal/a/',
      headline: 'A'.repeat(130),
      description: 'D',
      imageUrl: 'https://x.example/og/post/a.png',
      published: new Date('2026-03-04T00:00:00Z'),
      authors: [
        { kind: 'person', name: 'Ada', url: 'https://x.example/authors/ada/' },
        { kind: 'organisation', name: 'Brightwater', url: 'https://x.example/authors/brightwater/' },
      ],
      publisherId: 'https://x.example/#organization',
      keywords: ['K'],
      wordCount: 12,
    }) as unknown as Record<string, unknown>;
    expect(node).toMatchObject({
      '@type': 'BlogPosting',
      datePublished: '2026-03-04T00:00:00.000Z',
      dateModified: '2026-03-04T00:00:00.000Z',
      mainEntityOfPage: { '@id': 'https://x.example/journal/a/' },
      publisher: { '@id': 'https://x.example/#organization' },
      author: [
        { '@type': 'Person', name: 'Ada', url: 'https://x.example/authors/ada/' },
        { '@type': 'Organization', name: 'Brightwater', url: 'https://x.example/authors/brightwater/' },
      ],
      image: ['https://x.example/og/post/a.png'],
    });
    expect((node.headline as string).length).toBeLessThanOrEqual(110);
  });

  it('describes an organisation author as an Organization that is part of the firm, a person as a Person', () => {
    const facts = {
      url: 'https://x.example/authors/a/',
      name: 'A',
      description: 'D',
      sameAs: [],
      organizationId: 'https://x.example/#organization',
    };
    expect(authorNode({ ...facts, kind: 'organisation', jobTitle: 'ignored' })).toEqual({
      '@type': 'Organization',
      '@id': 'https://x.example/authors/a/#organization',
      name: 'A',
      url: 'https://x.example/authors/a/',
      description: 'D',
      parentOrganization: { '@id': 'https://x.example/#organization' },
    });
    expect(authorNode({ ...facts, kind: 'person', jobTitle: 'CTO' })).toMatchObject({
      '@type': 'Person',
      jobTitle: 'CTO',
      worksFor: { '@id': 'https://x.example/#organization' },
    });
  });

  it('gives a service an Offer for each stated price, with its amount or its range', () => {
    const base = {
      url: 'https://x.example/services/s/',
      name: 'S',
      description: 'D',
      audience: 'A',
      organizationId: '#o',
    };
    const pricing = (...prices: object[]) =>
      ({ currency: 'EUR', options: prices.map((price) => ({ price })) }) as never;
    const priced = serviceNode({
      ...base,
      pricing: pricing({ discriminant: 'from', value: { amount: 7500, per: 'month' } }),
    }) as Record<string, any>;
    expect(priced.offers).toMatchObject({ '@type': 'Offer', priceCurrency: 'EUR' });
    expect(priced.offers.price).toBeUndefined();
    expect(priced.offers.priceSpecification).toMatchObject({
      '@type': 'UnitPriceSpecification',
      minPrice: 7500,
      unitCode: 'MON',
    });
    const several = serviceNode({
      ...base,
      pricing: pricing(
        { discriminant: 'fixed', value: { amount: 14000, per: 'engagement' } },
        { discriminant: 'range', value: { min: 10000, max: 50000, per: 'project' } },
        { discriminant: 'free' },
        { discriminant: 'on-request' },
      ),
    }) as Record<string, any>;
    expect(several.offers).toEqual([
      expect.objectContaining({
        price: 14000,
        priceSpecification: { '@type': 'PriceSpecification', price: 14000, priceCurrency: 'EUR' },
      }),
      expect.objectContaining({
        priceSpecification: { '@type': 'PriceSpecification', minPrice: 10000, maxPrice: 50000, priceCurrency: 'EUR' },
      }),
      expect.objectContaining({ price: 0 }),
    ]);
    const onRequest = serviceNode({ ...base, pricing: pricing({ discriminant: 'on-request' }) }) as Record<string, any>;
    expect(onRequest.offers).toBeUndefined();
    expect(onRequest.provider).toEqual({ '@id': '#o' });
  });

  it('lists each question once', () => {
    const q = { question: 'Q1?', answer: 'A1' };
    const nodes = questionNodes([q, { question: 'Q2?', answer: 'A2' }, q]) as Record<string, any>[];
    expect(nodes.map((n) => n.name)).toEqual(['Q1?', 'Q2?']);
    expect(nodes[0]!.acceptedAnswer).toEqual({ '@type': 'Answer', text: 'A1' });
  });

  it('numbers breadcrumb steps from 1', () => {
    const node = breadcrumbNode(
      [
        { name: 'Home', url: 'https://x.example/' },
        { name: 'Journal', url: 'https://x.example/journal/' },
      ],
      'https://x.example/journal/',
    ) as Record<string, any>;
    expect(node.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2]);
    expect(node['@id']).toBe('https://x.example/journal/#breadcrumb');
  });
});
