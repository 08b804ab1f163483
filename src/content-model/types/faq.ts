import { contentType } from '../content-type';
import { body, integer, slugTitle, text } from '../fields';

/** FAQs (`content/faqs/<slug>.mdx`): the question below, the MDX body the answer. */
export const faqs = contentType({
  label: 'FAQs',
  noun: 'FAQ',
  folder: 'content/faqs',
  extension: '.mdx',
  // An FAQ has no page: it is an anchor on the FAQ page.
  url: '/faq/#{slug}',
  ownPage: false,
  slugField: 'question',
  columns: ['question', 'topic', 'order'],
  fields: {
    question: slugTitle('Question'),
    topic: text('Topic', {
      description:
        'FAQs with the same topic are grouped together on the FAQ page; type it as the other questions of that topic do (the list of FAQs shows their topics).',
      kind: 'label',
      required: true,
    }),
    order: integer('Sort order', { description: 'Lowest first within its topic.' }),
    // The FAQ page renders answers without components, so an answer holds Markdown only; it sits under
    // its question, inside a list of questions, so it has no headings of its own.
    answer: body('Answer', { images: false, blocks: [], headings: [], tables: false, codeBlocks: false }),
  },
});
