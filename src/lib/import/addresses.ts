import { linkProblem } from '../../content-model/vocabulary';
import type { LinkVerdict } from './body-tree';

/**
 * Where the old site's pages went: every old address of an imported page, by path (and for WordPress
 * by post id, for `/?p=123` links), with the new path and the new ids of its headings. Body links are
 * rewritten through it.
 */
export interface AddressBook {
  /** Host names of the old site, lower case, without `www.`. */
  hosts: Set<string>;
  /** The old site's address, against which relative links are read. */
  base: string;
  /** New page by old path (normalised with {@link normalisePath}). */
  pages: Map<string, Target>;
  /** New page by WordPress post id (`?p=`, `?page_id=`). */
  ids: Map<string, Target>;
}

export interface Target {
  path: string;
  /** False for a draft or scheduled post: a published page may not link to it yet. */
  live?: boolean;
  /** New heading id by old anchor. */
  anchors?: Map<string, string>;
}

export const emptyBook = (base: string): AddressBook => ({
  hosts: hostsOf(base),
  base,
  pages: new Map(),
  ids: new Map(),
});

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

function hostsOf(base: string): Set<string> {
  try {
    return new Set([bareHost(new URL(base).host)]);
  } catch {
    return new Set();
  }
}

/** `/2024/05/x` and `/2024/05/x/index.html` as `/2024/05/x/`; `/x.html` stays. */
export function normalisePath(path: string): string {
  let p = path.replace(/\/index\.html?$/i, '/').replace(/\/{2,}/g, '/');
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/') && !/\.html?$/i.test(p)) p = `${p}/`;
  return p;
}

/** The path of an old-site URL, if it is one (relative URLs are). */
export function oldSitePath(url: string, book: Pick<AddressBook, 'hosts' | 'base'>): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, book.base || 'https://old.invalid/');
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  const relative = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
  if (relative || book.hosts.has(bareHost(parsed.host))) return parsed;
  return undefined;
}

/**
 * The new address of a link in an imported body: a page of the old site becomes its new path (an
 * anchor its heading's new id), `http://` becomes `https://`, and a link the new site cannot keep
 * is dropped with the reason.
 */
export function resolveLink(url: string, book: AddressBook, own: Map<string, string>, fromLive = true): LinkVerdict {
  const trimmed = url.trim();
  if (!trimmed) return { drop: 'empty link' };
  if (trimmed.startsWith('#')) {
    const id = own.get(decodeURIComponent(trimmed.slice(1)));
    return id ? { url: `#${id}` } : { drop: `no heading ${trimmed} in this post` };
  }
  if (/^mailto:/i.test(trimmed)) return checked(trimmed);
  const old = oldSitePath(trimmed, book);
  if (old) {
    const id = old.searchParams.get('p') ?? old.searchParams.get('page_id');
    const target = id ? book.ids.get(id) : book.pages.get(normalisePath(safeDecode(old.pathname)));
    if (!target) {
      if (normalisePath(old.pathname) === '/' && !id) return { url: `/${fragment(old.hash)}`, note: 'the home page' };
      return {
        drop: /\/wp-content\/uploads\//.test(old.pathname) ? 'link to a file of the old site' : 'page not imported',
      };
    }
    if (fromLive && target.live === false) return { drop: `${target.path} is not published (link to it once it is)` };
    if (!old.hash) return { url: target.path };
    const anchor = target.anchors?.get(safeDecode(old.hash.slice(1)));
    return anchor
      ? { url: `${target.path}#${anchor}` }
      : { url: target.path, note: `no heading ${old.hash} there: anchor removed` };
  }
  if (/^http:\/\//i.test(trimmed)) return checked(`https://${trimmed.slice(7)}`, 'http:// made https://');
  if (/^https:\/\//i.test(trimmed)) return checked(trimmed);
  return { drop: `a ${trimmed.split(':')[0]}: link is not allowed` };
}

const fragment = (hash: string) => (hash.length > 1 ? hash : '');

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

function checked(url: string, note?: string): LinkVerdict {
  const problem = linkProblem('link', url);
  return problem ? { drop: problem } : { url, note };
}
