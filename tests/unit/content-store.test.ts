import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropStaleStore, folderDigest } from '../../src/lib/incremental/content-store';

const made: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-store-'));
  made.push(dir);
  return dir;
};
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the content store follows the content model', () => {
  it('changes the digest when a file under the model changes, is added or is renamed', () => {
    const model = folder();
    mkdirSync(join(model, 'types'));
    writeFileSync(join(model, 'types/post.ts'), 'a');
    const first = folderDigest(model);
    expect(folderDigest(model)).toBe(first);
    writeFileSync(join(model, 'types/post.ts'), 'b');
    const second = folderDigest(model);
    expect(second).not.toBe(first);
    writeFileSync(join(model, 'types/faq.ts'), '');
    expect(folderDigest(model)).not.toBe(second);
  });

  it("drops Astro's store when the digest differs from the last run's, and keeps it otherwise", () => {
    const cache = folder();
    const store = join(cache, 'data-store.json');
    writeFileSync(store, '{}');
    expect(dropStaleStore(cache, 'one')).toBe(true);
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{}');
    expect(dropStaleStore(cache, 'one')).toBe(false);
    expect(existsSync(store)).toBe(true);
    expect(dropStaleStore(cache, 'two')).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  it('records the digest in a folder that does not exist yet', () => {
    const cache = join(folder(), 'new');
    expect(dropStaleStore(cache, 'one')).toBe(false);
    expect(dropStaleStore(cache, 'one')).toBe(false);
  });
});
