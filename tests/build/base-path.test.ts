import { load } from 'cheerio';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { cacheControlFor } from '../../src/lib/deploy/cache-rules';
import { parseHeadersFile, siteWideHeaders } from '../../src/lib/deploy/headers-file';
import { startPreview, type Preview } from '../../src/lib/deploy/preview-server';
import { parseRedirectsFile } from '../../src/lib/deploy/redirects-file';
import { listFiles } from '../../src/lib/output/dist-files';
import { sampleContent } from '../support/content';
import { absoluteSiteUrls, crawl } from '../support/crawl';
import { startNginx } from '../support/nginx';
import { ASTRO_BIN, cleanEnv, run } from '../support/run';
import { createSandbox, freePort } from '../support/sandbox';

const exec = promisify(execFile);
const SITE = 'https://brightwater.example';
const BASE = '/insights/';
const [moved] = sampleContent().posts.filter((p) => isPublished(p.data, new Date(), false));
const OLD = 'an-older-name';

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let dist: string;
let preview: Preview;
/** Paths that answer with a redirect (the former slug, with and without its slash). */
let redirected: Set<string>;

beforeAll(async () => {
  sandbox = await createSandbox('base-path');
  const post = join(sandbox.dir, `content/journal/${moved!.id}.mdx`);
  writeFileSync(post, readFileSync(post, 'utf8').replace('formerSlugs: []', `formerSlugs:\n  - ${OLD}`));
  await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env: { BASE_PATH: '/insights' } });
  dist = join(sandbox.dir, 'dist');
  redirected = new Set(parseRedirectsFile(readFileSync(join(dist, '_redirects'), 'utf8')).map((r) => r.from));
  preview = await startPreview({ dist, base: BASE });
}, 300_000);
afterAll(async () => {
  await preview?.close();
  await sandbox?.remove();
});

/** One file of each kind the caching rules tell apart, as request paths below the base path. */
const samplePaths = () => {
  const files = listFiles(dist);
  const first = (pattern: RegExp) => `${BASE}${files.find((f) => pattern.test(f))!}`;
  return [
    BASE,
    `${BASE}journal/${moved!.id}/`,
    `${BASE}journal/${moved!.id}.md`,
    first(/^_astro\/.*\.css$/),
    first(/^_astro\/.*\.webp$/),
    first(/^og\/post\/.*\.png$/),
    `${BASE}rss.xml`,
    first(/^journal\/category\/[^/]+\/rss\.xml$/),
    `${BASE}sitemap-index.xml`,
    `${BASE}pagefind/pagefind.js`,
  ];
};

