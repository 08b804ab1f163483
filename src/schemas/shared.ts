import { z } from 'astro/zod';
import { SLUG_PATTERN, URL_MAX, WEB_ADDRESS_PATTERN, linkProblem, textProblem, type TextKind } from './vocabulary';

/** Adds the problem `problem` finds in a string as a zod issue. */
const refuse =
  (problem: (value: string) => string | undefined) => (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };

/**
 * A required, trimmed text of a kind (`TEXT_KINDS`: its length limit, and whether line breaks are
 * allowed): visible text, no control or text-direction character. The admin's field of the same kind
 * tests the same pattern.
 */
export const requiredText = (field: string, kind: TextKind = 'title') =>
  z
    .string({ error: `${field} is required` })
    .superRefine(refuse((value) => textProblem(field, value, kind, true)))
    .trim();

/** An optional text of a kind: Keystatic writes an empty string or omits the key; both mean "not set". */
export const optionalText = (field: string, kind: TextKind = 'line') =>
  z
    .string()
    .superRefine(refuse((value) => textProblem(field, value, kind, false)))
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

/**
 * A link target as `LINK_PATTERN` allows it: a site path (`/journal/x/`), an in-page anchor, or an
 * https:// or mailto: address. Not trimmed: the admin refuses white space in links, and so does this.
 */
export const href = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .superRefine(refuse((value) => (value.trim() === '' ? `${field} is required` : linkProblem(field, value))));

/** An optional absolute https:// address (`WEB_ADDRESS_PATTERN`); empty means "not set". */
export const optionalWebAddress = (field: string, example = 'https://www.example.com/') =>
  z
    .string()
    .superRefine(
      refuse((value) =>
        value === '' || (value.length <= URL_MAX && WEB_ADDRESS_PATTERN.test(value))
          ? undefined
          : value.length > URL_MAX
            ? `${field} is ${value.length} characters long, more than ${URL_MAX} (shorten it)`
            : `${field} must be a full address starting with https:// (write it as ${example})`,
      ),
    )
    .optional()
    .transform((value) => (value ? value : undefined));

/** An image with its alternative text; the alt text is required wherever an image is. */
export const imageWithAlt = <I extends z.ZodType>(image: () => I, field: string) =>
  z
    .object({
      /** The image file, relative to the entry. */
      image: image(),
      /** What the image shows, read aloud by screen readers. */
      alt: requiredText(`${field}.alt`, 'line').describe('alt text'),
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
      text: optionalText('text'),
      /** Button label. */
      label: requiredText('label', 'label'),
      /** Where the button leads. */
      href: href('href'),
    })
    .strict();

/** Search-engine overrides shared by posts and services. All optional. */
export const seoOverrides = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** Replaces the entry title in `<title>`; keep it under 60 characters. */
      title: optionalText('seo.title', 'title'),
      /**
       * The page's canonical address when another page of this site is the original: a full https://
       * address on the site's own origin (`npm run check` compares it with `siteUrl`).
       */
      canonical: optionalWebAddress('seo.canonical', 'https://www.example.com/journal/original-post/'),
      /** Asks search engines not to index the page (default: indexed). */
      noindex: z.boolean().default(false),
      /** Replaces the generated Open Graph image. */
      ogImage: z.preprocess((value) => (value === '' || value === null ? undefined : value), image().optional()),
    })
    .strict()
    .prefault({});
