/**
 * The admin's request for a collection's entry titles, shared by the pickers that send it
 * (`entry-titles.ts`) and the dev server that answers it (`src/lib/admin/entry-titles.ts`).
 */

/** An entry as the admin's pickers list it: the slug it is stored by, and the title it is shown by. */
export interface EntryTitle {
  slug: string;
  title: string;
}

/** Where the admin asks for a collection's titles, below the site's base path. */
export const ENTRIES_PATH = 'api/quire/entries/';

/** The path of the titles of `collection` under the site's `base` path (`/insights/api/quire/entries/faqs`). */
export const entriesPath = (base: string, collection: string): string =>
  `${base.replace(/\/?$/, '/')}${ENTRIES_PATH}${collection}`;
