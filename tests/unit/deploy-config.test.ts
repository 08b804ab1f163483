import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { CACHE_RULES, cacheControlFor, REVALIDATE } from '../../src/lib/deploy/cache-rules';
import { cacheHeadersRules, headersFor, parseHeadersFile, renderHeadersFile } from '../../src/lib/deploy/headers-file';
import { HOST_BUILD } from '../../src/lib/deploy/host-build';
import { cacheFolders } from '../../src/lib/deploy/host-caches';
import { netlifyToml } from '../../src/lib/deploy/netlify-toml';
import { nginxConf } from '../../src/lib/deploy/nginx-conf';
import { matchesPattern } from '../../src/lib/deploy/path-pattern';
import { s3SyncCommands } from '../../src/lib/deploy/s3-sync';
import { vercelJson } from '../../src/lib/deploy/vercel-json';
import { FIXED_SECURITY_HEADERS } from '../../src/lib/output/security-headers';
import { ROOT } from '../support/run';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';
/** Site paths of every kind of file a build holds, and the caching each must get. */
const KINDS: [string, string][] = [
  ['/', REVALIDATE],
  ['/journal/', REVALIDATE],
  ['/journal/some-post/', REVALIDATE],
  ['/journal/some-post.md', REVALIDATE],
  ['/journal/category/ai/', REVALIDATE],
  ['/404.html', REVALIDATE],
  ['/sitemap-index.xml', REVALIDATE],
  ['/llms.txt', REVALIDATE],
  ['/robots.txt', REVALIDATE],
  ['/pagefind/pagefind.js', REVALIDATE],
  ['/pagefind/fragment/en_1a2b3c.pf_fragment', REVALIDATE],
  ['/_astro/BaseLayout.D8YOWfZq.css', IMMUTABLE],
  ['/_astro/image.CSAmsbCo_Zks539.webp', IMMUTABLE],
  ['/og/post/some-post.png', SHORT],
  ['/og/site.png', SHORT],
  ['/rss.xml', SHORT],
  ['/journal/category/ai/rss.xml', SHORT],
];
const below = (base: string) => KINDS.map(([path, value]) => [`${base.replace(/\/$/, '')}${path}`, value] as const);
const BASES = ['/', '/insights/'];

/** What a host that applies every matching rule (and its default when none sets Cache-Control) sends. */
const allMatching = (rules: { pattern: string; value: string }[], path: string) => {
  const values = rules.filter((r) => matchesPattern(r.pattern, path)).map((r) => r.value);
  return values.length ? values.join(', ') : REVALIDATE;
};

describe('the caching rules', () => {
  it.each(BASES)('give each kind of file its cache below base %s', (base) => {
    for (const [path, value] of below(base)) expect(cacheControlFor(path, base), path).toBe(value);
  });

  it('do not apply outside the base path', () => {
    expect(cacheControlFor('/_astro/x.css', '/insights/')).toBe(REVALIDATE);
  });

  it('never cover one path twice, so hosts that apply every matching rule never combine two values', () => {
    const patterns = CACHE_RULES.flatMap((rule) => rule.paths);
    for (const [path] of KINDS)
      expect(patterns.filter((p) => matchesPattern(p, path)).length, path).toBeLessThanOrEqual(1);
  });
});

