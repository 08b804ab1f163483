import { collection, fields } from '@keystatic/core';
import { imageWithAlt, link, required, titleSlug } from '../shared';

/** Authors: `content/authors/<slug>.yaml`. */
export const authors = collection({
  label: 'Authors',
  slugField: 'name',
  path: 'content/authors/*',
  format: { data: 'yaml' },
  columns: ['name', 'role'],
  previewUrl: '/authors/{slug}/',
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
  path: 'content/categories/*',
  format: { data: 'yaml' },
  columns: ['name'],
  previewUrl: '/journal/category/{slug}/',
  schema: {
    name: titleSlug('Name'),
    description: required('Description', undefined, 'summary'),
  },
});
