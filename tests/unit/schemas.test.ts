import { describe, expect, it } from 'vitest';
import { formatIssues, parseWithFriendlyErrors } from '../../src/lib/content/friendly-errors';
import { SLUG_MAX, shortenSlug } from '../../src/content-model/vocabulary';
import { uploadName } from '../../src/keystatic/fields';
import {
  authorSchema,
  comparisonSchema,
  fakeImage,
  faqSchema,
  postSchema,
  serviceSchema,
  validComparison,
  validPost,
  validService,
} from '../support/schemas';

const errorsOf = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  input: unknown,
  file: string,
) => {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return formatIssues((result.error as { issues: never[] }).issues, file);
};

describe('post schema', () => {
  const schema = postSchema(fakeImage);
  const file = 'content/journal/x.mdx';

  it('accepts a complete post and fills defaults', () => {
    const post = schema.parse(validPost());
    expect(post.publishedAt.toISOString()).toBe('2026-03-04T00:00:00.000Z');
    expect(post.services).toEqual([]);
    expect(post.seo).toEqual({ noindex: false });
    expect(post.updatedAt).toBeUndefined();
  });

  it.each([
    ['missing title', { title: undefined }, 'content/journal/x.mdx: title: title is required'],
    ['empty title', { title: '   ' }, 'content/journal/x.mdx: title: title is required (write some text)'],
    [
      'hero without alt text',
      { hero: { image: 'a.jpg', alt: '' } },
      'content/journal/x.mdx: hero.alt: hero.alt is required (write some text)',
    ],
    ['no category', { categories: [] }, 'content/journal/x.mdx: categories: pick at least 1 category'],
    ['no author', { authors: [] }, 'content/journal/x.mdx: authors: pick at least 1 author'],
    [
      'badly formed slug',
      { faqs: ['Pricing 2026'] },
      'content/journal/x.mdx: faqs[0]: must be the slug of a FAQ (lowercase words joined by hyphens)',
    ],
    [
      'invalid date',
      { publishedAt: '2026-02-31x' },
      'content/journal/x.mdx: publishedAt: publishedAt must be a date written as YYYY-MM-DD',
    ],
    [
      'updated before published',
      { updatedAt: '2026-01-01' },
      'content/journal/x.mdx: updatedAt: updatedAt is before publishedAt (set it to the publish date or later, or clear it)',
    ],
    [
      'unknown field',
      { tags: ['x'] },
      'content/journal/x.mdx: unknown field(s) "tags" (remove them or check the spelling)',
    ],
    [
      'relative canonical URL',
      { seo: { canonical: '/elsewhere/' } },
      'content/journal/x.mdx: seo.canonical: seo.canonical must be a full address starting with https:// (write it as https://www.example.com/journal/original-post/)',
    ],
  ])('%s', (_name, change, message) => {
    expect(errorsOf(schema, { ...validPost(), ...change }, file)).toEqual([message]);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf(schema, { ...validPost(), title: '', authors: [], hero: { image: 'a.jpg' } }, file);
    expect(errors).toHaveLength(3);
  });

  it('parseWithFriendlyErrors throws one error naming file and fields', () => {
    expect(() => parseWithFriendlyErrors(schema, { ...validPost(), excerpt: '' }, file)).toThrow(
      'content/journal/x.mdx: excerpt: excerpt is required (write some text)',
    );
  });
});

describe('comparison schema', () => {
  const schema = comparisonSchema();
  const file = 'content/comparisons/c.yaml';

  it('accepts a valid table', () => {
    expect(schema.parse(validComparison()).rows[0]?.cells).toHaveLength(2);
  });

  it.each([
    [
      'a row with too few cells',
      (c: ReturnType<typeof validComparison>) => c.rows[0]!.cells.pop(),
      'content/comparisons/c.yaml: rows[0].cells: row "Predictable cost" has 1 cells for 2 options (add or remove cells so there is one per option)',
    ],
    [
      'two highlighted options',
      (c: ReturnType<typeof validComparison>) => (c.options[0]!.highlighted = true),
      'content/comparisons/c.yaml: options: 2 options are highlighted (highlight at most one)',
    ],
    [
      'a single option',
      (c: ReturnType<typeof validComparison>) => {
        c.options.pop();
        c.rows[0]!.cells.pop();
      },
      'content/comparisons/c.yaml: options: add at least 2 options',
    ],
    [
      'an unknown verdict',
      (c: ReturnType<typeof validComparison>) => ((c.rows[0]!.cells[0] as { verdict: string }).verdict = 'maybe'),
      'content/comparisons/c.yaml: rows[0].cells[0].verdict: rows[].cells[].verdict must be one of: yes, partial, no, none',
    ],
  ])('%s', (_name, mutate, message) => {
    const table = validComparison();
    mutate(table);
    expect(errorsOf(schema, table, file)).toEqual([message]);
  });
});

