import { normalizeBase, withBase } from '../urls';

/**
 * The one trailing-slash policy: a page path ends with `/`, a file path (`/rss.xml`, `/og/x.png`)
 * keeps its extension and no slash, and the site's error pages are the files hosts serve
 * (`<base>404.html`). Only the error pages at the base path are files: page 404 of the journal
 * (`/journal/404/`) is a page like any other.
 */
export function normalizePath(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const [pathname = '/', rest = ''] = path.split(/(?=[?#])/, 2);
  const clean = pathname.replace(/\/index\.html$/, '/').replace(/\/{2,}/g, '/');
  const root = normalizeBase(base);
  const errorPage = /^(404|500)\/?$/.exec(clean.startsWith(root) ? clean.slice(root.length) : '');
  if (errorPage) return `${root}${errorPage[1]}.html${rest}`;
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
  return new URL(normalizePath(full, base), site).href;
}
