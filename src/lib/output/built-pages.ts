import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stampedMemo } from '../incremental/stamped-memo';
import { listFiles } from './dist-files';
import { htmlElements, type HtmlElement } from './html-tree';
import { linksOf, xmlLinks, type PageLink } from './page-links';
import { SITE_INLINE_SCRIPTS } from './site-scripts';

/** Script types a browser runs; other types (`application/ld+json`) are data, which CSP does not govern. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** What the after-build steps need from one built HTML page or XML file, read in one pass. */
export interface BuiltPage {
  /** Fragment targets: every `id`, and the `name` of each `<a>`. */
  ids: Set<string>;
  /** Every URL the page refers to. */
  links: PageLink[];
  /** Unsafe markup, one line each (inline event handlers, external links without `rel="noopener"`). */
  problems: string[];
  /** The text of executable inline scripts, inline `<style>` elements and `style` attributes. */
  inline: { scripts: string[]; styles: string[]; styleAttributes: string[] };
  /** Where a redirect page (a former slug's `<meta http-equiv="refresh">`) sends the reader. */
  redirectsTo?: string;
}

/** The fragment targets of a page: every `id`, and the `name` of each `<a>`. */
export function elementIds(elements: HtmlElement[]): Set<string> {
  return new Set(
    elements.flatMap((e) => [e.attrs.id, e.tag === 'a' ? e.attrs.name : undefined]).filter((id): id is string => !!id),
  );
}

function unsafeMarkup({ tag, attrs }: HtmlElement): string[] {
  const problems = Object.keys(attrs)
    .filter((name) => name.startsWith('on'))
    .map(
      (name) => `<${tag} ${name}>: inline event handler, which the Content-Security-Policy blocks (use a script file)`,
    );
  const href = attrs.href ?? '';
  if (
    (tag === 'a' || tag === 'area') &&
    /^(https?:)?\/\//i.test(href.trim()) &&
    !attrs.rel?.split(/\s+/).includes('noopener')
  ) {
    problems.push(`<${tag} href> "${href}": link to another site without rel="noopener" (add it)`);
  }
  return problems;
}

/** Reads one built file: HTML is parsed once for links, ids, unsafe markup and inline code; XML for its URLs. */
export function readBuiltPage(file: string, text: string): BuiltPage {
  const inline: BuiltPage['inline'] = { scripts: [], styles: [], styleAttributes: [] };
  if (!file.endsWith('.html')) return { ids: new Set(), links: xmlLinks(text), problems: [], inline };
  const elements = htmlElements(text);
  const problems: string[] = [];
  for (const { tag, attrs, text: code } of elements) {
    if (tag === 'script' && attrs.src === undefined && EXECUTABLE.test((attrs.type ?? '').trim())) {
      inline.scripts.push(code);
    }
    // Data blocks aside, an inline script is one of the site's own or nothing.
    if (
      tag === 'script' &&
      attrs.src === undefined &&
      (attrs.type ?? '').trim().toLowerCase() !== 'application/ld+json'
    ) {
      if (!SITE_INLINE_SCRIPTS.includes(code)) {
        const shown = code.trim().replace(/\s+/g, ' ').slice(0, 60);
        problems.push(
          `<script>${shown}</script>: an inline script the site's templates do not write, which the Content-Security-Policy blocks (find what put it there; site scripts are files)`,
        );
      }
    }
    if (tag === 'style') inline.styles.push(code);
    if (attrs.style !== undefined) inline.styleAttributes.push(attrs.style);
  }
  const refresh = elements.find((e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'refresh');
  const redirectsTo = /url=(.+)$/i.exec(refresh?.attrs.content ?? '')?.[1]?.trim();
  return {
    ids: elementIds(elements),
    links: elements.flatMap(linksOf),
    problems: [...problems, ...elements.flatMap(unsafeMarkup)],
    inline,
    ...(redirectsTo ? { redirectsTo } : {}),
  };
}

/** Pages already read in this process, by content hash: the link check and the CSP share one parse. */
const readBefore = new Map<string, BuiltPage>();
/** Content hashes of the pages, sitemaps and feeds read in this build, by absolute path. */
const digests = new Map<string, string>();

/** The last build's digests, by absolute path, for the files it has not touched since (`recallDigests`). */
let remembered: ReturnType<typeof stampedMemo<string>> | undefined;

/**
 * The SHA-1 of a built page, sitemap or feed, read once a build: the search index, the `dist/` stamp
 * and the page reader all key on it. (Astro does not rewrite a page once the after-build steps run.)
 * A file the last build digested and nothing has touched since is not read at all.
 */
export function fileDigest(dist: string, file: string, text?: string): string {
  const path = join(dist, file);
  let digest = digests.get(path) ?? (text === undefined ? remembered?.get(path, path) : undefined);
  if (!digest) {
    digest = createHash('sha1')
      .update(text ?? readFileSync(path))
      .digest('base64');
    remembered?.set(path, path, digest);
  }
  digests.set(path, digest);
  return digest;
}

/** Takes back the digests the last build kept in `file` (at the start of a build, after `forgetBuiltPages`). */
export function recallDigests(file: string): void {
  remembered = stampedMemo<string>(file, 'sha1');
}

/** Keeps this build's digests for the next build. */
export function keepDigests(): void {
  remembered?.save();
}

/**
 * Every HTML and XML file in `dist/` with what the after-build steps need from it. A file whose bytes
 * were read before (by an earlier step of the same build) is not parsed again.
 */
export function builtPages(dist: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const file of pageFiles(dist)) pages.set(file, readOnce(dist, file));
  return pages;
}

