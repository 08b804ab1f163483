import { ALL_BLOCKS, type BlockName } from '../schemas/blocks';

/** The name of a content collection, as in `src/content.config.ts` and the admin. */
export type ContentTypeName = 'posts' | 'faqs' | 'services' | 'comparisons' | 'authors' | 'categories';

/** Where a content type is stored and published: the one place its folder, file kind and URL are written. */
export interface ContentType {
  /** Folder of its files, from the project root. */
  folder: string;
  /** The one file extension the site reads there. */
  extension: '.mdx' | '.yaml';
  /** URL of an entry as a template (`{slug}`): its page, or for FAQs the anchor on the FAQ page. */
  url: string;
  /** Whether an entry has a page of its own (FAQs live on the FAQ page). */
  ownPage: boolean;
  /** The blocks an MDX body may hold: only those its pages render (none in FAQ answers). */
  blocks?: readonly BlockName[];
  /**
   * The heading levels an MDX body may use: the page's title is its only level 1, and the page styles
   * levels 2 to 4. The admin offers only these; the check refuses others.
   */
  headings?: readonly HeadingLevel[];
}

/** A Markdown heading level the site's pages style in a body. */
export type HeadingLevel = 2 | 3 | 4;
const SECTION_HEADINGS: readonly HeadingLevel[] = [2, 3, 4];

/**
 * Every content type. `src/content.config.ts`, the admin's collections, the content check and the
 * site's URL helpers read their folders, extensions and URLs from here.
 */
export const CONTENT_TYPES: Record<ContentTypeName, ContentType> = {
  posts: {
    folder: 'content/journal',
    extension: '.mdx',
    url: '/journal/{slug}/',
    ownPage: true,
    blocks: ALL_BLOCKS,
    headings: SECTION_HEADINGS,
  },
  // The FAQ page renders answers without components, so an answer holds Markdown only.
  // An answer sits under its question, inside a list of questions: no headings of its own.
  faqs: { folder: 'content/faqs', extension: '.mdx', url: '/faq/#{slug}', ownPage: false, blocks: [], headings: [] },
  services: {
    folder: 'content/services',
    extension: '.mdx',
    url: '/services/{slug}/',
    ownPage: true,
    blocks: ALL_BLOCKS,
    headings: SECTION_HEADINGS,
  },
  comparisons: { folder: 'content/comparisons', extension: '.yaml', url: '/compare/{slug}/', ownPage: true },
  authors: { folder: 'content/authors', extension: '.yaml', url: '/authors/{slug}/', ownPage: true },
  categories: { folder: 'content/categories', extension: '.yaml', url: '/journal/category/{slug}/', ownPage: true },
};

/** The URL of entry `slug` of a type: `entryUrl('posts', 'x')` is `/journal/x/`. */
export const entryUrl = (type: ContentTypeName, slug: string): string =>
  CONTENT_TYPES[type].url.replace('{slug}', slug);

/** The folder under `src/pages/` whose routes share the URL space with a type's pages (`journal/category`). */
export const routeFolder = (type: ContentTypeName): string | undefined =>
  CONTENT_TYPES[type].ownPage ? CONTENT_TYPES[type].url.replace(/^\/|\/\{slug\}\/$/g, '') : undefined;

/** The admin's `path` for a type: its folder and a `*` for the slug. */
export const adminPath = (type: ContentTypeName): `${string}/*` => `${CONTENT_TYPES[type].folder}/*`;

/** The heading levels a body at `file` (a path from the project root) may use; levels 2 to 4 outside the types. */
export function headingsFor(file: string): readonly HeadingLevel[] {
  const type = Object.values(CONTENT_TYPES).find((t) => t.extension === '.mdx' && file.startsWith(`${t.folder}/`));
  return type?.headings ?? SECTION_HEADINGS;
}

/** The admin's `heading` option for a type's body: the levels it may use, or none. */
export const adminHeadings = (type: ContentTypeName): false | readonly HeadingLevel[] => {
  const levels = CONTENT_TYPES[type].headings ?? [];
  return levels.length ? levels : false;
};
