import { fields } from '@keystatic/core';
import { block, wrapper } from '@keystatic/core/content-components';
import { CALLOUT_KINDS, selectOptions } from '../schemas/vocabulary';
import { CallToActionPreview, CalloutPreview, ComparisonPreview, FaqGroupPreview, FigurePreview } from './previews';
import { imageStore, link, optional, required } from './shared';

/**
 * Blocks an editor can insert into MDX bodies. Defined once and shared by every collection with a
 * body; `src/components/mdx/` renders each one under the same name.
 */
export const bodyComponents = {
  Comparison: block({
    label: 'Comparison table',
    description: 'Embeds a comparison table from the library.',
    ContentView: ComparisonPreview,
    schema: {
      comparison: fields.relationship({
        label: 'Comparison',
        collection: 'comparisons',
        validation: { isRequired: true },
      }),
    },
  }),
  FaqGroup: block({
    label: 'FAQ group',
    description: 'A set of questions and answers from the FAQ library.',
    ContentView: FaqGroupPreview,
    schema: {
      title: optional('Heading (optional)', undefined, 'title'),
      faqs: fields.multiRelationship({
        label: 'FAQs',
        collection: 'faqs',
        validation: { length: { min: 1 } },
      }),
    },
  }),
  CallToAction: block({
    label: 'Call to action',
    description: 'A headline, a sentence and a button.',
    ContentView: CallToActionPreview,
    schema: {
      headline: required('Headline'),
      text: optional('Text'),
      label: required('Button label', undefined, 'label'),
      href: link('Button link', 'A site path such as /contact/ or a full URL.'),
    },
  }),
  Callout: wrapper({
    label: 'Callout',
    description: 'A highlighted note, tip or warning.',
    ContentView: CalloutPreview,
    schema: {
      kind: fields.select({ label: 'Kind', options: selectOptions(CALLOUT_KINDS), defaultValue: 'note' }),
      title: optional('Title (optional)', undefined, 'title'),
    },
  }),
  Figure: block({
    label: 'Figure',
    description: 'An image with alt text and an optional caption.',
    ContentView: FigurePreview,
    schema: {
      src: fields.image({ label: 'Image', ...imageStore('figures'), validation: { isRequired: true } }),
      alt: required('Alt text', undefined, 'line'),
      caption: optional('Caption'),
    },
  }),
};
