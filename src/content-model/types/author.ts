import { contentType } from '../content-type';
import { formerPaths, group, imageWithAlt, link, list, select, slugTitle, text } from '../fields';
import { AUTHOR_KINDS } from '../vocabulary';

/** Authors (`content/authors/<slug>.yaml`): people, or the firm publishing under its own name. */
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
    kind: select('Author is', AUTHOR_KINDS, 'person'),
    role: text('Role', {
      description: 'Job title shown in bylines, such as "Fractional CTO". Organisations usually leave it empty.',
      kind: 'label',
    }),
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
    formerPaths: formerPaths(),
  },
});
