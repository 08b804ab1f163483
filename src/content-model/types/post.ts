import { ALL_BLOCKS } from '../blocks';
import { contentType } from '../content-type';
import {
  body,
  callToActionFields,
  checkbox,
  choice,
  date,
  formerPaths,
  formerSlugs,
  imageWithAlt,
  relationships,
  secondaryLinkProblem,
  slugTitle,
  text,
} from '../fields';
import { FAQ_SECTION_TITLE } from '../vocabulary';
import { metaDescription, seoOverrides } from './shared';

/** Journal posts (`content/journal/<slug>.mdx`): the front matter below, the MDX body the article. */
export const posts = contentType({
  label: 'Posts',
  noun: 'post',
  folder: 'content/journal',
  extension: '.mdx',
  url: '/journal/{slug}/',
  ownPage: true,
  slugField: 'title',
  columns: ['title', 'publishedAt', 'draft'],
  entryLayout: 'content',
  fields: {
    title: slugTitle('Title'),
    description: metaDescription(),
    excerpt: text('Excerpt', {
      description: 'One or two sentences for listing cards.',
      kind: 'summary',
      required: true,
    }),
    hero: imageWithAlt('Hero image', 'journal', true),
    categories: relationships('Categories', 'categories', { min: 1 }),
    authors: relationships('Authors', 'authors', { min: 1 }),
    publishedAt: date('Published', {
      description: 'A future date schedules the post: it appears on the first build on or after that day (UTC).',
      required: true,
    }),
    updatedAt: date('Updated', { description: 'Date of the last meaningful revision.' }),
    draft: checkbox('Draft', {
      description:
        'Drafts show in the dev server only. A published page that links here stops the build until the link goes (the dev site and npm run check list them).',
    }),
    services: relationships('Related services', 'services'),
    faqs: relationships('FAQs', 'faqs', {
      description: 'Shown as a question-and-answer section at the end of the post.',
    }),
    faqsTitle: text('FAQ section heading', {
      description: `The heading above those FAQs. Default: "${FAQ_SECTION_TITLE}".`,
      kind: 'title',
    }),
    closing: choice(
      'Call to action at the end',
      {
        default: { label: "The site's default call to action", fields: {} },
        own: { label: 'Its own call to action', fields: callToActionFields() },
        none: { label: 'None', fields: {} },
      },
      'default',
      'What closes the post. A body that ends with its own call-to-action block gets nothing more.',
    ),
    formerSlugs: formerSlugs(),
    formerPaths: formerPaths(),
    seo: seoOverrides('journal'),
    content: body('Body', { images: 'figures', blocks: ALL_BLOCKS, headings: [2, 3, 4] }),
  },
  refine: (post, ctx) => {
    if (post.closing.discriminant === 'own') {
      const problem = secondaryLinkProblem(post.closing.value);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          path: ['closing', 'value', problem.field],
          message: `closing: ${problem.message}`,
        });
    }
    if (post.updatedAt && post.updatedAt < post.publishedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: 'updatedAt is before publishedAt (set it to the publish date or later, or clear it)',
      });
    }
  },
});
