import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import {
  FORMER_PATH_MAX,
  FORMER_PATH_PATTERN,
  SLUG_PATTERN,
  URL_MAX,
  WEB_ADDRESS_PATTERN,
  linkProblem,
  textProblem,
  type TextKind,
} from './vocabulary';

/**
 * Field builders: each field of a content type is written once, as a call below, and yields both its
 * admin field (`admin`, a plain description that `src/keystatic/fields.ts` turns into a Keystatic
 * field) and the zod schema the content layer and `npm run check` validate it with (`schema`). Label,
 * description, limits and messages come from the same call, so the admin and the build cannot drift.
 */

/** What the zod side of a field needs to know: where it is (for messages) and how images are read. */
export interface SchemaContext {
  /** The field's path in messages: `title`, `seo.title`, `links[].url`. */
  path: string;
  /** Astro's `image()` (or a stand-in that accepts a path, for the check and tests). */
  image: () => z.ZodType;
  /** The singular noun of a collection, for reference messages ("the slug of a category"). */
  noun: (collection: string) => string;
  /**
   * The typography a reader sees in bodies, for every other text (`src/lib/markdown/typeset.ts`): the
   * build and the check pass it; the admin never runs a schema, so the content model needs no parser.
   */
  typeset: (text: string) => string;
}

/** The admin side of a field: what the Keystatic adapter builds from. */
export type AdminField =
  | {
      kind: 'text';
      label: string;
      description?: string;
      textKind: TextKind;
      required: boolean;
      /** Text the value must contain (a template's placeholder). */
      mustContain?: string;
    }
  | { kind: 'slug'; label: string; description?: string }
  | { kind: 'link'; label: string; description?: string; required?: boolean }
  | { kind: 'webAddress'; label: string; description: string; required: boolean }
  | { kind: 'email'; label: string; description?: string }
  | { kind: 'slugText'; label: string }
  | { kind: 'sitePath'; label: string }
  | { kind: 'date'; label: string; description?: string; required: boolean }
  | { kind: 'checkbox'; label: string; description?: string; defaultValue: boolean }
  | {
      kind: 'integer';
      label: string;
      description?: string;
      defaultValue?: number;
      min?: number;
      max?: number;
      required?: boolean;
    }
  | {
      kind: 'choice';
      label: string;
      description?: string;
      /** Each choice, with the fields it asks for (none for a choice that is complete by itself). */
      options: readonly { value: string; label: string; fields: Record<string, AdminField> }[];
      defaultValue: string;
    }
  | { kind: 'select'; label: string; options: readonly string[]; defaultValue: string }
  | { kind: 'image'; label: string; folder: string; required: boolean; fromRoot?: boolean }
  | { kind: 'relationship'; label: string; description?: string; collection: string; required: boolean }
  | { kind: 'relationships'; label: string; description?: string; collection: string; min: number }
  | {
      kind: 'array';
      label: string;
      description?: string;
      element: AdminField;
      /** The label of an item in the admin's list, from its value. */
      itemLabel?: (value: never) => string;
      min?: number;
      max?: number;
    }
  | { kind: 'object'; label?: string; fields: Record<string, AdminField> }
  | {
      kind: 'body';
      label: string;
      /** Where images pasted into the body are stored (`content/images/<folder>/`), or false for none. */
      images: string | false;
      /** The blocks the body may hold. */
      blocks: readonly string[];
      /** The heading levels the body may use. */
      headings: readonly number[];
      /** Markdown tables and code blocks (default: allowed). */
      tables?: boolean;
      codeBlocks?: boolean;
    };

/** A field of a content type: its admin description and its zod schema, whose output is `Out`. */
export interface Field<Out = unknown> {
  readonly admin: AdminField;
  readonly schema: (ctx: SchemaContext) => z.ZodType<Out>;
}

/** The MDX body of an entry: an admin field only (the build reads the body itself, not through zod). */
export interface BodyField extends Field<never> {
  readonly admin: Extract<AdminField, { kind: 'body' }>;
  readonly body: true;
}

/** The value a field yields once validated. */
export type FieldOutput<F> = F extends Field<infer T> ? T : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The validated value of an object of fields: body fields left out, fields that may be unset optional. */
export type ObjectOutput<F extends Record<string, Field<unknown>>> = Simplify<
  {
    [K in keyof F as F[K] extends BodyField ? never : undefined extends FieldOutput<F[K]> ? never : K]: FieldOutput<
      F[K]
    >;
  } & {
    [K in keyof F as F[K] extends BodyField ? never : undefined extends FieldOutput<F[K]> ? K : never]?: FieldOutput<
      F[K]
    >;
  }
