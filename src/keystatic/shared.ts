import { fields } from '@keystatic/core';
import slugify from '@sindresorhus/slugify';
import {
  LINK_PATTERN,
  SEARCH_LENGTHS,
  SLUG_MAX,
  SLUG_PATTERN,
  TEXT_KINDS,
  URL_MAX,
  WEB_ADDRESS_PATTERN,
  shortenSlug,
  textMessage,
  textPattern,
  type TextKind,
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
    name: { label, description, validation: textValidation('title', true) },
    slug: {
      description: `Part of the URL: lowercase words joined by hyphens, at most ${SLUG_MAX} characters.`,
      generate: (title) => shortenSlug(slugify(title)),
      validation: {
        length: { max: SLUG_MAX },
        pattern: { regex: SLUG_PATTERN, message: 'Use lowercase letters, digits and single hyphens.' },
      },
    },
  });

/**
 * The validation of a text field of a kind, as the build's `requiredText`/`optionalText` of the same
 * kind applies it: its length limit, and the one pattern (`textPattern`) for visible text without
 * control or text-direction characters, on one line unless the kind is multi-line.
 */
export const textValidation = (kind: TextKind, isRequired: boolean) => ({
  isRequired,
  length: { max: TEXT_KINDS[kind].max },
  pattern: { regex: textPattern(kind, isRequired), message: textMessage(kind) },
});

/** A required text of a kind (`TEXT_KINDS`: title by default); summaries and prose are multi-line. */
export const required = (label: string, description?: string, kind: TextKind = 'title') =>
  fields.text({ label, description, multiline: TEXT_KINDS[kind].multiline, validation: textValidation(kind, true) });

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
      length: { max: URL_MAX },
      pattern: {
        regex: LINK_PATTERN,
        message:
          'Start with a single / for a page of this site, # for a section, https:// for another site or mailto: for email, with no spaces or backslashes.',
      },
    },
  });

/** A web address starting with https://; `isRequired: false` also accepts an empty field. */
export const webAddress = (label: string, description: string, isRequired: boolean) =>
  fields.text({
    label,
    description,
    validation: {
      isRequired,
      length: { max: URL_MAX },
      pattern: {
        regex: isRequired ? WEB_ADDRESS_PATTERN : new RegExp(`^$|${WEB_ADDRESS_PATTERN.source}`, 'u'),
        message: 'Enter the full address, starting with https://, such as https://www.example.com.',
      },
    },
  });

/** An optional text of a kind (`TEXT_KINDS`: one line of up to 300 characters by default). */
export const optional = (label: string, description?: string, kind: TextKind = 'line') =>
  fields.text({ label, description, multiline: TEXT_KINDS[kind].multiline, validation: textValidation(kind, false) });

/** An image and its required alt text; `fromRoot` for files that sit directly in `content/` (singletons). */
export const imageWithAlt = (label: string, folder: string, isRequired: boolean, fromRoot = false) =>
  fields.object(
    {
      image: fields.image({ label, ...imageStore(folder, fromRoot), validation: { isRequired } }),
      alt: fields.text({
        label: 'Alt text',
        description: 'Describe what the image shows for readers who cannot see it.',
        validation: textValidation('line', isRequired),
      }),
    },
    { label },
  );

/**
 * The meta description field. Outside the length search results show in full (`SEARCH_LENGTHS`)
 * `npm run check` warns; like the build, the admin refuses only what breaks the summary kind's rules.
 */
export const metaDescription = () =>
  required(
    'Meta description',
    `Shown in search results, which show ${SEARCH_LENGTHS.description.min}-${SEARCH_LENGTHS.description.max} characters.`,
    'summary',
  );

/** A call-to-action: headline, text and a button. */
export const callToAction = (label: string) =>
  fields.object(
    {
      headline: required('Headline'),
      text: optional('Text', 'One sentence under the headline.'),
      label: required('Button label', undefined, 'label'),
      href: link('Button link', 'A site path such as /services/code-audit/ or a full URL.'),
    },
    { label },
  );

/** Search-engine overrides shared by posts and services. */
export const seoOverrides = (folder: string) =>
  fields.object(
    {
      title: optional(
        'Meta title',
        `Replaces the title in search results, which show about ${SEARCH_LENGTHS.title.max} characters.`,
        'title',
      ),
      canonical: webAddress(
        'Canonical URL',
        "Only when another page of this site is the original: its full address on this site's own domain.",
        false,
      ),
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
