import { isExternal } from '../../urls';
import type { Severity } from './problem';
import type { SiteIndex } from './site-index';

/** Why a link fails: an error leads nowhere in the build; a warning works, but not as well as it could. */
export interface LinkProblem {
  severity: Severity;
  message: string;
}
const fails = (message: string): LinkProblem => ({ severity: 'error', message });

const ORIGIN = 'https://quire.invalid';

/** A site path in the form the index uses: decoded, with a trailing slash unless it names a file. */
function indexPath(pathname: string): string {
  let path = decodeURI(pathname).replace(/\/index\.html$/, '/');
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '')) path += '/';
  return path;
}

/** Edit distance, to suggest the page an editor probably meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function closest(target: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(target, candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== undefined && bestScore <= Math.max(3, target.length / 3) ? best : undefined;
}

/**
 * Why an internal link written on page `from` leads nowhere in this build, or `undefined` when it
 * resolves (or is external, or points at a route only the build can list). `fromLive`: whether the
 * linking page is itself built; only then is a link to an unpublished post a problem.
 */
export function brokenLink(url: string, from: string, index: SiteIndex, fromLive = true): LinkProblem | undefined {
  if (isExternal(url)) return undefined;
  const target = new URL(url, `${ORIGIN}${from}`);
  const path = indexPath(target.pathname);
  const hash = decodeURIComponent(target.hash.slice(1));
  if (index.files.has(decodeURI(target.pathname))) return undefined;
  // A former address redirects to the entry's page: the link works, #anchor included if that page has it.
  const movedTo = index.moved.get(path);
  const ids = index.pages.get(movedTo ?? path);
  if (ids === undefined) {
    const reason = index.hidden.get(path);
    if (reason) return fromLive ? fails(`link to ${url}: that post is ${reason}, so its page is not built (publish it first, or remove the link)`) : undefined;
    if (index.patterns.some((pattern) => pattern.test(path) || pattern.test(decodeURI(target.pathname)))) return undefined;
    const guess = closest(path, index.pages.keys());
    return fails(`link to ${url}: no page at ${path} (${guess ? `did you mean ${guess}?` : 'check the address'})`);
  }
  if (hash && ids && !ids.has(hash)) {
    const guess = closest(hash, ids);
    const where = movedTo ? `${movedTo}, where that address now leads` : path === from ? 'this page' : path;
    return fails(
      `link to ${url}: no heading or section "#${hash}" on ${where} (${guess ? `did you mean #${guess}?` : 'link to the page without the #anchor'})`,
    );
  }
  if (!movedTo) return undefined;
  // Not broken, but a hop through a redirect (and a lost #anchor where the host cannot send a 301).
  return {
    severity: 'warning',
    message: `link to ${url}: that page has moved to ${movedTo}, and the old address redirects there (link to ${movedTo}${target.hash} directly)`,
  };
}
