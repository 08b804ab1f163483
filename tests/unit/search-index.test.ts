import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexNeeded, searchDigest } from '../../src/lib/output/search-index';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the search index step', () => {
  it('starts Pagefind before reading the pages only when no index can be reused', () => {
    dir = mkdtempSync(join(tmpdir(), 'quire-search-'));
    const cache = join(dir, 'search-index');
    expect(indexNeeded(undefined, cache), 'no kept index, no cache folder').toBe(true);
    mkdirSync(cache);
    expect(indexNeeded(undefined, cache), 'an empty cache folder').toBe(true);
    expect(indexNeeded('abc', cache), 'an index kept in dist/').toBe(false);
    mkdirSync(join(cache, 'abc'));
    expect(indexNeeded(undefined, cache), 'an index in the cache').toBe(false);
  });

  it('keys the index on the HTML pages and their digests only', () => {
    const pages: [string, string][] = [
      ['a/index.html', 'x'],
      ['b/index.html', 'y'],
    ];
    const digest = searchDigest(pages);
    expect(searchDigest([...pages, ['sitemap-0.xml', 'z']])).toBe(digest);
    expect(searchDigest([pages[0]!, ['b/index.html', 'changed']])).not.toBe(digest);
    expect(searchDigest([pages[0]!])).not.toBe(digest);
  });
});
