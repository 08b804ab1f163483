import { byNewest, type Publishable } from '../../content/publish';
import type { Site } from '../../content/site';
import { allCards, type OgCard } from './cards';

type Collection = 'posts' | 'services' | 'comparisons' | 'authors' | 'categories';

/**
 * What the cards need of the content check's result (`CheckedContent`), by shape: the check imports
 * the cards' text fields and fonts, so the cards do not import the check back.
 */
interface CheckedEntries {
  entries: readonly { collection: string; id: string; live: boolean; data?: Record<string, unknown> }[];
  settings?: Record<string, unknown>;
}

/**
 * The cards of the site worked out from what the content check read, before Astro has loaded any
 * content, so a build can start drawing them while it bundles. The check validates with the same
 * schemas as Astro's collections and applies the same publish rule, so these are the cards the image
 * route plans later; the route draws any card this list missed. `undefined` when the settings did not
 * validate (the build stops on the check's errors anyway).
 */
export function cardsFromCheck({ entries, settings }: CheckedEntries): OgCard[] | undefined {
  if (!settings) return undefined;
  const live = (collection: Collection) =>
    entries
      .filter((entry) => entry.collection === collection && entry.live && entry.data)
      .map(({ id, data }) => ({ id, data }));
  const posts = live('posts') as unknown as Site['posts'];
  posts.sort((a, b) => byNewest(a as { id: string; data: Publishable }, b as { id: string; data: Publishable }));
  const authors = live('authors') as unknown as Site['authors'];
  const categories = live('categories') as unknown as Site['categories'];
  return allCards({
    settings: settings as Site['settings'],
    posts,
    services: live('services') as unknown as Site['services'],
    comparisons: live('comparisons') as unknown as Site['comparisons'],
    authors,
    categories,
    author: new Map(authors.map((a) => [a.id, a])),
    category: new Map(categories.map((c) => [c.id, c])),
  });
}
