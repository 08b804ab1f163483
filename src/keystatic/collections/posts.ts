import { adminHeadings, adminPath, CONTENT_TYPES } from '../../content-model/types';
import { collection, fields } from '@keystatic/core';
import { bodyComponents } from '../components';
import { formerSlugs, imageStore, imageWithAlt, metaDescription, required, seoOverrides, titleSlug } from '../shared';

/** Journal posts: `content/journal/<slug>.mdx`. */
export const posts = collection({
  label: 'Posts',
  slugField: 'title',
  path: adminPath('posts'),
  format: { contentField: 'content' },
  entryLayout: 'content',
  columns: ['title', 'publishedAt', 'draft'],
  previewUrl: CONTENT_TYPES.posts.url,
  schema: {
    title: titleSlug('Title'),
    description: metaDescription(),
    excerpt: required('Excerpt', 'One or two sentences for listing cards.', 'summary'),
    hero: imageWithAlt('Hero image', 'journal', true),
    categories: fields.multiRelationship({
      label: 'Categories',
      collection: 'categories',
      validation: { length: { min: 1 } },
    }),
    authors: fields.multiRelationship({ label: 'Authors', collection: 'authors', validation: { length: { min: 1 } } }),
    publishedAt: fields.date({
      label: 'Published',
      description: 'A future date schedules the post: it appears on the first build on or after that day (UTC).',
      validation: { isRequired: true },
    }),
    updatedAt: fields.date({ label: 'Updated', description: 'Date of the last meaningful revision.' }),
    draft: fields.checkbox({
      label: 'Draft',
      description:
        'Drafts show in the dev server only. A published page that links here stops the build until the link goes (the dev site and npm run check list them).',
      defaultValue: false,
    }),
    services: fields.multiRelationship({ label: 'Related services', collection: 'services' }),
    faqs: fields.multiRelationship({
      label: 'FAQs',
      description: 'Shown as a question-and-answer section at the end of the post.',
      collection: 'faqs',
    }),
    formerSlugs: formerSlugs(),
    seo: seoOverrides('journal'),
    content: fields.mdx({
      label: 'Body',
      options: { image: imageStore('figures'), heading: adminHeadings('posts') },
      components: bodyComponents,
    }),
  },
});
