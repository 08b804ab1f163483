import { checkbox, group, image, text, webAddress } from '../fields';
import { SEARCH_LENGTHS } from '../vocabulary';

/**
 * The meta description. Outside the length search results show in full (`SEARCH_LENGTHS`)
 * `npm run check` warns; the admin and the build refuse only what breaks the summary kind's rules.
 */
export const metaDescription = () =>
  text('Meta description', {
    description: `Shown in search results, which show ${SEARCH_LENGTHS.description.min}-${SEARCH_LENGTHS.description.max} characters.`,
    kind: 'summary',
    required: true,
  });

/** Search-engine overrides of an entry with a page; all optional. */
export const seoOverrides = (folder: string) =>
  group(
    'SEO',
    {
      title: text('Meta title', {
        description: `Replaces the title in search results, which show about ${SEARCH_LENGTHS.title.max} characters.`,
        kind: 'title',
      }),
      canonical: webAddress('Canonical URL', {
        description: "Only when another page of this site is the original: its full address on this site's own domain.",
        example: 'https://www.example.com/journal/original-post/',
      }),
      noindex: checkbox('Hide from search engines (noindex)'),
      ogImage: image('Custom social image (1200x630)', { folder }),
    },
    'defaulted',
  );
