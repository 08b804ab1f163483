import { typeset } from '../../src/lib/markdown/typeset';
import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { sampleContent } from '../support/content';
import { ASTRO_BIN, run } from '../support/run';
import { editFile } from '../support/files';
import { createSandbox } from '../support/sandbox';
import { jsonLdNodes } from '../support/seo-pages';

const SITE = 'https://brightwater.example';
const live = sampleContent().posts.filter((p) => isPublished(p.data, new Date(), false));
const [moved, ownImage, retitled] = live;
const NEW_TITLE = 'Tricky </script><!-- & "quoted" title';
/** The title as readers see it: typeset like every text (curly quotes, dashes), the markup kept as text. */
const SHOWN_TITLE = typeset(NEW_TITLE);

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
/** One build: its log, the cache folder after it (file → mtime) and the share-image summary line. */
interface Build {
  log: string;
  cache: Map<string, number>;
  drawnCount: number;
  /** Keys of the drawn cards (the log lists them when there are 10 or fewer). */
  drawn: string[];
  fromCache: number;
  html: (path: string) => string;
}
const builds: Build[] = [];

const edit = (file: string, change: (text: string) => string) => editFile(sandbox.dir, file, change);
/**
 * The share cards in the cache folder (file → mtime). The folder also holds the touch icon, kept there
 * under a hash of its drawing; it is told apart by its bytes, which are those of dist's icon.
 */
const cacheFiles = () => {
  const dir = join(sandbox.dir, '.cache/og');
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const icon = readFileSync(join(sandbox.dir, 'dist/apple-touch-icon.png'));
  const icons = names.filter((name) => readFileSync(join(dir, name)).equals(icon));
  expect(icons, 'the touch icon is cached once').toHaveLength(1);
  return new Map(
    names.filter((name) => name !== icons[0]).map((name) => [name, statSync(join(dir, name)).mtimeMs] as const),
  );
};
async function build(env: Record<string, string> = {}) {
  // Without Astro's incremental cache every card is asked for, so these builds test the image cache
  // alone (as on a host that keeps .cache/og but not .cache/astro); tests/build/incremental.test.ts
  // covers the two together.
  rmSync(join(sandbox.dir, '.cache/astro'), { recursive: true, force: true });
  const log = await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env });
  const summary = /share images: (\d+) drawn(?: \(([^)]*)\))?, (\d+) from cache/.exec(log);
  expect(summary, log).not.toBeNull();
  const dist = join(sandbox.dir, 'dist');
  builds.push({
    log,
    cache: cacheFiles(),
    drawnCount: Number(summary![1]),
    drawn: summary![2]?.split(', ') ?? [],
    fromCache: Number(summary![3]),
    html: (path) => readFileSync(join(dist, path, 'index.html'), 'utf8'),
  });
}
const ogFiles = () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const og = join(sandbox.dir, 'dist/og');
  return existsSync(og) ? walk(og) : [];
};
const ogImageOf = (html: string) => load(html)('meta[property="og:image"]').attr('content');

beforeAll(async () => {
  sandbox = await createSandbox('seo-rebuild');
  edit(`content/journal/${moved!.id}.mdx`, (t) => t.replace('formerSlugs: []', 'formerSlugs:\n  - old-name-of-a-post'));
  edit(`content/journal/${ownImage!.id}.mdx`, (t) =>
    t.replace(/^seo:\n/m, `seo:\n  ogImage: ../images/journal/${ownImage!.id}/hero/image.jpg\n`),
  );
  await build();
  await build();
  edit(`content/journal/${retitled!.id}.mdx`, (t) => t.replace(/^title: .*$/m, `title: '${NEW_TITLE}'`));
  await build();
  await build({ QUIRE_OG: 'off' });
}, 400_000);
afterAll(() => sandbox?.remove());

