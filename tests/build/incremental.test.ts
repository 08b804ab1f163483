import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { sampleContent } from '../support/content';
import { ASTRO_BIN, run } from '../support/run';
import { editFile, fileDigests } from '../support/files';
import { createSandbox } from '../support/sandbox';

/*
 * Astro's incremental build copies a page from the last build when its cacheKey
 * (src/lib/incremental/page-keys.ts) and its code are unchanged. A key that misses something the page shows
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
// A draft no other entry mentions: published before the first build, unpublished again with the edits.
const TEXT = /\.(mdx|md|yaml)$/;
const mentioned = (id: string) =>
  readdirSync('content', { recursive: true, withFileTypes: true }).some(
    (f) =>
      f.isFile() &&
      TEXT.test(f.name) &&
      !f.name.startsWith(`${id}.`) &&
      readFileSync(join(f.parentPath, f.name), 'utf8').includes(id),
  );
const unpublished = content.posts.find((p) => p.data.draft && !mentioned(p.id))!;
const byAuthor = live.filter((p) => p.data.authors.includes(author.id)).map((p) => p.id);

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
const logs: string[] = [];
let first = new Map<string, string>();
let warm = new Map<string, string>();
let incremental = new Map<string, string>();
let scratch = new Map<string, string>();
let takenDown = new Map<string, string>();
let takenDownScratch = new Map<string, string>();
/** The pages of the journal listing before the edits, split by whether they show the post retitled. */
const listing = { showing: [] as string[], others: [] as string[] };
/** A file the take-down does not reach (a share card shows no list of posts). */
const handEdited = `og/post/${live.find((p) => p !== retitled)!.id}.png`;

const build = async () => {
  const log = await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir });
  logs.push(log);
  return log;
};
/** Routes the build log lists as rendered (with a time) and as copied from the last build. */
const routes = (log: string) => {
  const rendered: string[] = [];
  const copied: string[] = [];
  const kept: string[] = [];
  for (const match of log.matchAll(/[├└]─ (\S+) (\(cached\)|\(restored\)|\(\+[\d.]+m?s\))/g)) {
    (match[2]!.startsWith('(+') ? rendered : copied).push(match[1]!);
    // "(cached)": Astro found the page in dist/ and left it there; "(restored)": copied from its cache.
    if (match[2] === '(cached)') kept.push(match[1]!);
  }
  return { rendered, copied, kept };
};
const article = (id: string) => `/journal/${id}/index.html`;
/** A top-level YAML field with its value, folded over several lines or not. */
const FIELD = (name: string) => new RegExp(`^${name}: .*(?:\\n {2,}.*)*$`, 'm');
const edit = (file: string, change: (text: string) => string) => editFile(sandbox.dir, file, change);

beforeAll(async () => {
  sandbox = await createSandbox('incremental');
  edit(`content/journal/${unpublished.id}.mdx`, (t) => t.replace(FIELD('draft'), 'draft: false'));
  await build();
  first = fileDigests(join(sandbox.dir, 'dist'));
  await build();
  warm = fileDigests(join(sandbox.dir, 'dist'));
  for (const file of [...warm.keys()].filter((f) => /^journal\/(\d+\/)?index\.html$/.test(f))) {
    const shows = readFileSync(join(sandbox.dir, 'dist', file), 'utf8').includes(`href="/journal/${retitled.id}/"`);
    (shows ? listing.showing : listing.others).push(`/${file}`);
  }
  edit(`content/journal/${retitled.id}.mdx`, (t) => t.replace(FIELD('title'), "title: 'A retitled article'"));
  edit(`content/comparisons/${COMPARISON}.yaml`, (t) => t.replace(FIELD('title'), 'title: A renamed comparison'));
  edit(`content/authors/${author.id}.yaml`, (t) => t.replace(FIELD('name'), 'name: Renamed Author'));
  await build();
  incremental = fileDigests(join(sandbox.dir, 'dist'));
  rmSync(join(sandbox.dir, '.cache/astro'), { recursive: true, force: true });
  await build();
  scratch = fileDigests(join(sandbox.dir, 'dist'));
  // A post taken down, and dist/ as someone may leave it: an unchanged article edited by hand, a stray file.
  edit(`content/journal/${unpublished.id}.mdx`, (t) => t.replace(FIELD('draft'), 'draft: true'));
  writeFileSync(join(sandbox.dir, 'dist', handEdited), 'edited by hand');
  writeFileSync(join(sandbox.dir, 'dist/stray.txt'), 'left behind');
  await build();
  takenDown = fileDigests(join(sandbox.dir, 'dist'));
  rmSync(join(sandbox.dir, '.cache/astro'), { recursive: true, force: true });
  await build();
  takenDownScratch = fileDigests(join(sandbox.dir, 'dist'));
}, 400_000);
afterAll(() => sandbox?.remove());

