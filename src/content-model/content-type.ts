import type { z } from 'astro/zod';
import { zodObject, type BodyField, type Field, type ObjectOutput, type SchemaContext } from './fields';

/** A Markdown heading level the site's pages style in a body. */
export type HeadingLevel = 2 | 3 | 4;

/** Everything about one content type, written in its module under `src/content-model/types/`. */
export interface ContentTypeSpec<F extends Record<string, Field<unknown>>> {
  /** The admin's name for the collection ("Posts"). */
  label: string;
  /** One entry, in messages ("the slug of a category"). */
  noun: string;
  /** Folder of its files, from the project root. */
  folder: string;
  /** The one file extension the site reads there. */
  extension: '.mdx' | '.yaml';
  /** URL of an entry as a template (`{slug}`): its page, or for FAQs the anchor on the FAQ page. */
  url: string;
  /** Whether an entry has a page of its own (FAQs live on the FAQ page). */
  ownPage: boolean;
  /**
   * The field whose text names the entry's file (a `slugTitle`): a post's title, an author's name, an
   * FAQ's question. It is also what the admin shows an entry by in pickers and block summaries.
   */
  slugField: keyof F & string;
  /** Columns of the admin's list of entries. */
  columns: readonly (keyof F & string)[];
  /** `content` gives the admin's editor the width of the body (types with a long body). */
  entryLayout?: 'content';
  /** The fields, in the order the admin shows them; an `.mdx` type has one `body` field. */
  fields: F;
  /** Checks across fields, run after each field's own (the admin cannot run these before saving). */
  refine?: (data: ObjectOutput<F>, ctx: z.core.$RefinementCtx<ObjectOutput<F>>) => void;
}

/** A content type: its spec, plus what the rest of the code reads from it. */
export interface ContentType<
  F extends Record<string, Field<unknown>> = Record<string, Field<unknown>>,
> extends ContentTypeSpec<F> {
  /** The body field's name, for `.mdx` types. */
  bodyField?: string;
  /** The blocks an MDX body may hold: only those its pages render (none in FAQ answers). */
  blocks?: readonly string[];
  /**
   * The heading levels an MDX body may use: the page's title is its only level 1, and the page styles
   * levels 2 to 4. The admin offers only these; the check refuses others.
   */
  headings?: readonly HeadingLevel[];
  /** The folder under `content/images/` that images placed in the body are stored in; none when it takes none. */
  bodyImages?: string;
  /** The zod schema of an entry's data (front matter or YAML). */
  schema: (ctx: Omit<SchemaContext, 'path'>) => z.ZodType<ObjectOutput<F>>;
}

/** Declares a content type; its body field (if any) says which blocks and headings the body may use. */
export function contentType<F extends Record<string, Field<unknown>>>(spec: ContentTypeSpec<F>): ContentType<F> {
  const bodies = Object.entries(spec.fields).filter(([, f]) => (f as Partial<BodyField>).body);
  if (bodies.length !== (spec.extension === '.mdx' ? 1 : 0)) {
    throw new Error(`content type ${spec.label}: an .mdx type has one body field, a .yaml type none`);
  }
  const [bodyName, bodyField] = (bodies[0] ?? []) as unknown as [string?, BodyField?];
  return {
    ...spec,
    ...(bodyField
      ? {
          bodyField: bodyName,
          blocks: bodyField.admin.blocks,
          headings: bodyField.admin.headings as readonly HeadingLevel[],
          ...(bodyField.admin.images ? { bodyImages: bodyField.admin.images } : {}),
        }
      : {}),
    schema: (ctx) => {
      const object = zodObject(spec.fields, { ...ctx, path: '' }).strict();
      const refine = spec.refine;
      return (refine ? object.superRefine(refine as never) : object) as unknown as z.ZodType<ObjectOutput<F>>;
    },
  };
}

/** A single file of settings (a Keystatic singleton). */
export interface SingletonSpec<F extends Record<string, Field<unknown>>> {
  label: string;
  /** The file, from the project root. */
  file: string;
  fields: F;
}

export interface Singleton<
  F extends Record<string, Field<unknown>> = Record<string, Field<unknown>>,
> extends SingletonSpec<F> {
  schema: (ctx: Omit<SchemaContext, 'path'>) => z.ZodType<ObjectOutput<F>>;
}

/** Declares a singleton. */
export const singletonType = <F extends Record<string, Field<unknown>>>(spec: SingletonSpec<F>): Singleton<F> => ({
  ...spec,
  schema: (ctx) => zodObject(spec.fields, { ...ctx, path: '' }).strict() as unknown as z.ZodType<ObjectOutput<F>>,
});
