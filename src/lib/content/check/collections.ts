import { typeset } from '../../markdown/typeset';
import type { z } from 'astro/zod';
import type { BlockName } from '../../../content-model/blocks';
import {
  blocksOf,
  CONTENT_TYPES,
  entryUrl,
  routeFolder,
  schemaOf,
  type ContentTypeName,
} from '../../../content-model/types';
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

/** Every collection the check reads, from the content model (`src/content-model/types.ts`). */
export const COLLECTIONS: CollectionSpec[] = (Object.keys(CONTENT_TYPES) as ContentTypeName[]).map((name) => {
  const type = CONTENT_TYPES[name];
  return {
    name,
    folder: type.folder,
    extension: type.extension,
    schema: (image) => schemaOf(name, image, typeset),
    ...(type.ownPage ? { page: (slug: string) => entryUrl(name, slug), routeFolder: routeFolder(name) } : {}),
    ...(type.extension === '.mdx' ? { blocks: blocksOf(name) } : {}),
  };
});

/** The blocks allowed in the MDX file at `file` (a path from the project root); none outside the collections. */
export function blocksFor(file: string): readonly BlockName[] {
  const spec = COLLECTIONS.find((c) => c.extension === '.mdx' && file.startsWith(`${c.folder}/`));
  return spec?.blocks ?? [];
}
