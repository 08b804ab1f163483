import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from './collections';
import type { Entry } from './entry';
import { error, type Problem } from './problem';

/** Names in a `src/pages/` folder that are routes of their own (`category` in `journal/`). */
function staticRouteNames(root: string, folder: string): string[] {
  const dir = join(root, 'src/pages', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.includes('[') && !name.startsWith('_'))
    .map((name) => name.replace(/\.(astro|md|mdx|ts|js|html)$/, ''))
    .filter((name) => name !== 'index');
}

/**
 * Slugs that would share a URL: an entry named like a route beside it (a post called "category"),
 * a post named by a number (the journal's page 2 is /journal/2/), and former slugs that are taken.
 */
export function checkSlugs(root: string, entries: Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const spec of COLLECTIONS) {
    if (!spec.page || !spec.routeFolder) continue;
    const reserved = staticRouteNames(root, spec.routeFolder);
    const mine = entries.filter((e) => e.collection === spec.name);
    const owners = new Map<string, string>(mine.map((e) => [e.id, e.file]));
    for (const entry of mine) {
      const url = spec.page(entry.id);
      if (reserved.includes(entry.id)) {
        problems.push(error(entry.file, 'file name', `slug "${entry.id}" collides with the page ${url} that the site already has (rename the entry)`));
      }
      if (spec.name === 'posts' && /^\d+$/.test(entry.id)) {
        problems.push(error(entry.file, 'file name', `slug "${entry.id}" collides with page ${entry.id} of the journal at ${url} (use words in the slug)`));
      }
      const former = entry.data?.formerSlugs;
      if (!Array.isArray(former)) continue;
      former.forEach((slug: string, i) => {
        const owner = owners.get(slug);
        if (owner === entry.file) {
          problems.push(error(entry.file, `formerSlugs[${i}]`, `"${slug}" is this entry's current slug (remove it from the former slugs)`));
        } else if (owner) {
          problems.push(error(entry.file, `formerSlugs[${i}]`, `"${slug}" is taken by ${owner}, so ${spec.page!(slug)} cannot redirect here (remove it, or rename the other entry)`));
        } else owners.set(slug, entry.file);
        if (reserved.includes(slug) || (spec.name === 'posts' && /^\d+$/.test(slug))) {
          problems.push(error(entry.file, `formerSlugs[${i}]`, `"${slug}" collides with the page ${spec.page!(slug)} that the site already has (remove it)`));
        }
      });
    }
  }
  return [...problems, ...checkFormerPaths(entries)];
}

/**
 * Former addresses (from an import) that cannot redirect: one taken by another entry's former
 * address, or the page of an entry itself.
 */
function checkFormerPaths(entries: Entry[]): Problem[] {
  const problems: Problem[] = [];
  const pages = new Set<string>(['/', '/journal/']);
  for (const entry of entries) {
    const page = COLLECTIONS.find((c) => c.name === entry.collection)?.page;
    if (page) pages.add(page(entry.id));
  }
  const owners = new Map<string, string>();
  for (const entry of entries) {
    const former = (entry.data as { formerPaths?: unknown } | undefined)?.formerPaths;
    if (!Array.isArray(former)) continue;
    former.forEach((path: string, i) => {
      const key = path.endsWith('/') || /\.html?$/.test(path) ? path : `${path}/`;
      if (pages.has(key)) {
        problems.push(error(entry.file, `formerPaths[${i}]`, `"${path}" is the address of a page the site has (remove it)`));
      } else if (owners.has(key) && owners.get(key) !== entry.file) {
        problems.push(error(entry.file, `formerPaths[${i}]`, `"${path}" also redirects to ${owners.get(key)} (keep it on one entry)`));
      } else owners.set(key, entry.file);
    });
  }
  return problems;
}