>;

/** A field of its own kind, for a type's special case: its admin description and zod schema side by side. */
export const field = <Out>(admin: AdminField, schema: (ctx: SchemaContext) => z.ZodType<Out>): Field<Out> => ({
  admin,
  schema,
});

/** Adds the problem `problem` finds in a string as a zod issue. */
const refuse =
  (problem: (value: string) => string | undefined) => (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };

/** Options shared by most fields. */
interface Described {
  description?: string;
}

/**
 * A text of a kind (`TEXT_KINDS`: its length limit, and whether line breaks are allowed): visible
 * text, no control or text-direction character. Required text is trimmed; optional text that is empty
 * or only white space is "not set" (Keystatic writes an empty string or omits the key).
 */
export function text(
  label: string,
  options: Described & { kind?: TextKind; required: true; mustContain?: string },
): Field<string>;
export function text(
  label: string,
  options?: Described & { kind?: TextKind; required?: false; mustContain?: string },
): Field<string | undefined>;
export function text(
  label: string,
  {
    description,
    kind = 'line',
    required = false,
    mustContain,
  }: Described & {
    kind?: TextKind;
    required?: boolean;
    mustContain?: string;
  } = {},
): Field<string | undefined> {
  return field({ kind: 'text', label, description, textKind: kind, required, mustContain }, ({ path, typeset }) => {
    const checked = z
      .string(required ? { error: `${path} is required` } : undefined)
      .superRefine(
        refuse(
          (value) =>
            textProblem(path, value, kind, required) ??
            (mustContain && value.trim() !== '' && !value.includes(mustContain)
              ? `${path} must contain ${mustContain}`
              : undefined),
        ),
      )
      .trim()
      .transform(typeset);
    return required ? checked : checked.optional().transform((value) => (value ? value : undefined));
  });
}

/** The title (or name, or question) that also names the entry's file: its slug is made from it. */
export const slugTitle = (label: string, description?: string): Field<string> =>
  field({ kind: 'slug', label, description }, text(label, { kind: 'title', required: true }).schema);

/**
 * A required link as `LINK_PATTERN` allows it: a site path (`/journal/x/`), an in-page anchor, or an
 * https:// or mailto: address. Not trimmed: white space in a link is refused.
 */
export const link = (label: string, description?: string): Field<string> =>
  field({ kind: 'link', label, description }, ({ path }) =>
    z
      .string({ error: `${path} is required` })
      .superRefine(refuse((value) => (value.trim() === '' ? `${path} is required` : linkProblem(path, value)))),
  );

/** A link that may be left empty ("not set"); when given, held to the same policy as `link`. */
export const optionalLink = (label: string, description?: string): Field<string | undefined> =>
  field({ kind: 'link', label, description, required: false }, ({ path }) =>
    z
      .string()
      .superRefine(refuse((value) => (value === '' ? undefined : linkProblem(path, value))))
      .optional()
      .transform((value) => (value ? value : undefined)),
  );

/** What is wrong with `value` as an absolute https:// address (`WEB_ADDRESS_PATTERN`). */
const webAddressProblem = (path: string, example: string) => (value: string) => {
  if (value.length > URL_MAX) return `${path} is ${value.length} characters long, more than ${URL_MAX} (shorten it)`;
  if (!WEB_ADDRESS_PATTERN.test(value))
    return `${path} must be a full address starting with https:// (write it as ${example})`;
  if (!URL.canParse(value)) return `${path} must be an absolute URL (write it as ${example})`;
  return undefined;
};

/** An absolute https:// address; an optional one may be left empty ("not set"). */
export function webAddress(
  label: string,
  options: { description: string; example: string; required: true },
): Field<string>;
export function webAddress(
  label: string,
  options: { description: string; example: string; required?: false },
): Field<string | undefined>;
export function webAddress(
  label: string,
  { description, example, required = false }: { description: string; example: string; required?: boolean },
): Field<string | undefined> {
  return field({ kind: 'webAddress', label, description, required }, ({ path }) => {
    const problem = webAddressProblem(path, example);
    if (required) return z.string({ error: `${path} is required` }).superRefine(refuse(problem));
    return z
      .string()
      .superRefine(refuse((value) => (value === '' ? undefined : problem(value))))
      .optional()
      .transform((value) => (value ? value : undefined));
  });
}

