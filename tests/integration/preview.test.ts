import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVALIDATE } from '../../src/lib/deploy/cache-rules';
import { cacheHeadersRules, renderHeadersFile } from '../../src/lib/deploy/headers-file';
import { headersFileBlock } from '../../src/lib/output/security-headers';
import { ROOT, start } from '../support/run';
import { freePort } from '../support/sandbox';

/** A small built site for BASE_PATH=/insights, with the host files the build writes. */
const FILES: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Page not found</h1>',
  'journal/first/index.html': '<h1>First post</h1>',
  '_astro/app.D8YOWfZq.js': 'console.log(1);',
  'og/site.png': 'png',
  'rss.xml': '<rss/>',
  'robots.txt': 'User-agent: *\nAllow: /insights/\n',
  _headers: `${renderHeadersFile('caching', cacheHeadersRules('/insights/'))}\n${headersFileBlock({ 'X-Frame-Options': 'DENY' })}`,
  _redirects:
    '/insights/journal/old /insights/journal/first/ 301\n/insights/journal/old/ /insights/journal/first/ 301\n',
};

let project: string;
let server: Awaited<ReturnType<typeof start>>;
let url: string;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, url), { redirect: 'manual', headers });

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'quire-preview-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(project, 'dist', file)), { recursive: true });
    writeFileSync(join(project, 'dist', file), text);
  }
  const port = await freePort();
  server = await start(
    [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}src/cli/preview.ts`, '--port', String(port)],
    /at (http:\/\/127\.0\.0\.1:\d+\/insights\/)/,
    { cwd: project, env: { BASE_PATH: '/insights' }, timeoutMs: 20_000 },
  );
  url = server.match[1]!;
}, 30_000);
afterAll(async () => {
  await server?.stop();
  rmSync(project, { recursive: true, force: true });
});

describe('npm run preview serves dist/ as a CDN would', () => {
  it('listens on 127.0.0.1 below the base path', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/insights\/$/);
  });

  it('serves clean URLs: /x/ from x/index.html, /x and /x/index.html redirected to /x/', async () => {
    const page = await get('/insights/journal/first/');
    expect([page.status, await page.text()]).toEqual([200, '<h1>First post</h1>']);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const path of ['/insights/journal/first', '/insights/journal/first/index.html']) {
      const response = await get(path);
      expect([response.status, response.headers.get('location')], path).toEqual([301, '/insights/journal/first/']);
    }
    expect((await get('/insights')).headers.get('location')).toBe('/insights/');
  });

  it('answers missing pages, paths outside the base and the host files with 404.html and status 404', async () => {
    for (const path of ['/insights/no-such-page/', '/journal/first/', '/insights/_headers', '/insights/_redirects']) {
      const response = await get(path);
      expect([response.status, await response.text()], path).toEqual([404, '<h1>Page not found</h1>']);
    }
  });

  it('honours _redirects', async () => {
    for (const path of ['/insights/journal/old', '/insights/journal/old/']) {
      const response = await get(path);
      expect([response.status, response.headers.get('location')], path).toEqual([301, '/insights/journal/first/']);
    }
  });

  it('applies _headers: the caching rules by path, the default elsewhere, site-wide headers everywhere', async () => {
    const expected: [string, string][] = [
      ['/insights/', REVALIDATE],
      ['/insights/_astro/app.D8YOWfZq.js', 'public, max-age=31536000, immutable'],
      ['/insights/og/site.png', 'public, max-age=3600'],
      ['/insights/rss.xml', 'public, max-age=3600'],
    ];
    for (const [path, cache] of expected) {
      const response = await get(path);
      expect([response.status, response.headers.get('cache-control')], path).toEqual([200, cache]);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('answers a revalidation with 304 and HEAD without a body', async () => {
    const etag = (await get('/insights/')).headers.get('etag')!;
    expect((await get('/insights/', { 'if-none-match': etag })).status).toBe(304);
    const head = await fetch(new URL('/insights/', url), { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('serves robots.txt at the host root, where crawlers read it', async () => {
    const robots = await get('/robots.txt');
    expect([robots.status, await robots.text()]).toEqual([200, FILES['robots.txt']]);
  });
});
