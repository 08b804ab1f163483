import { ALL_BLOCKS } from '../blocks';
import { contentType } from '../content-type';
import { body, checkbox, date, formerSlugs, imageWithAlt, relationships, slugTitle, text } from '../fields';
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
    formerSlugs: formerSlugs(),
    seo: seoOverrides('journal'),
    content: body('Body', { images: 'figures', blocks: ALL_BLOCKS, headings: [2, 3, 4] }),
  },
  refine: (post, ctx) => {
    if (post.updatedAt && post.updatedAt < post.publishedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: 'updatedAt is before publishedAt (set it to the publish date or later, or clear it)',
      });
    }
  },
});
