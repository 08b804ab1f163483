import { adminPath, CONTENT_TYPES } from '../../content-model/types';
import { collection, fields } from '@keystatic/core';
import { imageWithAlt, link, required, titleSlug } from '../shared';

/** Authors: `content/authors/<slug>.yaml`. */
export const authors = collection({
  label: 'Authors',
  slugField: 'name',
  path: adminPath('authors'),
  format: { data: 'yaml' },
  columns: ['name', 'role'],
  previewUrl: CONTENT_TYPES.authors.url,
  schema: {
    name: titleSlug('Name'),
    role: required('Role', undefined, 'label'),
    bio: required('Bio', undefined, 'prose'),
    photo: imageWithAlt('Photo', 'authors', false),
    links: fields.array(
      fields.object({
        label: required('Label', undefined, 'label'),
        url: link('URL', 'The full address, such as https://www.linkedin.com/in/…'),
      }),
      {
        label: 'Links',
        itemLabel: (props) => props.fields.label.value || 'Link',
      },
    ),
  },
});

/** Categories: `content/categories/<slug>.yaml`. */
export const categories = collection({
  label: 'Categories',
  slugField: 'name',
  path: adminPath('categories'),
  format: { data: 'yaml' },
  columns: ['name'],
  previewUrl: CONTENT_TYPES.categories.url,
  schema: {
    name: titleSlug('Name'),
    description: required('Description', undefined, 'summary'),
  },
});
