import { adminHeadings, adminPath, CONTENT_TYPES } from '../../content-model/types';
import { collection, fields } from '@keystatic/core';
import { bodyComponents } from '../components';
import { CURRENCIES, PRICING_MODELS, selectOptions } from '../../schemas/vocabulary';
import {
  callToAction,
  formerSlugs,
  imageStore,
  metaDescription,
  optional,
  required,
  seoOverrides,
  titleSlug,
} from '../shared';

/** Services: `content/services/<slug>.mdx`. */
export const services = collection({
  label: 'Services',
  slugField: 'title',
  path: adminPath('services'),
  format: { contentField: 'body' },
  entryLayout: 'content',
  columns: ['title', 'order'],
  previewUrl: CONTENT_TYPES.services.url,
  schema: {
    title: titleSlug('Title'),
    summary: required('Summary', 'One or two sentences for cards and the top of the page.', 'summary'),
    description: metaDescription(),
    audience: required('Who it is for', undefined, 'prose'),
    outcomes: fields.array(required('Outcome', undefined, 'line'), {
      label: 'Outcomes',
      itemLabel: (props) => props.value || 'Outcome',
      validation: { length: { min: 1 } },
    }),
    pricing: fields.object(
      {
        model: fields.select({
          label: 'Engagement model',
          options: selectOptions(PRICING_MODELS),
          defaultValue: 'fixed',
        }),
        amount: fields.integer({
          label: 'Amount',
          description: 'Whole amount: per hour, total, or per month. Leave empty for "price on request".',
        }),
        currency: fields.select({ label: 'Currency', options: selectOptions(CURRENCIES), defaultValue: 'USD' }),
        note: optional('Pricing note', 'e.g. "Two days a week, 3-month minimum".'),
      },
      { label: 'Pricing' },
    ),
    duration: required('Typical duration', undefined, 'label'),
    cta: callToAction('Call to action'),
    faqs: fields.multiRelationship({ label: 'FAQs', collection: 'faqs' }),
    relatedPosts: fields.multiRelationship({ label: 'Related posts', collection: 'posts' }),
    order: fields.integer({ label: 'Sort order', defaultValue: 0 }),
    formerSlugs: formerSlugs(),
    seo: seoOverrides('services'),
    body: fields.mdx({
      label: 'Body',
      options: { image: imageStore('figures'), heading: adminHeadings('services') },
      components: bodyComponents,
    }),
  },
});
