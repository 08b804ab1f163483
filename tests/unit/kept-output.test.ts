import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  keepUnchanged,
  readRecord,
  removeUnproduced,
  stampFiles,
  writeRecord,
  type OutputRecord,
} from '../../src/lib/incremental/kept-output';
import { listFiles } from '../../src/lib/output/dist-files';

let dist = '';
const put = (file: string, text = file) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
};
const PAGES = ['index.html', 'journal/a/index.html', 'journal/a.md', 'og/post/a.png'];
const INDEX = ['pagefind.js', 'fragment/x.pf_fragment', 'index/y.pf_index'];

/** A dist/ as a build leaves it, and the record of it. */
function lastBuild(): OutputRecord {
  for (const file of [...PAGES, '_astro/site.123.css', 'robots.txt', ...INDEX.map((f) => `pagefind/${f}`)]) put(file);
  return {
    version: 1,
    pages: stampFiles(dist, PAGES),
    bundles: { pagefind: { digest: 'd1', files: stampFiles(join(dist, 'pagefind'), INDEX) } },
  };
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'kept-output-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('keeping unchanged output between builds', () => {
  it('empties dist/ when there is no record of the last build, but for a Git checkout', () => {
    lastBuild();
    put('.git/HEAD', 'ref: refs/heads/gh-pages');
    const kept = keepUnchanged(dist, undefined);
    expect(listFiles(dist)).toEqual(['.git/HEAD']);
    expect(kept.pages.size).toBe(0);
    expect(kept.removed).toBe(9);
  });

  it('keeps the recorded pages and bundle, and removes every other file', () => {
    const kept = keepUnchanged(dist, lastBuild());
    expect([...kept.pages].sort()).toEqual([...PAGES].sort());
    expect(kept.bundles.get('pagefind')).toBe('d1');
    expect(listFiles(dist)).toEqual([...PAGES, ...INDEX.map((f) => `pagefind/${f}`)].sort());
    expect(existsSync(join(dist, '_astro'))).toBe(false);
  });

  it('removes a recorded page whose size or modification time changed since', () => {
    const record = lastBuild();
    put('journal/a/index.html', 'edited by hand');
    utimesSync(join(dist, 'index.html'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const kept = keepUnchanged(dist, record);
    expect([...kept.pages].sort()).toEqual(['journal/a.md', 'og/post/a.png']);
    expect(existsSync(join(dist, 'journal/a/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });

  it('drops a whole bundle when one of its files changed, went missing or was added', () => {
    for (const change of [
      () => put('pagefind/pagefind.js', 'changed'),
      () => rmSync(join(dist, 'pagefind/index/y.pf_index')),
      () => put('pagefind/fragment/extra.pf_fragment'),
    ]) {
      const record = lastBuild();
      change();
      const kept = keepUnchanged(dist, record);
      expect(kept.bundles.has('pagefind')).toBe(false);
      expect(existsSync(join(dist, 'pagefind'))).toBe(false);
      expect(kept.pages.size).toBe(PAGES.length);
    }
  });

  it('removes kept pages the build did not produce, and the folders they leave empty', () => {
    const kept = keepUnchanged(dist, lastBuild());
    const stale = removeUnproduced(dist, kept.pages, new Set(['index.html', 'og/post/a.png']));
    expect(stale.sort()).toEqual(['journal/a.md', 'journal/a/index.html']);
    expect(existsSync(join(dist, 'journal'))).toBe(false);
    expect(listFiles(dist)).toContain('og/post/a.png');
  });

  it('reads back the record it wrote, and no record from a missing or foreign file', () => {
    const record = lastBuild();
    const file = join(dist, '..', `${dist.split('/').pop()}.json`);
    writeRecord(file, record);
    expect(readRecord(file)).toEqual(record);
    writeFileSync(file, '{"version": 2}');
    expect(readRecord(file)).toBeUndefined();
    rmSync(file);
    expect(readRecord(file)).toBeUndefined();
  });
});
