import { z } from 'astro/zod';
import { ALL_BLOCKS } from '../blocks';
import { contentType } from '../content-type';
import {
  body,
  callToAction,
  field,
  formerSlugs,
  group,
  integer,
  list,
  relationships,
  select,
  slugTitle,
  text,
} from '../fields';
import { CURRENCIES, PRICING_MODELS } from '../vocabulary';
import { metaDescription, seoOverrides } from './shared';

/** Service pages (`content/services/<slug>.mdx`): the front matter below, the MDX body describes the service. */
export const services = contentType({
  label: 'Services',
  noun: 'service',
  folder: 'content/services',
  extension: '.mdx',
  url: '/services/{slug}/',
  ownPage: true,
  slugField: 'title',
  columns: ['title', 'order'],
  entryLayout: 'content',
  fields: {
    title: slugTitle('Title'),
    summary: text('Summary', {
      description: 'One or two sentences for cards and the top of the page.',
      kind: 'summary',
      required: true,
    }),
    description: metaDescription(),
    audience: text('Who it is for', { kind: 'prose', required: true }),
    outcomes: list('Outcomes', text('Outcome', { required: true }), {
      itemLabel: (outcome) => outcome || 'Outcome',
      min: 1,
      tooFew: 'list at least one outcome',
    }),
    pricing: group(
      'Pricing',
      {
        model: select('Engagement model', PRICING_MODELS, 'fixed'),
        amount: field(
          {
            kind: 'integer',
            label: 'Amount',
            description: 'Whole amount: per hour, total, or per month. Leave empty for "price on request".',
          },
          ({ path }) =>
            z
              .number()
              .int()
              .positive({ error: `${path} must be a positive whole number` })
              .nullish(),
        ),
        currency: select('Currency', CURRENCIES, 'USD'),
        note: text('Pricing note', { description: 'e.g. "Two days a week, 3-month minimum".' }),
      },
      'required',
    ),
    duration: text('Typical duration', { kind: 'label', required: true }),
    cta: callToAction('Call to action'),
    faqs: relationships('FAQs', 'faqs'),
    relatedPosts: relationships('Related posts', 'posts'),
    order: integer('Sort order'),
    formerSlugs: formerSlugs(),
    seo: seoOverrides('services'),
    body: body('Body', { images: 'figures', blocks: ALL_BLOCKS, headings: [2, 3, 4] }),
  },
});