describe('service, FAQ and author schemas', () => {
  it('accepts every way a consultancy states a price', () => {
    const options = [
      { name: 'Audit', price: { discriminant: 'fixed', value: { amount: 14000, per: 'engagement' } } },
      { price: { discriminant: 'range', value: { min: 10000, max: 50000, per: 'engagement' } } },
      { price: { discriminant: 'from', value: { amount: 5000, per: 'month' } }, note: 'Billed monthly' },
      { price: { discriminant: 'free' } },
      { price: { discriminant: 'on-request' } },
    ];
    const service = serviceSchema(fakeImage).parse({ ...validService(), pricing: { currency: 'EUR', options } });
    expect(service.pricing).toEqual({
      currency: 'EUR',
      note: undefined,
      options: options.map((o) => ({ name: undefined, note: undefined, ...o })),
    });
  });

  it.each([
    [
      'an unknown way of stating a price',
      { pricing: { options: [{ price: { discriminant: 'weekly', value: { amount: 1 } } }] } },
      'content/services/s.mdx: pricing.options[0].price.discriminant: pricing.options[].price.discriminant must be one of: fixed, range, from, free, on-request',
    ],
    [
      'a price of nothing',
      { pricing: { options: [{ price: { discriminant: 'fixed', value: { amount: 0, per: 'hour' } } }] } },
      'content/services/s.mdx: pricing.options[0].price.value.amount: pricing.options[].price.value.amount must be 1 or more',
    ],
    [
      'a negative price',
      { pricing: { options: [{ price: { discriminant: 'from', value: { amount: -5, per: 'hour' } } }] } },
      'content/services/s.mdx: pricing.options[0].price.value.amount: pricing.options[].price.value.amount must be 1 or more',
    ],
    [
      'a range that ends below its start',
      { pricing: { options: [{ price: { discriminant: 'range', value: { min: 9000, max: 5000, per: 'day' } } }] } },
      'content/services/s.mdx: pricing.options[0].price.value.max: the range ends at 5000, not above where it starts (9000) (make "To" larger than "From", or choose "A set amount")',
    ],
    [
      'no price option',
      { pricing: { options: [] } },
      'content/services/s.mdx: pricing.options: add at least one price option (choose "On request" when there is no set price)',
    ],
    [
      'a CTA link that is not a URL or path',
      { cta: { headline: 'h', label: 'l', href: 'services' } },
      'content/services/s.mdx: cta.href: cta.href must start with "/", "#", "https://" or "mailto:" (a single / for a page of this site, # for a section, https:// for another site, mailto: for email)',
    ],
    ['no outcomes', { outcomes: [] }, 'content/services/s.mdx: outcomes: list at least one outcome'],
  ])('rejects a service with %s', (_name, change, message) => {
    expect(errorsOf(serviceSchema(fakeImage), { ...validService(), ...change }, 'content/services/s.mdx')).toEqual([
      message,
    ]);
  });

  it('rejects an FAQ without a topic and a fractional sort order', () => {
    expect(errorsOf(faqSchema(), { question: 'Why?', topic: '', order: 1.5 }, 'content/faqs/f.mdx')).toEqual([
      'content/faqs/f.mdx: topic: topic is required (write some text)',
      'content/faqs/f.mdx: order: order must be a whole number',
    ]);
  });

  it('lets an author go without a photo but never a photo without alt text', () => {
    const base = { name: 'A', role: 'R', bio: 'B' };
    expect(authorSchema(fakeImage).parse({ ...base, photo: { image: null, alt: '' } }).photo).toBeUndefined();
    expect(
      errorsOf(authorSchema(fakeImage), { ...base, photo: { image: 'p.jpg', alt: '' } }, 'content/authors/a.yaml'),
    ).toEqual(['content/authors/a.yaml: photo.alt: photo.alt is required (write some text)']);
  });
});

describe('shortenSlug', () => {
  it('cuts a long slug at the last whole word within the limit and leaves short ones alone', () => {
    const long = 'what-happens-to-the-code-the-cloud-accounts-the-credentials-and-the-documentation-when';
    expect(shortenSlug(long)).toBe('what-happens-to-the-code-the-cloud-accounts-the-credentials-and-the');
    expect(shortenSlug('short-slug')).toBe('short-slug');
    expect(shortenSlug('x'.repeat(SLUG_MAX + 20))).toBe('x'.repeat(SLUG_MAX));
    expect(shortenSlug(`${'a'.repeat(SLUG_MAX - 2)}-b`)).toBe(`${'a'.repeat(SLUG_MAX - 2)}-b`);
    expect(shortenSlug(`${'a'.repeat(SLUG_MAX - 1)}-b`)).toBe('a'.repeat(SLUG_MAX - 1));
  });
});

describe('uploadName', () => {
  it('keeps the uploaded name, URL-safe, with a random tag so two uploads of "image.png" get two files', () => {
    const first = uploadName('image.png');
    const second = uploadName('image.png');
    expect(first).toMatch(/^image-[0-9a-f]{6}\.png$/);
    expect(second).toMatch(/^image-[0-9a-f]{6}\.png$/);
    expect(first).not.toBe(second);
    expect(uploadName('Screenshot 2026-11-22 at 10.41.07.PNG')).toMatch(
      /^screenshot-2026-11-22-at-10-41-07-[0-9a-f]{6}\.png$/,
    );
    expect(uploadName('.png')).toMatch(/^image-[0-9a-f]{6}\.png$/);
    expect(uploadName('diagram')).toMatch(/^diagram-[0-9a-f]{6}$/);
  });
});
