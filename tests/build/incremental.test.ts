import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { sampleContent } from '../support/content';
import { ASTRO_BIN, run } from '../support/run';
import { editFile, fileDigests } from '../support/files';
import { createSandbox } from '../support/sandbox';

/*
 * Astro's incremental build copies a page from the last build when its cacheKey
 * (src/lib/build/page-keys.ts) and its code are unchanged. A key that misses something the page shows
 * would ship a stale page, so after a set of edits the incremental build must write exactly the files
 * a build from scratch writes.
 */

const content = sampleContent();
const live = content.posts.filter((p) => isPublished(p.data, new Date(), false));
const retitled = live[0]!;
const COMPARISON = 'cto-engagement-models';
const embedding = live.filter((p) => p.body.includes(`comparison="${COMPARISON}"`)).map((p) => p.id);
const author = [...content.authors].sort(
  (a, b) =>
    live.filter((p) => p.data.authors.includes(a.id)).length - live.filter((p) => p.data.authors.includes(b.id)).length,
)[0]!;
const byAuthor = live.filter((p) => p.data.authors.includes(author.id)).map((p) => p.id);

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
const logs: string[] = [];
let first = new Map<string, string>();
let warm = new Map<string, string>();
let incremental = new Map<string, string>();
let scratch = new Map<string, string>();

const build = async () => {
  const log = (await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir })).replace(/\x1b\[[0-9;]*m/g, '');
  logs.push(log);
  return log;
};
/** Routes the build log lists as rendered (with a time) and as copied from the last build. */
const routes = (log: string) => {
  const rendered: string[] = [];
  const copied: string[] = [];
  for (const match of log.matchAll(/[├└]─ (\S+) (\(cached\)|\(restored\)|\(\+[\d.]+m?s\))/g)) {
    (match[2]!.startsWith('(+') ? rendered : copied).push(match[1]!);
  }
  return { rendered, copied };
};
const article = (id: string) => `/journal/${id}/index.html`;
/** A top-level YAML field with its value, folded over several lines or not. */
const FIELD = (name: string) => new RegExp(`^${name}: .*(?:\\n {2,}.*)*$`, 'm');
const edit = (file: string, change: (text: string) => string) => editFile(sandbox.dir, file, change);

beforeAll(async () => {
  sandbox = await createSandbox('incremental');
  await build();
  first = fileDigests(join(sandbox.dir, 'dist'));
  await build();
  warm = fileDigests(join(sandbox.dir, 'dist'));
  edit(`content/journal/${retitled.id}.mdx`, (t) => t.replace(FIELD('title'), "title: 'A retitled article'"));
  edit(`content/comparisons/${COMPARISON}.yaml`, (t) => t.replace(FIELD('title'), 'title: A renamed comparison'));
  edit(`content/authors/${author.id}.yaml`, (t) => t.replace(FIELD('name'), 'name: Renamed Author'));
  await build();
  incremental = fileDigests(join(sandbox.dir, 'dist'));
  rmSync(join(sandbox.dir, '.cache/astro'), { recursive: true, force: true });
  await build();
  scratch = fileDigests(join(sandbox.dir, 'dist'));
}, 400_000);
afterAll(() => sandbox?.remove());

describe('incremental builds', () => {
  it('renders every page on the first build', () => {
    const first = routes(logs[0]!);
    expect(first.copied).toEqual([]);
    expect(first.rendered).toEqual(expect.arrayContaining(live.map((p) => article(p.id))));
  });

  it('copies every article, Markdown copy and share image when nothing changed', () => {
    const { rendered, copied } = routes(logs[1]!);
    for (const post of live) {
      expect(copied).toContain(article(post.id));
      expect(copied).toContain(`/journal/${post.id}.md`);
      expect(copied).toContain(`/og/post/${post.id}.png`);
    }
    expect(rendered.filter((route) => /^\/(journal|og)\//.test(route))).toEqual([]);
    expect(logs[1]).toMatch(/share images: 0 drawn, 0 from cache, \d+ kept from the last build/);
    expect(logs[1]).toContain('search index copied to pagefind/ from the last build (no page changed)');
    expect(logs[1]).toContain('every internal link, image and anchor in dist/ resolves (checked by the last build');
    expect(logs[2]).toMatch(/every internal link, image and anchor in dist\/ resolves$/m);
  });

  it('writes the same files as the build before when nothing changed', () => {
    expect(warm).toEqual(first);
  });

  it('re-renders the pages an edit reaches, and only some of the journal', () => {
    expect(embedding.length).toBeGreaterThan(0);
    const { rendered, copied } = routes(logs[2]!);
    for (const id of new Set([retitled.id, ...embedding, ...byAuthor])) expect(rendered).toContain(article(id));
    expect(rendered).toContain(`/compare/${COMPARISON}/index.html`);
    expect(rendered).toContain(`/og/post/${retitled.id}.png`);
    expect(copied.filter((route) => /^\/journal\/[^/]+\/index\.html$/.test(route)).length).toBeGreaterThan(0);
    // Cards show titles and author names: exactly the cards of what was edited are drawn again.
    const drawn = /share images: \d+ drawn \(([^)]*)\)/.exec(logs[2]!)?.[1]?.split(', ');
    const expected = [...new Set([retitled.id, ...byAuthor])].map((id) => `post/${id}`);
    expect(drawn?.sort()).toEqual([...expected, `comparison/${COMPARISON}`, `author/${author.id}`].sort());
  });

  it('writes the same files as a build from scratch after those edits', () => {
    expect(routes(logs[3]!).copied).toEqual([]);
    expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
    const differing = [...scratch.keys()].filter((file) => scratch.get(file) !== incremental.get(file));
    expect(differing).toEqual([]);
  });
});
