import type { z } from 'astro/zod';
import { BLOCKS, type BlockName, type BlockSpec } from './blocks';
import type { HeadingLevel } from './content-type';
import { zodObject, type ObjectOutput, type SchemaContext } from './fields';
import { authors } from './types/author';
import { categories } from './types/category';
import { comparisons } from './types/comparison';
import { faqs } from './types/faq';
import { posts } from './types/post';
import { services } from './types/service';
import { settings } from './types/settings';

export type { HeadingLevel } from './content-type';

/**
 * Every content type, one module each under `types/`: its folder, file kind, URL, admin list and
 * fields. `src/content.config.ts`, the admin's collections (`src/keystatic/collections.ts`), the
 * content check and the site's URL helpers are built from this table. Adding a type: see
 * docs/content-model.md#adding-a-content-type.
 */
export const CONTENT_TYPES = { posts, faqs, services, comparisons, authors, categories };

/** The name of a content collection, as in `src/content.config.ts` and the admin. */
export type ContentTypeName = keyof typeof CONTENT_TYPES;

/** The site settings, a single file. */
export const SETTINGS = settings;

/** Where the site settings live, from the project root. */
export const SETTINGS_FILE = settings.file;

/** An entry's data after validation: `EntryData<'posts'>` is a post's front matter. */
export type EntryData<N extends ContentTypeName> = ObjectOutput<(typeof CONTENT_TYPES)[N]['fields']>;

/** Site settings after validation. */
export type SettingsData = ObjectOutput<typeof settings.fields>;

const TYPE_NAMES = Object.keys(CONTENT_TYPES) as ContentTypeName[];

/** The singular noun of a collection, for messages. */
const noun = (collection: string): string =>
  (CONTENT_TYPES as Record<string, { noun: string }>)[collection]?.noun ?? collection;

/** The zod schema of a type's entries, around Astro's `image()` (or a stand-in that accepts paths). */
export const schemaOf = <N extends ContentTypeName>(
  type: N,
  image: () => z.ZodType,
  typeset: SchemaContext['typeset'],
): z.ZodType<EntryData<N>> =>
  (CONTENT_TYPES[type].schema as (ctx: Omit<SchemaContext, 'path'>) => z.ZodType<EntryData<N>>)({
    image,
    noun,
    typeset,
  });

/** The zod schema of the settings file. */
export const settingsSchema = (image: () => z.ZodType, typeset: SchemaContext['typeset']): z.ZodType<SettingsData> =>
  settings.schema({ image, noun, typeset });

/** A block's props schema, and the checks across them (the build applies both: see `checkBlockProps`). */
export interface BlockSchema {
  props: z.ZodObject<Record<string, z.ZodType>>;
  refine?: BlockSpec['refine'];
}

const blockImage = () => {
  throw new Error('blocks read image paths as text');
};

/** The props each block takes, as the build checks them when a body is rendered. */
export const blockSchemas = Object.fromEntries(
  Object.entries(BLOCKS).map(([name, block]: [string, BlockSpec]) => [
    name,
    // Block props are checked as written; their components typeset what they show (`typesetProps`).
    { props: zodObject(block.props, { path: '', image: blockImage, noun, typeset: (t) => t }), refine: block.refine },
  ]),
) as Record<BlockName, BlockSchema>;

/** Checks a block's props: unknown props refused when `strict`, each prop, then the checks across them. */
export function checkBlockProps(name: BlockName, props: unknown, strict = false) {
  const { props: schema, refine } = blockSchemas[name];
  const base = strict ? schema.strict() : schema;
  return (refine ? base.superRefine(refine as never) : base).safeParse(props);
}

/** The URL of entry `slug` of a type: `entryUrl('posts', 'x')` is `/journal/x/`. */
export const entryUrl = (type: ContentTypeName, slug: string): string =>
  CONTENT_TYPES[type].url.replace('{slug}', slug);

/**
 * The name entry data is shown by in the admin (a post's title, an author's name, an FAQ's question):
 * the text of its type's `slugField`, or undefined when the data has none.
 */
export function entryTitle(type: ContentTypeName, data: unknown): string | undefined {
  const value =
    data && typeof data === 'object' ? (data as Record<string, unknown>)[CONTENT_TYPES[type].slugField] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Whether `name` is a collection of the content model (its own key, not one such as `toString`). */
export const isContentTypeName = (name: string): name is ContentTypeName => Object.hasOwn(CONTENT_TYPES, name);

/** The folder under `src/pages/` whose routes share the URL space with a type's pages (`journal/category`). */
export const routeFolder = (type: ContentTypeName): string | undefined =>
  CONTENT_TYPES[type].ownPage ? CONTENT_TYPES[type].url.replace(/^\/|\/\{slug\}\/$/g, '') : undefined;

/** Levels a body outside every type would be held to. */
const SECTION_HEADINGS: readonly HeadingLevel[] = [2, 3, 4];

/** The heading levels a body at `file` (a path from the project root) may use; levels 2 to 4 outside the types. */
export function headingsFor(file: string): readonly HeadingLevel[] {
  const type = TYPE_NAMES.map((name) => CONTENT_TYPES[name]).find(
    (t) => t.extension === '.mdx' && file.startsWith(`${t.folder}/`),
  );
  return type?.headings ?? SECTION_HEADINGS;
}

/** The admin's `heading` option for a type's body: the levels it may use, or none. */
export const adminHeadings = (type: ContentTypeName): false | readonly HeadingLevel[] => {
  const levels = CONTENT_TYPES[type].headings ?? [];
  return levels.length ? levels : false;
};

/** The blocks a type's body may hold (none for YAML types). */
export const blocksOf = (type: ContentTypeName): readonly BlockName[] =>
  (CONTENT_TYPES[type].blocks ?? []) as readonly BlockName[];