describe('a build below BASE_PATH=/insights, served under that prefix', () => {
  it('answers every page, sitemap and feed, and every link in them resolves, fragments included', async () => {
    const { problems, pages, targets } = await crawl(
      dist,
      { origin: preview.origin, base: BASE, site: SITE },
      redirected,
    );
    expect(problems).toEqual([]);
    expect(pages).toBeGreaterThan(25);
    expect(targets).toBeGreaterThan(100);
  });

  it('writes every absolute URL (canonical, og:image, JSON-LD, sitemap, feeds, llms.txt, Markdown) below the base path, and each resolves', async () => {
    const urls = [...absoluteSiteUrls(dist, SITE)];
    expect(urls.length).toBeGreaterThan(100);
    // robots.txt names the host root's robots.txt, where crawlers read it.
    expect(urls.filter((url) => !url.startsWith(`${SITE}${BASE}`))).toEqual([`${SITE}/robots.txt`]);
    const failed: string[] = [];
    for (const url of new Set(
      urls.map((u) => u.replace(/#.*$/, '').replace(`${SITE}/robots.txt`, `${SITE}${BASE}robots.txt`)),
    )) {
      const response = await fetch(url.replace(SITE, preview.origin), { redirect: 'manual' });
      if (response.status !== 200) failed.push(`${url}: ${response.status}`);
    }
    expect(failed).toEqual([]);
  });

  it('names the base path in the canonical URL, share image, sitemap and feed of a post', async () => {
    const $ = load(await (await fetch(`${preview.url}journal/${moved!.id}/`)).text());
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${BASE}journal/${moved!.id}/`);
    expect($('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`^${SITE}${BASE}og/`));
    const sitemap = await (await fetch(`${preview.url}sitemap-index.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    const feed = await (await fetch(`${preview.url}rss.xml`)).text();
    expect(feed).toContain(`<link>${SITE}${BASE}journal/${moved!.id}/</link>`);
    expect(feed).toContain(`href="${SITE}${BASE}rss.xml"`);
  });

  it('loads the search index from below the base path, and every page it finds answers', async () => {
    const $ = load(await (await fetch(`${preview.url}search/`)).text());
    const area = $('[data-search]');
    expect(area.attr('data-bundle')).toBe(`${BASE}pagefind/`);
    expect(area.attr('data-base')).toBe(BASE);
    for (const file of ['pagefind.js', 'pagefind-entry.json'])
      expect((await fetch(`${preview.origin}${area.attr('data-bundle')}${file}`)).status, file).toBe(200);
    const fragments = readdirSync(join(dist, 'pagefind/fragment'));
    expect(fragments.length).toBeGreaterThan(10);
    for (const fragment of fragments) {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', fragment))).toString();
      const { url } = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string };
      const found = `${area.attr('data-base')!.replace(/\/$/, '')}${url}`;
      expect((await fetch(`${preview.origin}${found}`)).status, found).toBe(200);
    }
  });

  it('redirects a former slug below the base path, by _redirects and by its redirect page', async () => {
    const target = `${BASE}journal/${moved!.id}/`;
    for (const path of [`${BASE}journal/${OLD}`, `${BASE}journal/${OLD}/`]) {
      const response = await fetch(`${preview.origin}${path}`, { redirect: 'manual' });
      expect([response.status, response.headers.get('location')], path).toEqual([301, target]);
    }
    const page = load(readFileSync(join(dist, 'journal', OLD, 'index.html'), 'utf8'));
    expect(page('meta[http-equiv="refresh"]').attr('content')).toBe(`0;url=${target}`);
  });

  it('writes a robots.txt for the host root that allows the base path and names the sitemap', async () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(
      `# This site lives below ${BASE}, but crawlers read robots.txt only at ${SITE}/robots.txt.`,
    );
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/insights\/$/m);
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(await (await fetch(`${preview.origin}/robots.txt`)).text()).toBe(robots);
  });

  it('answers an unknown page with the 404 page and status 404, its links below the base path', async () => {
    const response = await fetch(`${preview.url}no-such-page/`);
    expect(response.status).toBe(404);
    const $ = load(await response.text());
    expect($('h1').text()).toBe('Page not found');
    expect(
      $('main a[href]')
        .map((_, a) => $(a).attr('href'))
        .get()
        .filter((href) => !href.startsWith(BASE)),
    ).toEqual([]);
  });

  it('writes the caching rules below the base path into _headers and serves each kind of file by them', async () => {
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(rules.map((r) => r.path)).toContain(`${BASE}_astro/*`);
    for (const path of samplePaths()) {
      const response = await fetch(`${preview.origin}${path}`);
      expect([response.status, response.headers.get('cache-control')], path).toEqual([
        200,
        cacheControlFor(path, BASE),
      ]);
    }
    expect(new Set(samplePaths().map((p) => cacheControlFor(p, BASE))).size).toBe(3);
  });
});

describe('the generated nginx server block, run by nginx', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let origin: string;
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const www = join(sandbox.dir, 'www');
    mkdirSync(www);
    symlinkSync(dist, join(www, 'insights'));
    // The command in docs/deploying.md: npm run -s deploy:config -- nginx --root <folder> > quire.conf
    const { stdout: conf } = await exec(
      'npm',
      ['run', '-s', 'deploy:config', '--', 'nginx', '--root', www, '--listen', `127.0.0.1:${port}`],
      { cwd: sandbox.dir, env: cleanEnv({ BASE_PATH: '/insights' }) },
    );
    nginx = await startNginx(join(sandbox.dir, 'nginx'), conf, port);
  }, 60_000);
  afterAll(() => nginx?.stop());

  it('serves every page and link as the preview does', async () => {
    const { problems, pages } = await crawl(dist, { origin, base: BASE, site: SITE }, redirected);
    expect(problems).toEqual([]);
    expect(pages).toBeGreaterThan(25);
  });

  it('sends the caching rules and the build security headers, 404 with the 404 page, former slugs and robots.txt', async () => {
    const security = siteWideHeaders(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')));
    for (const path of samplePaths()) {
      const response = await fetch(`${origin}${path}`);
      expect([response.status, response.headers.get('cache-control')], path).toEqual([
        200,
        cacheControlFor(path, BASE),
      ]);
      for (const [name, value] of Object.entries(security))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    const missing = await fetch(`${origin}${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const slash = await fetch(`${origin}${BASE}journal`, { redirect: 'manual' });
    expect([slash.status, slash.headers.get('location')]).toEqual([301, `${BASE}journal/`]);
    const former = await fetch(`${origin}${BASE}journal/${OLD}/`, { redirect: 'manual' });
    expect([former.status, former.headers.get('location')]).toEqual([301, `${BASE}journal/${moved!.id}/`]);
    expect(await (await fetch(`${origin}/robots.txt`)).text()).toBe(readFileSync(join(dist, 'robots.txt'), 'utf8'));
    expect((await fetch(`${origin}${BASE}_headers`)).status).toBe(404);
  });
});
