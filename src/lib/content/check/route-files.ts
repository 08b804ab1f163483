import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Dynamic routes whose pages the check lists itself from content (see `site-index.ts`). */
export const CONTENT_ROUTES = [
  'journal/[...page]',
  'journal/[slug]',
  'journal/category/[slug]',
  'authors/[slug]',
  'services/[slug]',
  'compare/[slug]',
];

const PAGE_FILE = /\.(astro|md|mdx|ts|js|html)$/;

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
        item.isDirectory() ? walk(join(dir, item.name)) : [join(dir, item.name)],
      )
    : [];

/** The URL of a static page file: `faq/index.astro` → `/faq/`, `rss.xml.ts` → `/rss.xml`. */
function urlOf(route: string, endpoint: boolean): string {
  if (endpoint) return `/${route}`;
  if (route === 'index') return '/';
  if (route === '404') return '/404.html';
  return `/${route.replace(/\/index$/, '')}/`;
}

/** Routes of `src/pages/`: exact URLs of static pages and patterns of dynamic ones the check does not list. */
export function pageRoutes(root: string): { pages: string[]; patterns: RegExp[]; files: string[] } {
  const dir = join(root, 'src/pages');
  const pages: string[] = [];
  const patterns: RegExp[] = [];
  const files = walk(dir)
    .map((file) => relative(dir, file).split('\\').join('/'))
    .filter((file) => PAGE_FILE.test(file) && !file.split('/').some((part) => part.startsWith('_')));
  for (const file of files) {
    const endpoint = /\.(ts|js)$/.test(file);
    const route = file.replace(PAGE_FILE, '');
    if (!route.includes('[')) pages.push(urlOf(route, endpoint));
    else if (!CONTENT_ROUTES.includes(route)) {
      const source = urlOf(route, endpoint)
        .replace(/\[\.\.\.[^\]]+\]/g, '\u0001')
        .replace(/\[[^\]]+\]/g, '\u0002')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\u0001/g, '.*')
        .replace(/\u0002/g, '[^/]+');
      patterns.push(new RegExp(`^${source}$`));
    }
  }
  return { pages, patterns, files };
}

/** Files in `public/`, as site paths (`/favicon.svg`). */
export function publicFiles(root: string): string[] {
  const dir = join(root, 'public');
  return walk(dir).map((file) => `/${relative(dir, file).split('\\').join('/')}`);
}