/** A required email address. */
export const email = (label: string, description?: string): Field<string> =>
  field({ kind: 'email', label, description }, ({ path }) =>
    z.email({ error: `${path} must be an email address such as hello@example.com` }),
  );

/**
 * A calendar date as Keystatic writes it (`2026-03-04`, unquoted YAML). Read as midnight UTC so the
 * date an editor picked is the date the site shows, whatever the build machine's time zone. Numbers
 * and free text such as "March 4" are refused, and so are days that do not exist (2026-02-30).
 */
export function date(label: string, options: Described & { required: true }): Field<Date>;
export function date(label: string, options?: Described & { required?: false }): Field<Date | undefined>;
export function date(
  label: string,
  { description, required = false }: Described & { required?: boolean } = {},
): Field<Date | undefined> {
  return field({ kind: 'date', label, description, required }, ({ path }) => {
    const error = `${path} must be a date written as YYYY-MM-DD`;
    const day = z
      .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error })], { error })
      .transform((value, ctx) => {
        const parsed = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
        const real =
          !Number.isNaN(parsed.getTime()) && (value instanceof Date || parsed.toISOString().startsWith(value));
        if (!real)
          ctx.addIssue({ code: 'custom', message: `${error} (${String(value)} is not a day in the calendar)` });
        return parsed;
      });
    return required
      ? day
      : z.preprocess((value) => (value === '' || value === null ? undefined : value), day.optional());
  });
}

/** A yes/no choice with its default. */
export const checkbox = (
  label: string,
  { description, defaultValue = false }: Described & { defaultValue?: boolean } = {},
): Field<boolean> =>
  field({ kind: 'checkbox', label, description, defaultValue }, () => z.boolean().default(defaultValue));

/** A whole number, with its default and bounds. */
export const integer = (
  label: string,
  { description, defaultValue = 0, min, max }: Described & { defaultValue?: number; min?: number; max?: number } = {},
): Field<number> =>
  field({ kind: 'integer', label, description, defaultValue, min, max }, ({ path }) =>
    wholeNumber(path, min, max).default(defaultValue),
  );

/** A whole number the editor must enter (an amount): no default, at least `min`. */
export const amount = (label: string, { description, min = 1 }: Described & { min?: number } = {}): Field<number> =>
  field({ kind: 'integer', label, description, min, required: true }, ({ path }) => wholeNumber(path, min));

const wholeNumber = (path: string, min?: number, max?: number) => {
  let number = z.number({ error: `${path} must be a whole number` }).int({ error: `${path} must be a whole number` });
  if (min !== undefined) number = number.min(min, { error: `${path} must be ${min} or more` });
  if (max !== undefined) number = number.max(max, { error: `${path} must be ${max} or less` });
  return number;
};

/** The value of a `choice`: which option was chosen, and the fields that option asks for. */
export type ChoiceOutput<O extends Record<string, { fields: Record<string, Field<unknown>> }>> = {
  [K in keyof O & string]: [keyof O[K]['fields']] extends [never]
    ? { discriminant: K; value?: null }
    : { discriminant: K; value: ObjectOutput<O[K]['fields']> };
}[keyof O & string];

/**
 * One of several options, each asking for its own fields (Keystatic's conditional field): a price that
 * is fixed asks for an amount, a range for two, "on request" for nothing. Written as
 * `{ discriminant: <option>, value: { ...its fields } }`.
 */
export function choice<const O extends Record<string, { label: string; fields: Record<string, Field<unknown>> }>>(
  label: string,
  options: O,
  defaultValue: keyof O & string,
  description?: string,
): Field<ChoiceOutput<O>> {
  const entries = Object.entries(options);
  return field(
    {
      kind: 'choice',
      label,
      description,
      options: entries.map(([value, option]) => ({ value, label: option.label, fields: adminFields(option.fields) })),
      defaultValue,
    },
    (ctx) => {
      const values = entries.map(([value, option]) =>
        z
          .object({
            discriminant: z.literal(value),
            value: Object.keys(option.fields).length
              ? zodObject(option.fields, { ...ctx, path: `${ctx.path}.value` }).strict()
              : z.null().optional(),
          })
          .strict(),
      );
      const names = entries.map(([value]) => value).join(', ');
      const union = z.discriminatedUnion('discriminant', values as never, {
        error: `${ctx.path}.discriminant must be one of: ${names}`,
      });
      // A choice whose default asks for nothing may be left out: it reads as that default.
      const omissible = Object.keys(options[defaultValue]!.fields).length === 0;
      return (omissible ? union.default({ discriminant: defaultValue } as never) : union) as unknown as z.ZodType<
        ChoiceOutput<O>
      >;
    },
  );
}

