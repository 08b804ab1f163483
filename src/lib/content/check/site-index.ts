import { groupFaqsByTopic } from '../faq-topics';
import { paths } from '../../urls';
import { COLLECTIONS } from './collections';
import type { Entry } from './entry';
import { pageRoutes, publicFiles } from './route-files';

/** Element ids every page has (the layout's main landmark). */
const EVERY_PAGE_IDS = ['main'];

/** Every URL the build will produce, as far as content decides it, and the ids each page is known to have. */
export interface SiteIndex {
  /** Page path → ids on it (`null`: not known before the build, so anchors there are not checked). */
  pages: Map<string, Set<string> | null>;
  /** Paths of posts that are not built, with the reason. */
  hidden: Map<string, string>;
  /** Former addresses of built entries (their former slugs), each with the page it redirects to. */
  moved: Map<string, string>;
  /** Files copied from `public/`. */
  files: Set<string>;
  /** Other dynamic routes (feeds, images...) whose exact pages are only known after the build. */
  patterns: RegExp[];
}

const ids = (entry: Entry, extra: string[] = []) => new Set([...EVERY_PAGE_IDS, ...(entry.facts?.anchors ?? []), ...extra]);

/** Lists the pages the site will build from `entries`, plus static pages and public files. */
export function buildSiteIndex(project: string, entries: Entry[], postsPerPage: number): SiteIndex {
  const routes = pageRoutes(project);
  const pages = new Map<string, Set<string> | null>(routes.pages.map((page) => [page, null]));
  const hidden = new Map<string, string>();
  const moved = new Map<string, string>();
  const livePosts = entries.filter((e) => e.collection === 'posts' && e.live).length;
  for (let page = 1; page <= Math.max(1, Math.ceil(livePosts / postsPerPage)); page++) {
    pages.set(paths.journal(page), null);
  }
  for (const entry of entries) {
    const pageOf = COLLECTIONS.find((c) => c.name === entry.collection)?.page;
    if (!pageOf) continue;
    const page = pageOf(entry.id);
    if (!entry.live) hidden.set(page, entry.hiddenBecause ?? 'not published');
    else pages.set(page, entry.facts ? ids(entry) : null);
    const former = (entry.data as { formerSlugs?: unknown } | undefined)?.formerSlugs;
    if (entry.live && Array.isArray(former)) {
      for (const slug of former) if (typeof slug === 'string') moved.set(pageOf(slug), page);
    }
    const formerPaths = (entry.data as { formerPaths?: unknown } | undefined)?.formerPaths;
    if (entry.live && Array.isArray(formerPaths)) {
      for (const path of formerPaths) if (typeof path === 'string') moved.set(path, page);
    }
  }
  const faqs = entries.filter((e) => e.collection === 'faqs' && e.data) as (Entry & {
    data: { topic: string; order: number };
  })[];
  const topics = groupFaqsByTopic(faqs).map((t) => t.id);
  pages.set(paths.faq(), new Set([...EVERY_PAGE_IDS, ...topics, ...faqs.map((f) => f.id)]));
  for (const path of pages.keys()) moved.delete(path);
  return { pages, hidden, moved, files: new Set(publicFiles(project)), patterns: routes.patterns };
}