describe('share image cache across builds', () => {
  it('draws every card on a cold build', () => {
    const [cold] = builds;
    expect(cold!.drawnCount).toBeGreaterThan(20);
    expect(cold!.fromCache).toBe(0);
    expect(cold!.cache.size).toBe(cold!.drawnCount);
    // Off the build thread: the pages render while the cards are drawn. (The build thread draws the
    // last queued cards itself if it asks for one the worker has not finished.)
    const inWorkers = Number(/share images drawn in worker threads: (\d+)/.exec(cold!.log)?.[1] ?? 0);
    expect(inWorkers).toBeGreaterThan(0);
    expect(inWorkers).toBeLessThanOrEqual(cold!.drawnCount);
  });

  it('plans every card from the content check before Astro loads the content, and only those', () => {
    const [cold, , changed] = builds;
    for (const b of [cold!, changed!]) {
      const early = /share images planned before the build: (\d+) \((\d+) missed\)/.exec(b.log);
      expect(early, b.log).not.toBeNull();
      // The image route planned no card that plan lacked...
      expect(Number(early![2])).toBe(0);
      // ...and it planned no card the route did not need (a draft's card would be one more).
      expect(Number(early![1])).toBe(cold!.drawnCount);
    }
    expect(cold!.cache.size).toBe(cold!.drawnCount);
  });

  it('draws none on a second build with no content change', () => {
    const [cold, warm] = builds;
    expect(warm!.drawnCount).toBe(0);
    expect(warm!.fromCache).toBe(cold!.drawnCount);
    expect(warm!.cache).toEqual(cold!.cache);
  });

  it("redraws exactly the changed post's card when one title changes", () => {
    const [, warm, changed] = builds;
    expect(changed!.drawnCount).toBe(1);
    expect(changed!.drawn).toEqual([`post/${retitled!.id}`]);
    expect(changed!.fromCache).toBe(warm!.fromCache - 1);
    const added = [...changed!.cache.keys()].filter((name) => !warm!.cache.has(name));
    expect(added).toHaveLength(1);
    for (const [name, mtime] of warm!.cache) expect(changed!.cache.get(name), name).toBe(mtime);
  });

  it('draws nothing and links no generated image with QUIRE_OG=off, but keeps an editor image', () => {
    const off = builds[3]!;
    expect(off.drawnCount).toBe(0);
    expect(off.fromCache).toBe(0);
    expect(ogFiles()).toEqual([]);
    expect(ogImageOf(off.html(`journal/${retitled!.id}`))).toBeUndefined();
    expect(ogImageOf(off.html(`journal/${ownImage!.id}`))).toMatch(/\/_astro\/.+\.jpg$/);
  });
});

describe('editor content in the head', () => {
  it('keeps a title with markup inside its JSON-LD and tags', () => {
    const $ = load(builds[2]!.html(`journal/${retitled!.id}`));
    expect($('script[type="application/ld+json"]')).toHaveLength(1);
    const posting = jsonLdNodes($).find((n) => n['@type'] === 'BlogPosting')!;
    expect(SHOWN_TITLE).toBe('Tricky </script><!– & “quoted” title');
    expect(posting.headline).toBe(SHOWN_TITLE);
    expect($('meta[property="og:title"]').attr('content')).toBe(SHOWN_TITLE);
    expect($('head title').text()).toBe(`${SHOWN_TITLE} | Brightwater CTO Partners`);
  });

  it("uses an editor's own image instead of a card, resized to 1200x630", async () => {
    const url = ogImageOf(builds[2]!.html(`journal/${ownImage!.id}`))!;
    expect(url.startsWith(`${SITE}/_astro/`)).toBe(true);
    const file = join(sandbox.dir, 'dist', new URL(url).pathname);
    const { width, height } = await sharp(readFileSync(file)).metadata();
    expect({ width, height }).toEqual({ width: 1200, height: 630 });
    expect(builds[2]!.drawn).toEqual([`post/${retitled!.id}`]);
    expect(existsSync(join(sandbox.dir, `dist/og/post/${ownImage!.id}.png`))).toBe(false);
  });
});

describe('former slugs', () => {
  it('leaves a redirect page with a canonical link at the old URL', () => {
    const $ = load(builds[2]!.html('journal/old-name-of-a-post'));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0;url=/journal/${moved!.id}/`);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/journal/${moved!.id}/`);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('lists the redirect in _redirects and keeps the old URL out of the sitemap', () => {
    const redirects = readFileSync(join(sandbox.dir, 'dist/_redirects'), 'utf8');
    expect(redirects).toContain(`/journal/old-name-of-a-post/ /journal/${moved!.id}/ 301`);
    expect(redirects).toContain(`/journal/old-name-of-a-post /journal/${moved!.id}/ 301`);
    expect(readFileSync(join(sandbox.dir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('old-name-of-a-post');
  });
});
