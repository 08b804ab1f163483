import { useEffect, useState } from 'react';
import { entriesPath, type EntryTitle } from './entries-route';
import { storage } from './storage';

export type { EntryTitle } from './entries-route';

/**
 * The titles of a collection's entries, as the admin's pickers and block summaries read them:
 * `loading` until they arrive, `ready` with every entry, or `unavailable` where the dev server's
 * endpoint is not there (GitHub storage, the hosted admin): the admin then shows slugs.
 */
export type EntryTitles =
  | { state: 'loading' }
  | { state: 'ready'; entries: readonly EntryTitle[]; titles: ReadonlyMap<string, string> }
  | { state: 'unavailable' };

/** Whether `value` is the endpoint's answer: a list of `{ slug, title }` strings. */
export const isEntryList = (value: unknown): value is EntryTitle[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      item !== null &&
      typeof item === 'object' &&
      typeof (item as EntryTitle).slug === 'string' &&
      typeof (item as EntryTitle).title === 'string',
  );

/** How long one answer serves every picker that asks (the fields of one form open together). */
const FRESH_MS = 2000;
const asked = new Map<string, { at: number; answer: Promise<EntryTitle[] | undefined> }>();

/**
 * The titles of `collection` from the dev server (`<base>api/quire/entries/<collection>`), or undefined
 * when it has none to give. Titles are read only with local storage: with GitHub storage the admin
 * edits a branch whose entries the files on disk need not match.
 */
export function fetchEntryTitles(
  collection: string,
  base: string = import.meta.env.BASE_URL,
  env: Record<string, string | undefined> = import.meta.env,
): Promise<EntryTitle[] | undefined> {
  if (!titlesWanted(env)) return Promise.resolve(undefined);
  const cached = asked.get(collection);
  if (cached && Date.now() - cached.at < FRESH_MS) return cached.answer;
  const answer = fetch(entriesPath(base, encodeURIComponent(collection)), { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) return undefined;
      const list: unknown = await response.json();
      return isEntryList(list) ? list : undefined;
    })
    .catch(() => undefined);
  asked.set(collection, { at: Date.now(), answer });
  return answer;
}

/** Whether the admin can ask for titles: with local storage only (see `fetchEntryTitles`). */
const titlesWanted = (env: Record<string, string | undefined> = import.meta.env) => storage(env).kind === 'local';

/** The titles of `collection`'s entries, asked for when a field or summary that shows them appears. */
export function useEntryTitles(collection: string): EntryTitles {
  const [titles, setTitles] = useState<EntryTitles>(() =>
    titlesWanted() ? { state: 'loading' } : { state: 'unavailable' },
  );
  useEffect(() => {
    let current = true;
    void fetchEntryTitles(collection).then((entries) => {
      if (!current) return;
      setTitles(
        entries
          ? { state: 'ready', entries, titles: new Map(entries.map((e) => [e.slug, e.title])) }
          : { state: 'unavailable' },
      );
    });
    return () => {
      current = false;
    };
  }, [collection]);
  return titles;
}

/** The title of `slug` when the titles are known, else the slug itself. */
export const titleOrSlug = (titles: EntryTitles, slug: string): string =>
  (titles.state === 'ready' && titles.titles.get(slug)) || slug;

/** An entry as a picker offers it: its title, and whether the slug is an entry at all. */
export interface PickerOption extends EntryTitle {
  /** False for a stored slug that is no entry: it is shown by its slug, flagged "not found". */
  found: boolean;
}

/** `slugs` as a picker shows them, in their order: by title, a slug that is no entry flagged (once titles are known). */
export function pickedOptions(titles: EntryTitles, slugs: readonly string[]): PickerOption[] {
  return slugs.map((slug) => {
    const title = titles.state === 'ready' ? titles.titles.get(slug) : undefined;
    return { slug, title: title ?? slug, found: title !== undefined || titles.state !== 'ready' };
  });
}

/** What a picker offers: every entry by title, then each of `picked` that is no entry, so none is dropped. */
export function pickerOptions(titles: EntryTitles, picked: readonly string[]): PickerOption[] {
  const entries = titles.state === 'ready' ? titles.entries : [];
  const known = new Set(entries.map((e) => e.slug));
  const rest = pickedOptions(
    titles,
    [...new Set(picked)].filter((slug) => !known.has(slug)),
  );
  return [...entries.map((e) => ({ ...e, found: true })), ...rest];
}
