import { describe, expect, it } from 'vitest';
import { blogPostingNode } from '../../src/lib/seo/json-ld/blog-posting';
import { breadcrumbNode } from '../../src/lib/seo/json-ld/breadcrumbs';
import { questionNodes } from '../../src/lib/seo/json-ld/faq';
import { serializeJsonLd } from '../../src/lib/seo/json-ld/serialize';
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
      authors: [{ name: 'Ada', url: 'https://x.example/authors/ada/' }],
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
      author: [{ '@type': 'Person', name: 'Ada', url: 'https://x.example/authors/ada/' }],
      image: ['https://x.example/og/post/a.png'],
    });
    expect((node.headline as string).length).toBeLessThanOrEqual(110);
  });

  it('gives a service an Offer only when it has a price', () => {
    const base = {
      url: 'https://x.example/services/s/',
      name: 'S',
      description: 'D',
      audience: 'A',
      organizationId: '#o',
    };
    const priced = serviceNode({ ...base, pricing: { model: 'retainer', amount: 7500, currency: 'EUR' } }) as Record<
      string,
      any
    >;
    expect(priced.offers).toMatchObject({ '@type': 'Offer', price: 7500, priceCurrency: 'EUR' });
    expect(priced.offers.priceSpecification.unitCode).toBe('MON');
    const onRequest = serviceNode({ ...base, pricing: { model: 'fixed', amount: null, currency: 'USD' } }) as Record<
      string,
      any
    >;
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
