import { createHash } from 'node:crypto';
import { headFacts, type HeadFacts } from '../seo/page-facts';
import { htmlElements, type HtmlElement } from './html-tree';
import { cspHash } from './csp-hash';
import { linksOf, xmlLinks, type PageLink } from './page-links';
import { SITE_INLINE_SCRIPTS } from './site-scripts';

/** Script types a browser runs; other types (`application/ld+json`) are data, which CSP does not govern. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/**
 * What the after-build steps need from one built HTML page or XML file (sitemap, feed), read in one
 * pass. Plain data (it is kept as JSON between builds, under the file's digest), and independent of
 * where the file lies: the same bytes give the same record.
 */
export interface PageRecord {
  /** Fragment targets: every `id`, and the `name` of each `<a>`. */
  ids: string[];
  /** Every URL the file refers to. */
  links: PageLink[];
  /** Unsafe markup, one line each (inline event handlers, stray inline scripts, links without `noopener`). */
  problems: string[];
  /** CSP hashes (`cspHash`) of executable inline scripts, inline `<style>` elements and `style` attributes. */
  inline: { scripts: string[]; styles: string[]; styleAttributes: string[] };
  /** Where a redirect page (a former slug's `<meta http-equiv="refresh">`) sends the reader. */
  redirectsTo?: string;
  /** The head tags the sitemap reads (HTML only). */
  head?: HeadFacts;
}

/** The digest a file's record is kept under: SHA-1 of its bytes, base64. */
export const textDigest = (text: string | Buffer): string => createHash('sha1').update(text).digest('base64');

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

/** Each distinct CSP hash of `texts`, in first-seen order. */
const hashes = (texts: string[]) => [...new Set(texts.map(cspHash))];

/** Reads one built file: HTML is parsed once for links, ids, head tags, unsafe markup and inline code; XML for its URLs. */
export function readPageRecord(file: string, text: string): PageRecord {
  if (!file.endsWith('.html')) {
    return { ids: [], links: xmlLinks(text), problems: [], inline: { scripts: [], styles: [], styleAttributes: [] } };
  }
  const elements = htmlElements(text);
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  const problems: string[] = [];
  for (const { tag, attrs, text: code } of elements) {
    if (tag === 'script' && attrs.src === undefined && EXECUTABLE.test((attrs.type ?? '').trim())) {
      scripts.push(code);
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
    if (tag === 'style') styles.push(code);
    if (attrs.style !== undefined) styleAttributes.push(attrs.style);
  }
  const refresh = elements.find((e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'refresh');
  const redirectsTo = /url=(.+)$/i.exec(refresh?.attrs.content ?? '')?.[1]?.trim();
  return {
    ids: [...elementIds(elements)],
    links: elements.flatMap(linksOf),
    problems: [...problems, ...elements.flatMap(unsafeMarkup)],
    inline: { scripts: hashes(scripts), styles: hashes(styles), styleAttributes: hashes(styleAttributes) },
    ...(redirectsTo ? { redirectsTo } : {}),
    head: headFacts(elements),
  };
}
