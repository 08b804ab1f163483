import { contentType } from '../content-type';
import { formerPaths, slugTitle, text } from '../fields';

/** Journal categories (`content/categories/<slug>.yaml`). */
export const categories = contentType({
  label: 'Categories',
  noun: 'category',
  folder: 'content/categories',
  extension: '.yaml',
  url: '/journal/category/{slug}/',
  ownPage: true,
  slugField: 'name',
  columns: ['name'],
  fields: {
    name: slugTitle('Name'),
    description: text('Description', {
      description: 'One or two sentences shown on the category page and used as its meta description.',
      kind: 'summary',
      required: true,
    }),
    formerPaths: formerPaths(),
  },
});
