import type { z } from 'astro/zod';
import { authorSchema } from '../../../schemas/author';
import { categorySchema } from '../../../schemas/category';
import { comparisonSchema } from '../../../schemas/comparison';
import { faqSchema } from '../../../schemas/faq';
import { postSchema } from '../../../schemas/post';
import { serviceSchema } from '../../../schemas/service';
import { ALL_BLOCKS } from '../../markdown/body-rules';
import type { BlockName } from '../../../schemas/blocks';
import { paths } from '../../urls';
import type { Snapshot } from '../references';

/** Builds a collection's schema around an `image()` helper, the way `src/content.config.ts` does. */
export type SchemaFactory = (image: () => z.ZodType) => z.ZodType;

/** How one content collection is stored and where its entries are published. */
export interface CollectionSpec {
  /** Collection name, as in `src/content.config.ts`. */
  name: keyof Snapshot;
  /** Folder of its files, from the project root. */
  folder: string;
  /** The one file extension the site reads there. */
  extension: '.mdx' | '.yaml';
  /** Its zod schema. */
  schema: SchemaFactory;
  /** The page an entry gets, if it gets one of its own. */
  page?: (slug: string) => string;
  /** Folder under `src/pages/` whose static routes share the URL space with the entries. */
  routeFolder?: string;
  /** The blocks an MDX body may hold: only those its pages render (none in FAQ answers). */
  blocks?: readonly BlockName[];
}

/** Every collection the check reads, mirroring `src/content.config.ts`. */
export const COLLECTIONS: CollectionSpec[] = [
  {
    name: 'posts',
    folder: 'content/journal',
    extension: '.mdx',
    schema: postSchema,
    page: paths.post,
    routeFolder: 'journal',
    blocks: ALL_BLOCKS,
  },
  // The FAQ page renders answers without components, so an answer holds Markdown only.
  { name: 'faqs', folder: 'content/faqs', extension: '.mdx', schema: () => faqSchema(), blocks: [] },
  {
    name: 'services',
    folder: 'content/services',
    extension: '.mdx',
    schema: serviceSchema,
    page: paths.service,
    routeFolder: 'services',
    blocks: ALL_BLOCKS,
  },
  {
    name: 'comparisons',
    folder: 'content/comparisons',
    extension: '.yaml',
    schema: () => comparisonSchema(),
    page: paths.comparison,
    routeFolder: 'compare',
  },
  {
    name: 'authors',
    folder: 'content/authors',
    extension: '.yaml',
    schema: authorSchema,
    page: paths.author,
    routeFolder: 'authors',
  },
  {
    name: 'categories',
    folder: 'content/categories',
    extension: '.yaml',
    schema: () => categorySchema(),
    page: paths.category,
    routeFolder: 'journal/category',
  },
];

/** The blocks allowed in the MDX file at `file` (a path from the project root); none outside the collections. */
export function blocksFor(file: string): readonly BlockName[] {
  const spec = COLLECTIONS.find((c) => c.extension === '.mdx' && file.startsWith(`${c.folder}/`));
  return spec?.blocks ?? [];
}