/** One of a list of values (labels from `LABELS`), with its default. */
export const select = <const V extends readonly [string, ...string[]]>(
  label: string,
  options: V,
  defaultValue: V[number],
): Field<V[number]> =>
  field({ kind: 'select', label, options, defaultValue }, ({ path }) =>
    z.enum(options, { error: `${path} must be one of: ${options.join(', ')}` }).default(defaultValue),
  );

/**
 * An image file, stored in `content/images/<folder>/` (`fromRoot` for the settings file, which sits
 * directly in `content/`). An optional one may be left empty.
 */
export function image(
  label: string,
  options: { folder: string; required: true; fromRoot?: boolean },
): Field<ImageMetadata>;
export function image(
  label: string,
  options: { folder: string; required?: false; fromRoot?: boolean },
): Field<ImageMetadata | undefined>;
export function image(
  label: string,
  { folder, required = false, fromRoot }: { folder: string; required?: boolean; fromRoot?: boolean },
): Field<ImageMetadata | undefined> {
  return field({ kind: 'image', label, folder, required, fromRoot }, (ctx) =>
    required
      ? (ctx.image() as z.ZodType<ImageMetadata>)
      : z.preprocess(
          (value) => (value === '' || value === null ? undefined : value),
          (ctx.image() as z.ZodType<ImageMetadata>).optional(),
        ),
  );
}

/** The slug of an entry of another collection, checked against existing entries when the site loads. */
const slugOf = (what: string) =>
  z.string().regex(SLUG_PATTERN, { error: `must be the slug of a ${what} (lowercase words joined by hyphens)` });

/** One entry of `collection`, picked from a list. */
export const relationship = (label: string, collection: string, description?: string): Field<string> =>
  field({ kind: 'relationship', label, description, collection, required: true }, (ctx) =>
    slugOf(ctx.noun(collection)),
  );

/** Entries of `collection`, in order; `min` is how many must be picked. */
export const relationships = (
  label: string,
  collection: string,
  { description, min = 0 }: Described & { min?: number } = {},
): Field<string[]> =>
  field({ kind: 'relationships', label, description, collection, min }, (ctx) => {
    const what = ctx.noun(collection);
    const list = z.array(slugOf(what));
    return min > 0 ? list.min(min, { error: `pick at least ${min} ${what}${min > 1 ? 's' : ''}` }) : list.default([]);
  });

/** A list of values of one field; `min`/`max` bound its length. */
export const list = <F extends Field<unknown>>(
  label: string,
  element: F,
  {
    description,
    itemLabel,
    min = 0,
    max,
    tooFew,
    tooMany,
  }: Described & {
    itemLabel?: (value: FieldOutput<F>) => string;
    min?: number;
    max?: number;
    /** Messages when the list is too short or too long (a default otherwise). */
    tooFew?: string;
    tooMany?: string;
  } = {},
): Field<FieldOutput<F>[]> =>
  field(
    { kind: 'array', label, description, element: element.admin, itemLabel: itemLabel as never, min, max },
    (ctx) => {
      let array = z.array(element.schema({ ...ctx, path: `${ctx.path}[]` }) as z.ZodType<FieldOutput<F>>);
      if (min > 0) array = array.min(min, { error: tooFew ?? `${ctx.path}: add at least ${min}` });
      if (max !== undefined) array = array.max(max, { error: tooMany ?? `${ctx.path}: use at most ${max}` });
      return min > 0 ? array : (array.default([]) as unknown as z.ZodType<FieldOutput<F>[]>);
    },
  );

/** Builds the zod object of `fields` (body fields left out), each field's path under `path`. */
export function zodObject<F extends Record<string, Field<unknown>>>(
  fields: F,
  ctx: SchemaContext,
): z.ZodObject<Record<string, z.ZodType>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, child] of Object.entries(fields)) {
    if ((child as Partial<BodyField>).body) continue;
    shape[name] = child.schema({ ...ctx, path: ctx.path ? `${ctx.path}.${name}` : name });
  }
  return z.object(shape);
}

/**
 * Fields grouped under one key. A group is strict (unknown keys are errors); an `optional` group may
 * be left out, and counts as not set when all of its fields are empty; a `defaulted` group whose
 * fields all have defaults may be left out and reads as those defaults.
 */
