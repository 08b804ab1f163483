import { typeset } from '../../src/lib/markdown/typeset';
import { z } from 'astro/zod';
import { schemaOf, settingsSchema as settingsOf } from '../../src/content-model/types';

/** Stand-in for Astro's `image()` helper: accepts a relative image path. */
export const fakeImage = () => z.string().regex(/\.(jpe?g|png|webp|avif|gif|svg)$/, { error: 'must be an image file' });

/** A complete, valid post frontmatter to derive invalid cases from. */
export const validPost = () => ({
  title: 'Choosing a fractional CTO',
  description: 'How to decide between a fractional, interim and full-time CTO, with costs and the questions to ask.',
  excerpt: 'A short guide to picking the right kind of technical leader.',
  hero: { image: '../images/journal/x/hero/image.jpg', alt: 'Abstract shapes' },
  categories: ['technical-leadership'],
  authors: ['maren-holt'],
  publishedAt: '2026-03-04',
  draft: false,
  faqs: ['how-is-pricing-set'],
});

/** A complete, valid comparison to derive invalid cases from. */
export const validComparison = () => ({
  title: 'Hourly or retainer',
  summary: 'Two ways to pay for advice.',
  options: [
    { name: 'Hourly', description: 'Pay as you go', highlighted: false },
    { name: 'Retainer', description: 'A fixed monthly fee', highlighted: true },
  ],
  rows: [
    {
      criterion: 'Predictable cost',
      cells: [
        { verdict: 'no', text: 'Varies' },
        { verdict: 'yes', text: '' },
      ],
    },
  ],
  footnote: '',
});

/** A complete, valid service to derive invalid cases from. */
export const validService = () => ({
  title: 'Code audit',
  summary: 'A written review of your codebase.',
  description: 'A fixed-price code audit with a written report, a risk register and a remediation plan you can act on.',
  audience: 'Founders before a raise.',
  outcomes: ['A risk register'],
  pricing: {
    currency: 'USD',
    options: [{ price: { discriminant: 'fixed', value: { amount: 14000, per: 'engagement' } } }],
    note: '',
  },
  duration: 'Two to three weeks',
  cta: { headline: 'Book an audit', text: '', label: 'Start', href: '/faq/' },
  faqs: [],
  relatedPosts: [],
  order: 2,
});

/** Each content type's schema, as the content layer builds it from the content model (images as paths by default). */
export const postSchema = (image: () => z.ZodType = fakeImage) => schemaOf('posts', image, typeset);
export const faqSchema = () => schemaOf('faqs', fakeImage, typeset);
export const serviceSchema = (image: () => z.ZodType = fakeImage) => schemaOf('services', image, typeset);
export const comparisonSchema = () => schemaOf('comparisons', fakeImage, typeset);
export const authorSchema = (image: () => z.ZodType = fakeImage) => schemaOf('authors', image, typeset);
export const categorySchema = () => schemaOf('categories', fakeImage, typeset);
export { blockSchemas } from '../../src/content-model/types';
/** The settings schema, as the content layer builds it. */
export const settingsSchema = (image: () => z.ZodType = fakeImage) => settingsOf(image, typeset);
