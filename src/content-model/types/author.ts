import { contentType } from '../content-type';
import { group, imageWithAlt, link, list, slugTitle, text } from '../fields';

/** Authors (`content/authors/<slug>.yaml`). */
export const authors = contentType({
  label: 'Authors',
  noun: 'author',
  folder: 'content/authors',
  extension: '.yaml',
  url: '/authors/{slug}/',
  ownPage: true,
  slugField: 'name',
  columns: ['name', 'role'],
  fields: {
    name: slugTitle('Name'),
    role: text('Role', { kind: 'label', required: true }),
    bio: text('Bio', { kind: 'prose', required: true }),
    photo: imageWithAlt('Photo', 'authors', false),
    links: list(
      'Links',
      group(
        undefined,
        {
          label: text('Label', { kind: 'label', required: true }),
          url: link('URL', 'The full address, such as https://www.linkedin.com/in/…'),
        },
        'required',
      ),
      { itemLabel: (item) => item.label || 'Link' },
    ),
  },
});