const PAGE = /\.(html|xml)$/;
const pageFiles = (dist: string) => listFiles(dist).filter((f) => PAGE.test(f));

function readOnce(dist: string, file: string): BuiltPage {
  const known = digests.get(join(dist, file));
  const kind = file.endsWith('.html') ? 'h' : 'x';
  const hit = known && readBefore.get(`${kind}:${known}`);
  if (hit) return hit;
  const text = readFileSync(join(dist, file), 'utf8');
  const page = readBuiltPage(file, text);
  readBefore.set(`${kind}:${fileDigest(dist, file, text)}`, page);
  return page;
}

/**
 * Reads every page of `dist/` ahead, a few at a time, letting other work through between them: the
 * search index runs this while Pagefind's own process indexes, so the later steps find the pages read.
 */
export async function readBuiltPagesAhead(dist: string): Promise<void> {
  const files = pageFiles(dist);
  for (let at = 0; at < files.length; at += 16) {
    for (const file of files.slice(at, at + 16)) readOnce(dist, file);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The code of the after-build checks (this folder), so a remembered result never outlives a change to them. */
const CHECKS_CODE = (() => {
  const folder = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(join(folder, file)));
  return hash.digest('hex');
})();

const stamps = new Map<string, string>();

/**
 * A fingerprint of `dist/` as the after-build checks see it: every file's path, the bytes of every
 * page, sitemap and feed, and the checks' own code. Computed once a build (after the search index).
 */
export function distStamp(dist: string): string {
  let stamp = stamps.get(dist);
  if (!stamp) {
    const hash = createHash('sha256').update(CHECKS_CODE);
    for (const file of listFiles(dist)) {
      hash.update(`${file}\n`);
      if (PAGE.test(file)) hash.update(fileDigest(dist, file));
    }
    stamp = hash.digest('hex').slice(0, 32);
    stamps.set(dist, stamp);
  }
  return stamp;
}

/** Forgets the pages read, their hashes and the stamps taken so far (at the start of a build). */
export function forgetBuiltPages(): void {
  remembered = undefined;
  readBefore.clear();
  digests.clear();
  stamps.clear();
}
