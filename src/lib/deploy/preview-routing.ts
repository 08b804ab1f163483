import { stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { findRedirect, type RedirectRule } from './redirects-file';

/** What a static host answers for a path: a file (200, or 404 with the error page) or a redirect. */
export type Answer = { status: 200 | 404; file?: string } | { status: number; location: string };

/** The built site as a host holds it. */
export interface HostedSite {
  /** Absolute path of `dist/`. */
  dist: string;
  /** Base path it was built for, with slashes on both ends (`/`, `/insights/`). */
  base: string;
  /** The rules of its `_redirects` file. */
  redirects: RedirectRule[];
}

/** Files a host reads for itself and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * Answers a request path the way Netlify and Cloudflare Pages do for a site published below `base`:
 * `_redirects` first, then `/x/` from `x/index.html`, `/x` and `/x/index.html` redirected to `/x/`,
 * files as they are, and `404.html` with status 404 for anything else. Below a base path,
 * `/robots.txt` is answered from the site's robots.txt, where crawlers look for it.
 */
export async function answer(path: string, site: HostedSite): Promise<Answer> {
  const { dist, base } = site;
  const notFound = async (): Promise<Answer> => {
    const page = join(dist, '404.html');
    return (await isFile(page)) ? { status: 404, file: page } : { status: 404 };
  };
  if (base !== '/' && path === '/robots.txt' && (await isFile(join(dist, 'robots.txt'))))
    return { status: 200, file: join(dist, 'robots.txt') };
  if (`${path}/` === base) return { status: 301, location: base };
  if (!path.startsWith(base)) return notFound();
  const redirect = findRedirect(site.redirects, path);
  if (redirect) return { status: redirect.status, location: redirect.to };
  const sitePath = path.slice(base.length - 1);
  const file = normalize(join(dist, sitePath));
  if (HOST_FILES.has(sitePath) || !file.startsWith(normalize(`${dist}/`))) return notFound();
  if (sitePath.endsWith('/index.html')) return { status: 301, location: path.slice(0, -'index.html'.length) };
  if (sitePath.endsWith('/')) {
    if (await isFile(join(file, 'index.html'))) return { status: 200, file: join(file, 'index.html') };
  } else if (await isFile(file)) return { status: 200, file };
  else if (await isFile(join(file, 'index.html'))) return { status: 301, location: `${path}/` };
  return notFound();
}
