import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check';
import { checkContent } from '../../src/lib/content/check';
import { checkStamp } from '../../src/lib/content/check/check-stamp';
import { devContentProblems, watchingContent } from '../../src/lib/content/dev-problems';

/*
 * A build reuses the last passing content check when nothing the check reads changed. These tests run
 * the integration's hook on a copy of the project, as `astro build` does.
 */

let project = '';
const messages: string[] = [];
const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) };
const runCheck = () => {
  const hook = contentCheck({}).hooks['astro:config:setup'] as unknown as (params: unknown) => void;
  hook({
    command: 'build',
    config: { root: pathToFileURL(`${project}/`), cacheDir: pathToFileURL(`${project}/.cache/astro/`), base: '/' },
    logger,
  });
  return messages.at(-1) ?? '';
};
const POST = 'content/journal/what-a-code-audit-finds.mdx';
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(project, file), change(readFileSync(join(project, file), 'utf8')));

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'check-cache-'));
  for (const item of ['content', 'src', 'public', 'package.json', 'astro.config.mjs']) {
    if (existsSync(item)) cpSync(item, join(project, item), { recursive: true });
  }
  mkdirSync(join(project, 'public'), { recursive: true });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

describe('the content check in a build', () => {
  it('changes its stamp with a content file, a source file or an image, and only then', () => {
    const before = checkStamp(project);
    expect(checkStamp(project)).toBe(before);
    for (const file of [POST, 'src/lib/format.ts']) {
      const text = readFileSync(join(project, file), 'utf8');
      edit(file, (t) => `${t}\n`);
      expect(checkStamp(project), file).not.toBe(before);
      writeFileSync(join(project, file), text);
    }
    expect(checkStamp(project)).toBe(before);
    // An image counts by size and modification time: replaced by one of another size, the stamp changes.
    const image = 'content/images/journal/what-a-code-audit-finds/hero/image.jpg';
    const bytes = readFileSync(join(project, image));
    writeFileSync(join(project, image), Buffer.concat([bytes, Buffer.from([0])]));
    expect(checkStamp(project), image).not.toBe(before);
    writeFileSync(join(project, image), bytes);
    utimesSync(join(project, image), new Date(0), new Date(0));
    const restored = checkStamp(project);
    utimesSync(join(project, image), new Date(1e12), new Date(1e12));
    expect(checkStamp(project), `${image} touched`).not.toBe(restored);
    writeFileSync(join(project, 'public/new.txt'), 'a new public file');
    expect(checkStamp(project)).not.toBe(before);
    rmSync(join(project, 'public/new.txt'));
  });

  it('knows when a scheduled post goes live, the moment its result may change', () => {
    const { validUntil } = checkContent(project, { now: new Date('2026-11-22T12:00:00Z') });
    expect(validUntil).toBe('2027-02-15T00:00:00.000Z');
    expect(checkContent(project, { now: new Date('2027-03-01T00:00:00Z') }).validUntil).toBeUndefined();
  });

  it('reuses the last passing result when no file changed', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z'), toFake: ['Date'] });
    const first = runCheck();
    expect(first).toMatch(/^Content check: \d+ files, 0 errors/);
    expect(first).not.toContain('checked by the last build');
    expect(runCheck()).toBe(`${first}\n(checked by the last build: no file changed)`);
  });

  it('checks again, and fails, when a file changed since', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z'), toFake: ['Date'] });
    runCheck();
    expect(runCheck()).toContain('checked by the last build');
    const text = readFileSync(join(project, POST), 'utf8');
    edit(POST, (t) => t.replace(/^publishedAt: .*$/m, 'publishedAt: 2026-02-30'));
    expect(runCheck).toThrow(/what-a-code-audit-finds\.mdx: publishedAt/);
    writeFileSync(join(project, POST), text);
  });

  it('checks again once a scheduled post has gone live', () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00Z'), toFake: ['Date'] });
    runCheck();
    expect(runCheck()).toContain('checked by the last build');
    vi.setSystemTime(new Date('2027-02-15T00:00:01Z'));
    expect(runCheck()).not.toContain('checked by the last build');
  });
});

describe("the dev server's problem box", () => {
  const CATEGORY = 'content/categories/ai-in-production.yaml';
  const broken = () => devContentProblems(project).map((p) => `${p.file}: ${p.field}: ${p.message}`);

  it('checks again when the project changes, read from its stamp while no file watcher reports', () => {
    expect(broken()).toEqual([]);
    const saved = readFileSync(join(project, CATEGORY));
    rmSync(join(project, CATEGORY));
    try {
      expect(broken().join('\n')).toMatch(/content\/journal\/[a-z0-9-]+\.mdx: categories\[\d\]: .*ai-in-production/);
    } finally {
      writeFileSync(join(project, CATEGORY), saved);
    }
    expect(broken()).toEqual([]);
  });

  it("with the dev server's watcher, checks again only after it reports a change", () => {
    const watcher = watchingContent();
    watcher.changed();
    expect(broken()).toEqual([]);
    const saved = readFileSync(join(project, CATEGORY));
    rmSync(join(project, CATEGORY));
    try {
      // No change reported: the last result stands (the check did not run again to see the deletion).
      expect(broken()).toEqual([]);
      watcher.changed();
      expect(broken().join('\n')).toContain('ai-in-production');
    } finally {
      writeFileSync(join(project, CATEGORY), saved);
    }
    watcher.changed();
    expect(broken()).toEqual([]);
  });
});
