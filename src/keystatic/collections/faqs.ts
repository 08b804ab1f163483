import { adminHeadings, adminPath, CONTENT_TYPES } from '../../content-model/types';
import { collection, fields } from '@keystatic/core';
import { required, titleSlug } from '../shared';

/** FAQs: `content/faqs/<slug>.mdx`; the body is the answer. */
export const faqs = collection({
  label: 'FAQs',
  slugField: 'question',
  path: adminPath('faqs'),
  format: { contentField: 'answer' },
  columns: ['question', 'topic', 'order'],
  previewUrl: CONTENT_TYPES.faqs.url,
  schema: {
    question: titleSlug('Question'),
    topic: required(
      'Topic',
      'FAQs with the same topic are grouped together on the FAQ page; type it as the other questions of that topic do (the list of FAQs shows their topics).',
      'label',
    ),
    order: fields.integer({ label: 'Sort order', description: 'Lowest first within its topic.', defaultValue: 0 }),
    answer: fields.mdx({
      label: 'Answer',
      options: { image: false, table: false, codeBlock: false, heading: adminHeadings('faqs') },
    }),
  },
});
