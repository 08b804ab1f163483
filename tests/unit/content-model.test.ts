import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminHeadings,
  CONTENT_TYPES,
  entryUrl,
  headingsFor,
  routeFolder,
  type ContentTypeName,
} from '../../src/content-model/types';
import { COLLECTIONS } from '../../src/lib/content/check/collections';
import { paths } from '../../src/lib/urls';
import { ROOT } from '../support/run';

const SRC = join(ROOT, 'src');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
/** Source code without comments, so documentation may name a folder. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
const types = Object.keys(CONTENT_TYPES) as ContentTypeName[];

describe('the content model', () => {
  it.each(types)("spells %s's folder in one place only: its module", (type) => {
    const folder = CONTENT_TYPES[type].folder;
    const spelled = [...sources(SRC), join(ROOT, 'astro.config.mjs'), join(ROOT, 'keystatic.config.ts')]
      .filter((file) => new RegExp(`['"\`./]${folder}\\b`).test(code(file)))
      .map((file) => relative(SRC, file));
    expect(spelled).toHaveLength(1);
    expect(spelled[0]).toMatch(/^content-model\/types\/\w+\.ts$/);
  });

  it('is what the content check reads, in the same order', () => {
    expect(COLLECTIONS.map((c) => [c.name, c.folder, c.extension])).toEqual(
      types.map((t) => [t, CONTENT_TYPES[t].folder, CONTENT_TYPES[t].extension]),
    );
  });

  it('gives each entry the URL the site links to', () => {
    expect(entryUrl('posts', 'x')).toBe(paths.post('x'));
    expect(entryUrl('faqs', 'x')).toBe(paths.faqItem('x'));
    expect(entryUrl('categories', 'x')).toBe('/journal/category/x/');
    expect(routeFolder('categories')).toBe('journal/category');
    expect(routeFolder('faqs')).toBeUndefined();
  });
});

describe('heading levels', () => {
  it('offer bodies with pages levels 2 to 4 and FAQ answers none, in the admin and the check alike', () => {
    expect(headingsFor('content/journal/x.mdx')).toEqual([2, 3, 4]);
    expect(headingsFor('content/services/x.mdx')).toEqual([2, 3, 4]);
    expect(headingsFor('content/faqs/x.mdx')).toEqual([]);
    expect(adminHeadings('posts')).toEqual([2, 3, 4]);
    expect(adminHeadings('faqs')).toBe(false);
  });
});