/** Checks across a group's fields, run after each field's own. */
export type GroupRefine<F extends Record<string, Field<unknown>>> = (
  value: ObjectOutput<F>,
  ctx: z.core.$RefinementCtx<ObjectOutput<F>>,
  path: string,
) => void;

export function group<F extends Record<string, Field<unknown>>>(
  label: string | undefined,
  fields: F,
  mode: 'required' | 'defaulted',
  refine?: GroupRefine<F>,
): Field<ObjectOutput<F>>;
export function group<F extends Record<string, Field<unknown>>>(
  label: string | undefined,
  fields: F,
  mode: 'optional',
  refine?: GroupRefine<F>,
): Field<ObjectOutput<F> | undefined>;
export function group<F extends Record<string, Field<unknown>>>(
  label: string | undefined,
  fields: F,
  mode: 'required' | 'optional' | 'defaulted' = 'required',
  refine?: GroupRefine<F>,
): Field<ObjectOutput<F> | undefined> {
  const admin: AdminField = { kind: 'object', label, fields: adminFields(fields) };
  return field(admin, (ctx) => {
    const strict = zodObject(fields, ctx).strict();
    const object = (refine
      ? strict.superRefine((value, c) => refine(value as never, c as never, ctx.path))
      : strict) as unknown as z.ZodType<ObjectOutput<F>>;
    if (mode === 'defaulted') return (object as unknown as z.ZodObject).prefault({}) as never;
    if (mode === 'required') return object;
    const empty = (value: unknown) =>
      value !== null &&
      typeof value === 'object' &&
      Object.values(value as Record<string, unknown>).every((v) => v === undefined || v === null || v === '');
    return z.preprocess((value) => (empty(value) ? undefined : value), object.optional());
  });
}

/** The admin descriptions of a record of fields. */
export const adminFields = (fields: Record<string, Field<unknown>>): Record<string, AdminField> =>
  Object.fromEntries(Object.entries(fields).map(([name, child]) => [name, child.admin]));

/** The MDX body of an entry, with what it may hold. */
export const body = (
  label: string,
  options: {
    images: string | false;
    blocks: readonly string[];
    headings: readonly number[];
    tables?: boolean;
    codeBlocks?: boolean;
  },
): BodyField => ({
  admin: { kind: 'body', label, ...options },
  body: true,
  schema: () => z.never(),
});

/**
 * The path the admin writes for an image stored in `content/images/<folder>/`, as seen from an entry's
 * file (`../images/figures/`), or from the settings file at `content/` (`./images/site/`). Images of a
 * body or a block are kept one folder deeper, per entry: see {@link adminImagePrefix}.
 */
export const imagePublicPath = (folder: string, fromRoot = false): string =>
  `${fromRoot ? './' : '../'}images/${folder}/`;

/**
 * The only image paths the admin reads back in entry `slug`'s body (a Markdown image or a Figure block):
 * `../images/<folder>/<slug>/<file name>`. Keystatic strips this prefix to find the file, and an image
 * written elsewhere is dropped (or turned into text) the next time the entry is saved.
 */
export const adminImagePrefix = (folder: string, slug: string): string => `${imagePublicPath(folder)}${slug}/`;

// Fields several content types share.

/**
 * The alt text of every image an editor adds: a hero or profile image, a Figure block, and an image
 * placed in a body from the editor's toolbar. One line, required.
 */
export const altText = (): Field<string> =>
  text('Alt text', {
    description: 'Describe what the image shows for readers who cannot see it.',
    kind: 'line',
    required: true,
  });

/** An image and its alt text; the alt text is required wherever an image is. */
export function imageWithAlt(
  label: string,
  folder: string,
  required: true,
  fromRoot?: boolean,
): Field<{ image: ImageMetadata; alt: string }>;
export function imageWithAlt(
  label: string,
  folder: string,
  required: false,
  fromRoot?: boolean,
): Field<{ image: ImageMetadata; alt: string } | undefined>;
export function imageWithAlt(label: string, folder: string, required: boolean, fromRoot?: boolean) {
  const fields = {
    image: image(label, { folder, required: true, fromRoot }),
    alt: altText(),
  };
  if (required) return group(label, fields, 'required');
  // The admin shows both parts as optional when the whole image may be left out.
  const made = group(label, fields, 'optional');
  return {
    ...made,
    admin: {
      kind: 'object',
      label,
      fields: {
        image: image(label, { folder, fromRoot }).admin,
        alt: text('Alt text', { description: 'Describe what the image shows for readers who cannot see it.' }).admin,
      },
    },
  } satisfies Field<unknown>;
}