describe('incremental builds', () => {
  it('renders every page on the first build, which says its caches were cold', () => {
    const first = routes(logs[0]!);
    expect(first.copied).toEqual([]);
    expect(first.rendered).toEqual(expect.arrayContaining([...live, unpublished].map((p) => article(p.id))));
    expect(logs[0]).toMatch(/\[quire:caches\] cold \(host: \w[^)]*no Astro's cache and no share images/);
  });

  it('leaves every article, Markdown copy, share image and the search index in dist/ when nothing changed', () => {
    const { rendered, copied, kept } = routes(logs[1]!);
    for (const post of live) {
      for (const file of [article(post.id), `/journal/${post.id}.md`, `/og/post/${post.id}.png`]) {
        expect(copied).toContain(file);
        expect(kept).toContain(file);
      }
    }
    expect(rendered.filter((route) => /^\/(journal|og)\//.test(route))).toEqual([]);
    expect(logs[1]).toMatch(/share images: 0 drawn, 0 from cache, \d+ kept from the last build/);
    expect(logs[1]).toMatch(/\[quire:caches\] warm \(host: /);
    // Nothing changed: no page is parsed again (the records are kept under their digests).
    expect(logs[1]).toMatch(/\[quire:after-build\] read \d+ of \d+ HTML pages \(0 parsed/);
    expect(logs[1]).toMatch(/kept \d+ unchanged files and pagefind\/ in dist\//);
    const contentChecked = /Content check: [^\n]*\n[^\n]*\(checked by the last build: no file changed\)/;
    expect(logs[1]).toMatch(contentChecked);
    expect(logs[2]).not.toMatch(contentChecked);
    expect(logs[1]).toContain('search index left in pagefind/ by the last build (no page changed)');
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

  it('re-renders the page of the journal listing that shows the edited post, and not the others', () => {
    const { rendered, copied } = routes(logs[2]!);
    expect(listing.showing).toHaveLength(1);
    expect(listing.others.length).toBeGreaterThan(0);
    expect(rendered).toContain(listing.showing[0]);
    for (const page of listing.others) expect(copied).toContain(page);
  });

  it('writes the same files as a build from scratch after those edits', () => {
    expect(routes(logs[3]!).copied).toEqual([]);
    expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
    const differing = [...scratch.keys()].filter((file) => scratch.get(file) !== incremental.get(file));
    expect(differing).toEqual([]);
  });

  it('removes the pages of a post taken down and files no build made, and replaces a page edited in dist/', () => {
    for (const file of [article(unpublished.id), `/journal/${unpublished.id}.md`, `/og/post/${unpublished.id}.png`]) {
      expect(scratch.has(file.slice(1))).toBe(true);
      expect(takenDown.has(file.slice(1))).toBe(false);
    }
    expect(takenDown.has('stray.txt')).toBe(false);
    expect(routes(logs[4]!).copied).toContain(`/${handEdited}`);
    expect(routes(logs[4]!).kept).not.toContain(`/${handEdited}`);
    expect(routes(logs[4]!).kept.length).toBeGreaterThan(0);
    expect([...takenDown.keys()].sort()).toEqual([...takenDownScratch.keys()].sort());
    const differing = [...takenDownScratch.keys()].filter((file) => takenDownScratch.get(file) !== takenDown.get(file));
    expect(differing).toEqual([]);
  });
});
