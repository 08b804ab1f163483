import { checkContent, type Problem } from './check';
import { checkStamp } from './check/check-stamp';

/**
 * Changes the dev server's file watcher has seen, shared through `globalThis` because the watcher runs
 * in the Astro config's copy of this module and the pages in Vite's.
 */
interface Changes {
  watched: boolean;
  count: number;
}
const changes = (): Changes => {
  const shared = globalThis as { [key: symbol]: Changes | undefined };
  return (shared[Symbol.for('quire.content-changes')] ??= { watched: false, count: 0 });
};

/** Called by the dev server's file watcher for every file it sees change (`content-check.ts`). */
export function watchingContent(): { changed: () => void } {
  const shared = changes();
  shared.watched = true;
  return { changed: () => void shared.count++ };
}

let last: { version: string; validUntil?: string; errors: Problem[] } | undefined;

/**
 * The problems the next production build would stop on, for the dev server to show on every page:
 * an editor saving in the admin sees a broken reference, an invalid field or a link to a draft at
 * once, not only in the terminal or at the next build. The check runs again after the file watcher
 * has seen a change (or, with no watcher, when the project's stamp changes; or when a scheduled post
 * goes live), so a fix clears the list on the next page load, and a page load with nothing changed
 * costs nothing: not even reading the files to stamp them.
 */
export function devContentProblems(root: string = process.cwd()): Problem[] {
  const shared = changes();
  const version = shared.watched ? `change ${shared.count}` : checkStamp(root);
  const stale = last?.validUntil !== undefined && new Date(last.validUntil) <= new Date();
  if (!last || last.version !== version || stale) {
    const { problems, validUntil } = checkContent(root);
    last = { version, validUntil, errors: problems.filter((p) => p.severity === 'error') };
  }
  return last.errors;
}
