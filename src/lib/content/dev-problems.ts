import { checkContent, type Problem } from './check';
import { checkStamp } from './check/check-stamp';

let last: { stamp: string; validUntil?: string; errors: Problem[] } | undefined;

/**
 * The problems the next production build would stop on, for the dev server to show on every page:
 * an editor saving in the admin sees a broken reference, an invalid field or a link to a draft at
 * once, not only in the terminal or at the next build. The check runs again whenever a file it
 * reads changes (or a scheduled post goes live), so a fix clears the list on the next page load.
 */
export function devContentProblems(root: string = process.cwd()): Problem[] {
  const stamp = checkStamp(root);
  const stale = last?.validUntil !== undefined && new Date(last.validUntil) <= new Date();
  if (!last || last.stamp !== stamp || stale) {
    const { problems, validUntil } = checkContent(root);
    last = { stamp, validUntil, errors: problems.filter((p) => p.severity === 'error') };
  }
  return last.errors;
}
