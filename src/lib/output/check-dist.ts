import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, urlPathOf } from './dist-files';
import type { PageRecord } from './page-record';
import { readDist } from './read-dist';

/** Where the built site is served: its origin (from `site`) and base path. */
export interface ServedAt {
  /** Production URL, e.g. `https://example.com` (absolute links there are checked like site paths). */
  site?: string;
  /** Base path, e.g. `/` or `/insights/`. */
  base: string;
}

const LOCAL = 'http://quire.local';
/** Fragments a browser resolves without a matching element. */
const ALWAYS_THERE = new Set(['', 'top']);

/**
 * Where a link on the page at `from` (a URL path) leads, when it leads into the site itself: a relative
 * or root-relative URL, or an absolute one on the site's own origin. `undefined` for other sites and for
 * `mailto:`, `tel:`, `data:` and `blob:` URLs.
 */
export function siteTarget(url: string, from: string, site?: string): URL | undefined {
  const trimmed = url.trim();
  if (/^(mailto|tel|data|blob):/i.test(trimmed)) return undefined;
  const target = new URL(trimmed, `${LOCAL}${from}`);
  const origin = site ? new URL(site).origin : undefined;
  return target.origin === LOCAL || target.origin === origin ? target : undefined;
}

/** The built file a site path is served from, trying what a static host tries (`x/` → `x/index.html`). */
function fileFor(path: string, files: Set<string>): string | undefined {
  const bare = path.replace(/^\//, '');
  const candidates =
    bare === '' || bare.endsWith('/') ? [`${bare}index.html`] : [bare, `${bare}/index.html`, `${bare}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Checks every internal link of the built site: each `href`, `src`, `srcset` and URL meta tag of every
 * page, and each URL in sitemaps and feeds, must lead to a built file (`files`: every file of `dist/`),
 * and each `#fragment` to an element with that id. Returns one line per broken link or unsafe markup,
 * naming the page and the target.
 */
export function checkPages(files: string[], records: Map<string, PageRecord>, servedAt: ServedAt): string[] {
  const base = servedAt.base.replace(/\/?$/, '/');
  const built = new Set(files);
  const idSets = new Map<string, Set<string>>();
  const hasId = (file: string, id: string) => {
    let ids = idSets.get(file);
    if (!ids) idSets.set(file, (ids = new Set(records.get(file)?.ids)));
    return ids.has(id);
  };
  const problems: string[] = [];
  for (const [file, page] of records) {
    const from = urlPathOf(file, base);
    const where = `${from} (dist/${file})`;
    for (const problem of page.problems) problems.push(`${where}: ${problem}`);
    for (const { url, via } of page.links) {
      const trimmed = url.trim();
      if (/^javascript:/i.test(trimmed.replace(/[\s\u0000-\u001f]/g, ''))) {
        problems.push(`${where}: ${via} "${url}": javascript: URL (remove it)`);
        continue;
      }
      const target = siteTarget(trimmed, from, servedAt.site);
      if (!target) continue;
      const path = decodeURI(target.pathname);
      if (!path.startsWith(base)) {
        problems.push(`${where}: ${via} "${url}": outside the base path ${base} (build links with withBase())`);
        continue;
      }
      const found = fileFor(path.slice(base.length - 1), built);
      if (!found) {
        problems.push(`${where}: ${via} "${url}": nothing is built at ${path} (no such file in dist/)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (ALWAYS_THERE.has(fragment) || !found.endsWith('.html')) continue;
      // A former address redirects (a 301 where the host reads _redirects, which keeps the fragment):
      // the fragment must be on the page it redirects to.
      const redirect = records.get(found)?.redirectsTo;
      const landing = redirect ? siteTarget(redirect, urlPathOf(found, base), servedAt.site) : undefined;
      const landed = landing && fileFor(decodeURI(landing.pathname).slice(base.length - 1), built);
      if (landed && hasId(landed, fragment)) continue;
      if (!hasId(found, fragment)) {
        problems.push(`${where}: ${via} "${url}": no element with id "${fragment}" on ${urlPathOf(found, base)}`);
      }
    }
  }
  return problems;
}

/** `checkPages` over the site in `dist/`, read from disk. */
export async function checkDist(dist: string, servedAt: ServedAt): Promise<string[]> {
  const { files, records } = await readDist(dist);
  return checkPages(files, records, servedAt);
}

/** Source maps in `dist/`: files ending in `.map` and `sourceMappingURL` comments in scripts and styles. */
export function findSourceMaps(dist: string, files: string[] = existsSync(dist) ? listFiles(dist) : []): string[] {
  return files.filter(
    (file) =>
      file.endsWith('.map') ||
      (/\.(m?js|css)$/.test(file) && /[#@] sourceMappingURL=/.test(readFileSync(join(dist, file), 'utf8'))),
  );
}
