import { entryTitle, isContentTypeName, type ContentTypeName } from '../../content-model/types';
import { COLLECTIONS } from '../content/check/collections';
import { readCollection, type RawEntry } from '../content/check/read-content';
import { entriesPath, type EntryTitle } from '../../keystatic/entries-route';

/**
 * The entries of `collection` read as data (`RawEntry`), each with its title (`entryTitle`, the slug
 * when it has none), sorted by title, then slug.
 */
export function titlesOf(collection: ContentTypeName, entries: readonly Pick<RawEntry, 'id' | 'raw'>[]): EntryTitle[] {
  return entries
    .map((entry) => ({ slug: entry.id, title: entryTitle(collection, entry.raw) ?? entry.id }))
    .sort(
      (a, b) =>
        a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }) || a.slug.localeCompare(b.slug),
    );
}

/**
 * Every entry of `collection` under the project at `root`, drafts and scheduled posts included, read
 * as the content check reads them; an entry the check would refuse is still listed, by its slug.
 */
export function entryTitles(root: string, collection: ContentTypeName): EntryTitle[] {
  const spec = COLLECTIONS.find((c) => c.name === collection)!;
  return titlesOf(collection, readCollection(root, spec, []));
}

/** The answer to a request for entry titles: a status and a JSON body. */
export type EntriesAnswer = { status: 200; body: EntryTitle[] } | { status: 404; body: { error: string } };

/**
 * Answers `GET <base>api/quire/entries/<collection>` for the project at `root`, or returns undefined
 * for any other path (the request is not for this). Only a collection name of the content model is
 * read: the path names no file, and anything else is a 404.
 */
export function answerEntries(root: string, base: string, pathname: string): EntriesAnswer | undefined {
  const prefix = entriesPath(base, '');
  if (!pathname.startsWith(prefix)) return undefined;
  const name = pathname.slice(prefix.length).replace(/\/$/, '');
  if (!isContentTypeName(name)) return { status: 404, body: { error: `no collection "${name}"` } };
  return { status: 200, body: entryTitles(root, name) };
}
