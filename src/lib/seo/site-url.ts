import { withBase } from '../urls';

/**
 * The one trailing-slash policy: a page path ends with `/`, a file path (`/rss.xml`, `/og/x.png`)
 * keeps its extension and no slash, and the error page is the file hosts serve (`/404.html`).
 */
export function normalizePath(path: string): string {
  const [pathname = '/', rest = ''] = path.split(/(?=[?#])/, 2);
  const clean = pathname
    .replace(/\/index\.html$/, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/(^|\/)(404|500)\/?$/, '$1$2.html');
  const last = clean.split('/').pop() ?? '';
  const withSlash = clean.endsWith('/') || last.includes('.') ? clean : `${clean}/`;
  return `${withSlash}${rest}`;
}

/**
 * Absolute URL of a site path, base path included: `/journal/x/` → `https://example.com/insights/journal/x/`.
 * `pathIncludesBase` is for paths that already carry the base (such as `Astro.url.pathname`).
 */
export function absoluteUrl(
  path: string,
  site: URL | string,
  { base, pathIncludesBase = false }: { base?: string; pathIncludesBase?: boolean } = {},
): string {
  const full = pathIncludesBase ? path : withBase(path, base);
  return new URL(normalizePath(full), site).href;
}
