import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ASTRO_BIN, run } from '../support/run';
import { createSandbox } from '../support/sandbox';

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
const logs: string[] = [];
/** A Cloudflare Pages build environment: the variable Pages sets (QUIRE_CACHE_DIR and QUIRE_OG_CACHE unset). */
const PAGES = { CF_PAGES: '1', NETLIFY: '', VERCEL: '', QUIRE_OG: '' };

beforeAll(async () => {
  sandbox = await createSandbox('host-caches');
  for (let build = 0; build < 2; build++) logs.push(await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env: PAGES }));
}, 400_000);
afterAll(() => sandbox?.remove());

it('keeps every cache where Cloudflare Pages keeps files for Astro projects, and says so in the log', () => {
  const root = join(sandbox.dir, 'node_modules/.astro/quire');
  expect(existsSync(join(root, 'astro/incremental-build.json')), "Astro's cache").toBe(true);
  expect(existsSync(join(root, 'astro/after-build/page-records.json')), 'the after-build records').toBe(true);
  expect(readdirSync(join(root, 'og')).length, 'share images').toBeGreaterThan(0);
  expect(existsSync(join(sandbox.dir, '.cache/astro')), 'no Astro cache in .cache/').toBe(false);
  expect(existsSync(join(sandbox.dir, '.cache/og')), 'no share images in .cache/').toBe(false);
  expect(logs[0]).toMatch(/\[quire:caches\] cold \(host: cloudflare-pages, caches in node_modules\/\.astro\/quire\//);
  expect(logs[1]).toMatch(/\[quire:caches\] warm \(host: cloudflare-pages, caches in node_modules\/\.astro\/quire\//);
  expect(logs[1]).toMatch(/share images: 0 drawn, 0 from cache, \d+ kept from the last build/);
});
