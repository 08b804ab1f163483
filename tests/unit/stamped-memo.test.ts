import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stampedMemo } from '../../src/lib/incremental/stamped-memo';
import { readPages } from '../../src/lib/output/read-dist';
import { recordMemo } from '../../src/lib/output/record-memo';

let dir = '';
const memoFile = () => join(dir, 'cache', 'memo.json');
const page = (name: string) => join(dir, name);
const sha1 = (text: string) => createHash('sha1').update(text).digest('base64');
/** Rewrites a file with other bytes of the same length, then puts its modification time back. */
const sneakyEdit = (path: string, text: string) => {
  const { atime, mtime } = statSync(path);
  writeFileSync(path, text);
  utimesSync(path, atime, mtime);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-memo-'));
  writeFileSync(page('a.html'), 'page a');
  writeFileSync(page('b.html'), 'page b');
  // Whole milliseconds, so that `sneakyEdit` can put the very same time back.
  const time = new Date('2026-11-01T10:00:00Z');
  for (const name of ['a.html', 'b.html']) utimesSync(page(name), time, time);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('values kept under a file stamp between builds', () => {
  it('gives a value back while its file is untouched, and not after the file changed', () => {
    const first = stampedMemo<number>(memoFile(), { site: 'x' });
    expect(first.get('a', page('a.html'))).toBeUndefined();
    first.set('a', page('a.html'), 1);
    first.set('b', page('b.html'), 2);
    first.save();

    writeFileSync(page('b.html'), 'page b, edited');
    const second = stampedMemo<number>(memoFile(), { site: 'x' });
    expect(second.get('a', page('a.html'))).toBe(1);
    expect(second.get('b', page('b.html'))).toBeUndefined();
  });

  it('does not give back a value touched without a size change, or kept for other inputs', () => {
    const first = stampedMemo<number>(memoFile(), { site: 'x' });
    first.set('a', page('a.html'), 1);
    first.save();
    expect(stampedMemo<number>(memoFile(), { site: 'y' }).get('a', page('a.html'))).toBeUndefined();
    const later = new Date(Date.now() + 5000);
    utimesSync(page('a.html'), later, later);
    expect(stampedMemo<number>(memoFile(), { site: 'x' }).get('a', page('a.html'))).toBeUndefined();
  });

  it('keeps only what the last build used: a page gone from it is forgotten', () => {
    const first = stampedMemo<number>(memoFile(), {});
    first.set('a', page('a.html'), 1);
    first.set('b', page('b.html'), 2);
    first.save();
    const second = stampedMemo<number>(memoFile(), {});
    expect(second.get('a', page('a.html'))).toBe(1);
    second.save();
    expect(stampedMemo<number>(memoFile(), {}).get('b', page('b.html'))).toBeUndefined();
  });
});

describe('page records across builds', () => {
  /** One build's after-build read of a.html and b.html, with the records kept by the last one. */
  const build = async (inputs = 'code') => {
    const memo = recordMemo(join(dir, 'cache'), inputs);
    const read = await readPages(dir, ['a.html', 'b.html'], memo);
    memo.save();
    return read;
  };

  it("reuses the last build's digest and record of an untouched page without reading it", async () => {
    const first = await build();
    expect(first.digests.get('a.html')).toBe(sha1('page a'));
    expect([first.read, first.parsed]).toEqual([2, 2]);
    // Same size, same modification time: the page is not read, so the old digest comes back (which
    // is what proves it was not read; Astro never rewrites a page without changing its time).
    sneakyEdit(page('a.html'), 'page z');
    const second = await build();
    expect(second.digests.get('a.html')).toBe(sha1('page a'));
    expect([second.read, second.parsed]).toEqual([0, 0]);
  });

  it('reads a page again once it changed, and parses it only when its bytes are new', async () => {
    await build();
    writeFileSync(page('a.html'), 'page a, rewritten');
    const changed = await build();
    expect(changed.digests.get('a.html')).toBe(sha1('page a, rewritten'));
    expect([changed.read, changed.parsed]).toEqual([1, 1]);
    // Written again with the bytes the last build saw: read for its digest, not parsed.
    writeFileSync(page('b.html'), 'page b');
    const same = await build();
    expect([same.read, same.parsed]).toEqual([1, 0]);
  });

  it('reads and parses every page when no earlier build kept records, or the reader changed', async () => {
    sneakyEdit(page('a.html'), 'page y');
    const first = await build();
    expect(first.digests.get('a.html')).toBe(sha1('page y'));
    expect((await build('other code')).parsed).toBe(2);
  });
});
