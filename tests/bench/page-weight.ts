import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzipped bytes of some text. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What one page costs a reader: its HTML, the stylesheets and scripts it links, and the fonts its CSS loads. */
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Scripts written into the HTML (their bytes are part of `html`). */
  inlineScripts: number;
  /** Font files the page's CSS points at. */
  fonts: string[];
  /** Script URLs that look like a UI framework's runtime (React, Preact, Vue, Svelte, Solid, Astro islands). */
  frameworkScripts: string[];
}

const size = (text: string | Buffer): Bytes => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const attributes = (html: string, tag: string, attribute: string, filter: RegExp) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))]
    .map((m) => m[0])
    .filter((t) => filter.test(t))
    .map((t) => t.match(new RegExp(`${attribute}="([^"]+)"`))?.[1])
    .filter((x): x is string => Boolean(x));

const FRAMEWORK = /react|preact|vue|svelte|solid-js|astro-island|client\.[\w-]+\.js/i;

/** Measures the page at `dist/<path>/index.html` and the same-site CSS and JS files it links. */
export async function pageWeight(dist: string, path: string): Promise<PageWeight> {
  const html = await readFile(join(dist, path, 'index.html'), 'utf8');
  const local = (url: string) => !/^(https?:)?\/\//.test(url);
  const stylesheets = attributes(html, 'link', 'href', /rel="stylesheet"/).filter(local);
  const scripts = attributes(html, 'script', 'src', /src=/).filter(local);
  let css: Bytes = { raw: 0, gzip: 0 };
  const fonts = new Set<string>();
  const cssTexts = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  for (const href of stylesheets) {
    const text = await readFile(join(dist, href.split('?')[0]!), 'utf8');
    css = add(css, size(text));
    cssTexts.push(text);
  }
  for (const text of cssTexts) {
    for (const m of text.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)) fonts.add(m[1]!);
  }
  let js: Bytes = { raw: 0, gzip: 0 };
  for (const src of scripts) js = add(js, size(await readFile(join(dist, src.split('?')[0]!))));
  return {
    html: size(html),
    css,
    js,
    inlineScripts: [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/g)].length,
    fonts: [...fonts],
    frameworkScripts: [
      ...scripts.filter((s) => FRAMEWORK.test(s)),
      ...(html.includes('<astro-island') ? ['<astro-island>'] : []),
    ],
  };
}

/** Total bytes and number of HTML pages under a folder. */
export async function folderSize(dir: string): Promise<{ bytes: number; htmlPages: number }> {
  let bytes = 0;
  let htmlPages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) htmlPages++;
  }
  return { bytes, htmlPages };
}