describe('every host format carries the same caching rules', () => {
  it.each(BASES)('_headers below base %s (Netlify, Cloudflare Pages)', (base) => {
    const rules = parseHeadersFile(renderHeadersFile('caching', cacheHeadersRules(base)));
    for (const [path, value] of below(base))
      expect(headersFor(rules, path)['Cache-Control'] ?? REVALIDATE, path).toBe(value);
  });

  it('netlify.toml', () => {
    const blocks = [...netlifyToml().matchAll(/^for = "([^"]+)"\n\[headers\.values\]\nCache-Control = "([^"]+)"$/gm)];
    const rules = blocks.map(([, pattern, value]) => ({ pattern: pattern!, value: value! }));
    expect(rules.length).toBe(CACHE_RULES.flatMap((r) => r.paths).length);
    for (const [path, value] of below('/')) expect(allMatching(rules, path), path).toBe(value);
    expect(netlifyToml()).toContain(`[build]\ncommand = "${HOST_BUILD.command}"\npublish = "${HOST_BUILD.output}"\n`);
  });

  it('vercel.json, with the security headers that do not depend on the build', async () => {
    const config = JSON.parse(await vercelJson()) as {
      outputDirectory: string;
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const rules = config.headers.flatMap(({ source, headers }) =>
      headers
        .filter((h) => h.key === 'Cache-Control')
        .map((h) => ({ pattern: source.replace(/\(\.\*\)/g, '*'), value: h.value })),
    );
    for (const [path, value] of below('/')) expect(allMatching(rules, path), path).toBe(value);
    const everyPath = config.headers.find((h) => h.source === '/(.*)')!.headers;
    expect(Object.fromEntries(everyPath.map((h) => [h.key, h.value]))).toEqual(FIXED_SECURITY_HEADERS);
    expect(config.outputDirectory).toBe(HOST_BUILD.output);
  });

  it.each(BASES)('the nginx server block below base %s', (base) => {
    const conf = nginxConf({ base, serverName: 'x.example', root: '/srv', headers: {}, redirects: [] });
    const map = conf.slice(conf.indexOf('map $uri'), conf.indexOf('}'));
    const entries = [...map.matchAll(/^\s+"~([^"]+)" "([^"]+)";$/gm)].map(([, regex, value]) => ({
      regex: new RegExp(regex!),
      value: value!,
    }));
    expect(map).toContain(`default "${REVALIDATE}";`);
    for (const [path, value] of below(base))
      expect(entries.find((e) => e.regex.test(path))?.value ?? REVALIDATE, path).toBe(value);
  });

  it.each(BASES)('the S3 sync commands below base %s, one upload per file', (base) => {
    const glob = (filter: string) =>
      new RegExp(`^${filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const passes = s3SyncCommands(base, 'bucket')
      .split('\n')
      .filter((line) => line.startsWith('aws s3 sync '))
      .map((line) => {
        expect(line).toContain(` ${HOST_BUILD.output}/ s3://bucket${base} `);
        // aws applies filters in order, later ones winning; everything is included to start with.
        const filters = [...line.matchAll(/--(include|exclude) "([^"]+)"/g)].map(([, kind, f]) => ({
          include: kind === 'include',
          test: glob(f!),
        }));
        const value = /--cache-control "([^"]+)"/.exec(line)![1];
        return {
          value,
          uploads: (file: string) => filters.reduce((inc, f) => (f.test.test(file) ? f.include : inc), true),
        };
      });
    for (const [path, value] of [...KINDS, ['/_headers', 'none'], ['/_redirects', 'none']] as const) {
      const file = path.replace(/^\//, '') || 'index.html';
      const by = passes.filter((pass) => pass.uploads(file.endsWith('/') ? `${file}index.html` : file));
      expect(
        by.map((pass) => pass.value),
        path,
      ).toEqual(value === 'none' ? [] : [value]);
    }
  });
});

describe('host files kept in the repository', () => {
  it('netlify.toml and vercel.json are what `npm run deploy:config` writes', async () => {
    expect(readFileSync(`${ROOT}netlify.toml`, 'utf8'), 'run npm run deploy:config').toBe(netlifyToml());
    expect(readFileSync(`${ROOT}vercel.json`, 'utf8'), 'run npm run deploy:config').toBe(await vercelJson());
  });

  it('the deploying guide gives the S3 sync commands the rules produce', () => {
    const guide = readFileSync(`${ROOT}docs/deploying.md`, 'utf8');
    expect(guide).toContain(s3SyncCommands('/'));
  });

  it('the GitHub Pages workflow builds with Node 22, keeps the share-image and incremental-build caches, deploys and runs daily', () => {
    const workflow = load(readFileSync(`${ROOT}.github/workflows/deploy.yml`, 'utf8')) as {
      on: { push: { branches: string[] }; schedule: { cron: string }[] };
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[] }
      >;
    };
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\d+ 0 \* \* \*$/);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const step = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));
    expect(step('actions/setup-node')!.with!['node-version-file']).toBe('.nvmrc');
    expect(readFileSync(`${ROOT}.nvmrc`, 'utf8').trim()).toBe('22');
    const cache = step('actions/cache')!.with!;
    const folders = cacheFolders({ GITHUB_ACTIONS: 'true' });
    expect(cache.path!.trim().split('\n').sort()).toEqual([folders.astro, folders.og]);
    expect(cache['restore-keys']).toEqual(expect.any(String));
    expect(step('actions/configure-pages')).toBeDefined();
    const build = steps.find((s) => s.run === HOST_BUILD.command)!;
    expect(build.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(steps.findIndex((s) => s.run === 'npm ci')).toBeLessThan(steps.indexOf(build));
    expect(step('actions/upload-pages-artifact')!.with!.path).toBe(HOST_BUILD.output);
    expect(step('actions/deploy-pages')).toBeDefined();
  });
});
