import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES, type ContentTypeName } from '../../content-model/types';
import { byNewest, isPublished } from './publish';
import { findBrokenReferences, type CheckedEntry, type Snapshot } from './references';

export type Post = CollectionEntry<'posts'>;
export type Faq = CollectionEntry<'faqs'>;
export type Service = CollectionEntry<'services'>;
export type Comparison = CollectionEntry<'comparisons'>;
export type Author = CollectionEntry<'authors'>;
export type Category = CollectionEntry<'categories'>;

/** Everything the pages need, loaded and checked once per build. */
export interface Site {
  settings: CollectionEntry<'settings'>['data'];
  /** Posts that are live (in dev: all posts), newest first. */
  posts: Post[];
  faqs: Faq[];
  services: Service[];
  comparisons: Comparison[];
  authors: Author[];
  categories: Category[];
  post: Map<string, Post>;
  faq: Map<string, Faq>;
  service: Map<string, Service>;
  comparison: Map<string, Comparison>;
  author: Map<string, Author>;
  category: Map<string, Category>;
}


const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

let loading: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [settingsEntries, allPosts, faqs, services, comparisons, authors, categories] = await Promise.all([
    getCollection('settings'),
    getCollection('posts'),
    getCollection('faqs'),
    getCollection('services'),
    getCollection('comparisons'),
    getCollection('authors'),
    getCollection('categories'),
  ]);
  const snapshot = { posts: allPosts, faqs, services, comparisons, authors, categories } as unknown as Snapshot;
  const problems = findBrokenReferences(snapshot, (collection, entry: CheckedEntry) =>
    entry.filePath ?? `${CONTENT_TYPES[collection as ContentTypeName].folder}/${entry.id}`,
  );
  // A build stops here (the content check before it already has). The dev server goes on without the
  // missing entries and lists the problems on every page (DevProblems.astro), so an editor who breaks a
  // reference in the admin is not locked out of the site and the admin by a server error.
  if (problems.length && !import.meta.env.DEV) {
    throw new Error(`Content has ${problems.length} broken reference(s):\n${problems.join('\n')}`);
  }
  const settings = settingsEntries[0]?.data;
  if (!settings) throw new Error('content/settings.yaml: missing (create it in the admin under Settings)');
  const posts = allPosts.filter((p) => isPublished(p.data)).sort(byNewest);
  const sortByOrder = <T extends { id: string; data: { order: number } }>(list: T[]) =>
    [...list].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const byName = <T extends { id: string; data: { name: string } }>(list: T[]) =>
    [...list].sort((a, b) => a.data.name.localeCompare(b.data.name));
  return {
    settings,
    posts,
    faqs: sortByOrder(faqs),
    services: sortByOrder(services),
    comparisons: [...comparisons].sort((a, b) => a.data.title.localeCompare(b.data.title)),
    authors: byName(authors),
    categories: byName(categories),
    post: byId(posts),
    faq: byId(faqs),
    service: byId(services),
    comparison: byId(comparisons),
    author: byId(authors),
    category: byId(categories),
  };
}

/** Loads all content once, checks references between entries and applies the publish rule. */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  loading ??= load();
  return loading;
}
