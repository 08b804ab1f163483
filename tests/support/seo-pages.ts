import { load, type CheerioAPI } from 'cheerio';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A built HTML page: its file, the URL path it is served at, and its parsed document. */
export interface BuiltPage {
  file: string;
  path: string;
  $: CheerioAPI;
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

/** Every HTML page in `dist/` except redirect stubs, with its served path (`journal/x/index.html` → `/journal/x/`). */
export function builtPages(dist: string): BuiltPage[] {
  return walk(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(dist, file).split('\\').join('/');
      return { file: rel, path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, $: load(readFileSync(file, 'utf8')) };
    })
    .filter((page) => page.$('meta[http-equiv="refresh"]').length === 0);
}

/** The file in `dist/` an absolute URL of the site points at, or `undefined` when it is not on the site. */
export function distFileOf(url: string, site: string, dist: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** Every JSON-LD node of a page, `@graph`s flattened. */
export function jsonLdNodes($: CheerioAPI): Record<string, any>[] {
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).html() ?? ''))
    .get()
    .flatMap((data: Record<string, any>) => data['@graph'] ?? [data]);
}

/** Width and height of a PNG, read from its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
