import { z } from 'astro/zod';
import { LINK_PATTERN, SLUG_PATTERN } from './vocabulary';

/** A required, trimmed single-line text. */
export const requiredText = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} is required (write some text)` });

/** An optional text: Keystatic writes an empty string or omits the key; both mean "not set". */
export const optionalText = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * A calendar date as Keystatic writes it (`2026-03-04`, unquoted YAML). Read as midnight UTC so the
 * date an editor picked is the date the site shows, whatever the build machine's time zone. Numbers
 * and free text such as "March 4" are refused, and so are days that do not exist (2026-02-30).
 */
export const calendarDate = (field: string) => {
  const error = `${field} must be a date written as YYYY-MM-DD`;
  return z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error })], { error }).transform((value, ctx) => {
    const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
    const real = !Number.isNaN(date.getTime()) && (value instanceof Date || date.toISOString().startsWith(value));
    if (!real) ctx.addIssue({ code: 'custom', message: `${error} (${String(value)} is not a day in the calendar)` });
    return date;
  });
};

/** The slug of another entry (a reference), checked against existing entries when the site loads. */
export const slugRef = (what: string) =>
  z.string().regex(SLUG_PATTERN, { error: `must be the slug of a ${what} (lowercase words joined by hyphens)` });

/** A list of references; `min` is how many must be picked. */
export const slugRefs = (what: string, min = 0) => {
  const list = z.array(slugRef(what));
  return min > 0 ? list.min(min, { error: `pick at least ${min} ${what}${min > 1 ? 's' : ''}` }) : list.default([]);
};

/** A link target: a site path (`/journal/x/`), an in-page anchor, or an http(s)/mailto URL. */
export const href = (field: string) =>
  requiredText(field).refine((value) => LINK_PATTERN.test(value), {
    error: `${field} must start with "/", "#", "https://" or "mailto:"`,
  });

/** An image with its alternative text; the alt text is required wherever an image is. */
export const imageWithAlt = <I extends z.ZodType>(image: () => I, field: string) =>
  z
    .object({
      /** The image file, relative to the entry. */
      image: image(),
      /** What the image shows, read aloud by screen readers. */
      alt: requiredText(`${field}.alt`).describe('alt text'),
    })
    .strict();

/** Same as `imageWithAlt`, but the whole image may be left out; an image without alt text is still an error. */
export const optionalImageWithAlt = <I extends z.ZodType>(image: () => I, field: string) =>
  z.preprocess(
    (value) =>
      value && typeof value === 'object' && !(value as { image?: unknown }).image && !(value as { alt?: unknown }).alt
        ? undefined
        : value,
    imageWithAlt(image, field).optional(),
  );

/** A call-to-action block: headline, one line of text and a button. */
export const callToAction = () =>
  z
    .object({
      /** Large text of the block. */
      headline: requiredText('headline'),
      /** One sentence under the headline. */
      text: optionalText(),
      /** Button label. */
      label: requiredText('label'),
      /** Where the button leads. */
      href: href('href'),
    })
    .strict();

/** Search-engine overrides shared by posts and services. All optional. */
export const seoOverrides = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** Replaces the entry title in `<title>`; keep it under 60 characters. */
      title: optionalText(),
      /** Absolute URL of the original when the entry is republished from elsewhere. */
      canonical: optionalText().refine((value) => !value || /^https?:\/\//.test(value), {
        error: 'seo.canonical must be an absolute URL starting with https://',
      }),
      /** Asks search engines not to index the page (default: indexed). */
      noindex: z.boolean().default(false),
      /** Replaces the generated Open Graph image. */
      ogImage: z.preprocess((value) => (value === '' || value === null ? undefined : value), image().optional()),
    })
    .strict()
    .prefault({});
