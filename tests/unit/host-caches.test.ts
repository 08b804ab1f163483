import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHost, cacheFolders, cachesAreWarm, cachesLine, HOST_CACHES } from '../../src/lib/deploy/host-caches';
import { netlifyToml } from '../../src/lib/deploy/netlify-toml';
import { ROOT } from '../support/run';

describe('caches where each host keeps files between builds', () => {
  it.each([
    [{ NETLIFY: 'true' }, 'netlify', '.cache'],
    [{ VERCEL: '1' }, 'vercel', 'node_modules/.astro/quire'],
    [{ CF_PAGES: '1' }, 'cloudflare-pages', 'node_modules/.astro/quire'],
    [{ GITHUB_ACTIONS: 'true' }, 'github-actions', '.cache'],
    [{}, 'local', '.cache'],
  ])('%o builds on %s and keeps its caches in %s/', (env, host, root) => {
    expect(buildHost(env)).toBe(host);
    expect(cacheFolders(env)).toEqual({ host, root, astro: `${root}/astro`, og: `${root}/og` });
  });

  it('lets QUIRE_CACHE_DIR and QUIRE_OG_CACHE move the folders', () => {
    expect(cacheFolders({ VERCEL: '1', QUIRE_CACHE_DIR: 'keep/', QUIRE_OG_CACHE: 'cards' })).toEqual({
      host: 'vercel',
      root: 'keep',
      astro: 'keep/astro',
      og: 'cards',
    });
  });

  it('puts the Cloudflare Pages and Vercel caches inside the folder Cloudflare keeps for Astro projects', () => {
    // Cloudflare Pages' build cache keeps node_modules/.astro for Astro; Vercel keeps all of node_modules.
    expect(HOST_CACHES['cloudflare-pages'].root.startsWith('node_modules/.astro/')).toBe(true);
    expect(HOST_CACHES.vercel.root.startsWith('node_modules/')).toBe(true);
  });

  it('keeps .cache/ on Netlify with the build plugin that netlify.toml names', () => {
    const plugin = /^\[\[plugins\]\]\npackage = "\.\/(.+)"$/m.exec(netlifyToml())?.[1];
    expect(plugin).toBe('netlify/plugins/quire-caches');
    expect(load(readFileSync(join(ROOT, plugin!, 'manifest.yml'), 'utf8'))).toEqual({ name: 'quire-caches' });
    const code = readFileSync(join(ROOT, plugin!, 'index.js'), 'utf8');
    expect(code).toContain("const CACHES = ['.cache'];");
    expect(code).toMatch(/export const onPreBuild = [^]*utils\.cache\.restore\(CACHES\)/);
    expect(code).toMatch(/export const onPostBuild = [^]*utils\.cache\.save\(CACHES\)/);
    expect(HOST_CACHES.netlify.root).toBe('.cache');
  });
});

describe('the build log says whether the caches were warm', () => {
  let project = '';
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  it('is cold without an earlier build, and warm once Astro and the share images left their caches', () => {
    project = mkdtempSync(join(tmpdir(), 'quire-caches-'));
    const folders = cacheFolders({ CF_PAGES: '1' });
    const cold = cachesAreWarm(project, folders);
    expect(cold).toEqual({ astro: false, og: false });
    expect(cachesLine(folders, cold)).toBe(
      `cold (host: cloudflare-pages, caches in node_modules/.astro/quire/: ${HOST_CACHES['cloudflare-pages'].how}; no Astro's cache and no share images from an earlier build)`,
    );
    mkdirSync(join(project, folders.astro), { recursive: true });
    writeFileSync(join(project, folders.astro, 'incremental-build.json'), '{}');
    expect(cachesLine(folders, cachesAreWarm(project, folders))).toMatch(/^cold .*; no share images from/);
    mkdirSync(join(project, folders.og), { recursive: true });
    writeFileSync(join(project, folders.og, 'card.png'), '');
    expect(cachesAreWarm(project, folders)).toEqual({ astro: true, og: true });
    expect(cachesLine(folders, { astro: true, og: true })).toMatch(/^warm \(host: cloudflare-pages, /);
    expect(existsSync(join(project, 'node_modules/.astro/quire/astro/incremental-build.json'))).toBe(true);
  });
});
