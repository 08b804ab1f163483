import { fields } from '@keystatic/core';
import slugify from '@sindresorhus/slugify';
import {
  LINK_PATTERN,
  SEARCH_LENGTHS,
  SLUG_MAX,
  SLUG_PATTERN,
  WEB_ADDRESS_PATTERN,
  shortenSlug,
} from '../schemas/vocabulary';

/**
 * Where images uploaded through the admin are stored; Astro's image pipeline optimises them from there.
 * Paths are written relative to the entry file (`fromRoot` for files directly in `content/`).
 */
export const imageStore = (folder: string, fromRoot = false) => ({
  directory: `content/images/${folder}`,
  publicPath: `${fromRoot ? './' : '../'}images/${folder}/`,
  transformFilename: uploadName,
});

/**
 * The file name an image uploaded into a post's body is stored under: its own name made URL-safe, plus
 * a short random tag. Every pasted screenshot is called "image.png", and without the tag the second
 * would overwrite the first in the post's folder. (Keystatic applies this to images in bodies only;
 * fields such as the hero image are named after the field.)
 */
export function uploadName(original: string): string {
  const dot = original.lastIndexOf('.');
  const extension = dot >= 0 ? original.slice(dot + 1).toLowerCase() : '';
  const base = shortenSlug(slugify(dot >= 0 ? original.slice(0, dot) : original))
    .slice(0, 40)
    .replace(/-+$/, '');
  const tag = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, '0'));
  return `${base || 'image'}-${tag.join('')}${extension ? `.${extension}` : ''}`;
}

/**
 * The title field that also names the file; slugs are checked against the site's slug format and made
 * from the title as Keystatic does, cut to whole words within {@link SLUG_MAX} characters.
 */
export const titleSlug = (label: string, description?: string) =>
  fields.slug({
    name: { label, description, validation: { isRequired: true } },
    slug: {
      description: `Part of the URL: lowercase words joined by hyphens, at most ${SLUG_MAX} characters.`,
      generate: (title) => shortenSlug(slugify(title)),
      validation: {
        length: { max: SLUG_MAX },
        pattern: { regex: SLUG_PATTERN, message: 'Use lowercase letters, digits and single hyphens.' },
      },
    },
  });

/** A required single-line text. */
export const required = (label: string, description?: string, multiline = false) =>
  fields.text({ label, description, multiline, validation: { isRequired: true } });

/**
 * A required link, checked as the build checks it: a page of this site, an anchor, a web address or
 * an email address ("linkedin.com/in/…" without https:// would be refused by the build).
 */
export const link = (label: string, description?: string) =>
  fields.text({
    label,
    description,
    validation: {
      isRequired: true,
      pattern: {
        regex: LINK_PATTERN,
        message:
          'Start with / for a page of this site, # for a section, https:// for another site or mailto: for email.',
      },
    },
  });

/** A web address starting with https:// (or http://); `isRequired: false` also accepts an empty field. */
export const webAddress = (label: string, description: string, isRequired: boolean) =>
  fields.text({
    label,
    description,
    validation: {
      isRequired,
      pattern: {
        regex: isRequired ? WEB_ADDRESS_PATTERN : new RegExp(`^$|${WEB_ADDRESS_PATTERN.source}`),
        message: 'Enter the full address, starting with https://, such as https://www.example.com.',
      },
    },
  });

/** An optional single-line text. */
export const optional = (label: string, description?: string, multiline = false) =>
  fields.text({ label, description, multiline });

/** An image and its required alt text; `fromRoot` for files that sit directly in `content/` (singletons). */
export const imageWithAlt = (label: string, folder: string, isRequired: boolean, fromRoot = false) =>
  fields.object(
    {
      image: fields.image({ label, ...imageStore(folder, fromRoot), validation: { isRequired } }),
      alt: fields.text({
        label: 'Alt text',
        description: 'Describe what the image shows for readers who cannot see it.',
        validation: { isRequired },
      }),
    },
    { label },
  );

/** The meta description field: required, at a length search results show in full. */
export const metaDescription = () =>
  fields.text({
    label: 'Meta description',
    description: `Shown in search results: ${SEARCH_LENGTHS.description.min}-${SEARCH_LENGTHS.description.max} characters.`,
    multiline: true,
    validation: { isRequired: true, length: SEARCH_LENGTHS.description },
  });

/** A call-to-action: headline, text and a button. */
export const callToAction = (label: string) =>
  fields.object(
    {
      headline: required('Headline'),
      text: optional('Text', 'One sentence under the headline.'),
      label: required('Button label'),
      href: link('Button link', 'A site path such as /services/code-audit/ or a full URL.'),
    },
    { label },
  );

/** Search-engine overrides shared by posts and services. */
export const seoOverrides = (folder: string) =>
  fields.object(
    {
      title: fields.text({
        label: 'Meta title',
        description: `Replaces the title in search results; at most ${SEARCH_LENGTHS.title.max} characters.`,
        validation: { length: SEARCH_LENGTHS.title },
      }),
      canonical: optional('Canonical URL', 'Only when this page is republished from elsewhere: the original URL.'),
      noindex: fields.checkbox({ label: 'Hide from search engines (noindex)', defaultValue: false }),
      ogImage: fields.image({ label: 'Custom social image (1200x630)', ...imageStore(folder) }),
    },
    { label: 'SEO' },
  );

/** A list of former slugs that should keep redirecting here. */
export const formerSlugs = () =>
  fields.array(
    fields.text({
      label: 'Former slug',
      validation: {
        isRequired: true,
        pattern: { regex: SLUG_PATTERN, message: 'Use lowercase letters, digits and single hyphens.' },
      },
    }),
    {
      label: 'Former slugs',
      description: 'Old URLs of this entry keep working: list the slugs it used to have.',
      itemLabel: (props) => props.value || 'slug',
    },
  );