/** The fields of a call to action: headline, one line of text, a button, and an optional text link. */
export const callToActionFields = (linkHint = 'A site path such as /services/code-audit/ or a full URL.') => ({
  headline: text('Headline', { kind: 'title', required: true }),
  text: text('Text', { description: 'One sentence under the headline.' }),
  label: text('Button label', { kind: 'label', required: true }),
  href: link('Button link', linkHint),
  secondaryLabel: text('Secondary link text (optional)', {
    description:
      'A quieter text link beside the button, such as "or request a free code audit". Fill in both or neither.',
    kind: 'label',
  }),
  secondaryHref: optionalLink('Secondary link (optional)', 'Where the secondary link leads. Fill in both or neither.'),
});

/** A call to action's secondary link needs both its text and its address. */
export const secondaryLinkProblem = (value: {
  secondaryLabel?: string;
  secondaryHref?: string;
}): { field: 'secondaryLabel' | 'secondaryHref'; message: string } | undefined => {
  if (value.secondaryHref && !value.secondaryLabel) {
    return {
      field: 'secondaryLabel',
      message: 'the secondary link has an address but no text (write its text, or clear the address)',
    };
  }
  if (value.secondaryLabel && !value.secondaryHref) {
    return {
      field: 'secondaryHref',
      message: 'the secondary link has text but no address (add where it leads, or clear the text)',
    };
  }
  return undefined;
};

/** A call to action: headline, one line of text, a button and an optional secondary link. */
export const callToAction = (label: string, linkHint?: string) =>
  group(label, callToActionFields(linkHint), 'required', (value, ctx, path) => {
    const problem = secondaryLinkProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: `${path ? `${path}: ` : ''}${problem.message}` });
    }
  });

/** Old slugs of an entry, which keep redirecting to it. */
export const formerSlugs = () =>
  field<string[]>(
    {
      kind: 'array',
      label: 'Former slugs',
      description: 'Old URLs of this entry keep working: list the slugs it used to have.',
      element: { kind: 'slugText', label: 'Former slug' },
      itemLabel: ((value: string) => value || 'slug') as never,
    },
    (ctx) => z.array(slugOf('former slug')).default([]),
  );

/**
 * Old addresses of an entry on the site it was imported from (`/2024/05/slug/`, `/category/news/`),
 * each redirected to the entry's page as its former slugs are.
 */
export const formerPaths = () =>
  field<string[]>(
    {
      kind: 'array',
      label: 'Former addresses',
      description:
        'Paths this entry had on a previous site, such as /2024/05/old-post/: each redirects here. Filled in by npm run import.',
      element: { kind: 'sitePath', label: 'Former address' },
      itemLabel: ((value: string) => value || 'path') as never,
    },
    () =>
      z
        .array(
          z
            .string()
            .max(FORMER_PATH_MAX, { error: `must be at most ${FORMER_PATH_MAX} characters` })
            .regex(FORMER_PATH_PATTERN, {
              error:
                'must be a site path such as /2024/05/old-post/ (plain letters, digits and - _ . ~ between slashes)',
            }),
        )
        .default([]),
  );

/**
 * Every link an entry's fields hold (not its body), with the field's path as `npm run check` names it
 * (`cta.href`, `navigation[2].href`): the values of its `link` fields, found through groups, lists and
 * the chosen option of a choice.
 */
export function linksIn(
  fields: Record<string, AdminField>,
  data: unknown,
  prefix = '',
): { url: string; field: string }[] {
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return Object.entries(fields).flatMap(([name, admin]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return linksOf(admin, record[name], path);
  });
}

function linksOf(admin: AdminField, value: unknown, path: string): { url: string; field: string }[] {
  switch (admin.kind) {
    case 'link':
      return typeof value === 'string' && value !== '' ? [{ url: value, field: path }] : [];
    case 'object':
      return linksIn(admin.fields, value, path);
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, i) => linksOf(admin.element, item, `${path}[${i}]`)) : [];
    case 'choice': {
      const chosen = value as { discriminant?: string; value?: unknown } | undefined;
      const option = admin.options.find((o) => o.value === chosen?.discriminant);
      return option ? linksIn(option.fields, chosen?.value, `${path}.value`) : [];
    }
    default:
      return [];
  }
}
