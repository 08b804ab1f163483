import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRedirectsFile } from '../../src/lib/deploy/redirects-file';
import { ASTRO_BIN, ROOT, run } from '../support/run';
import { createSandbox } from '../support/sandbox';
import { builtPages, jsonLdNodes, type BuiltPage } from '../support/seo-pages';

const TSX = `${ROOT}node_modules/tsx/dist/cli.mjs`;
const FIXTURES = `${ROOT}tests/fixtures/import`;

/**
 * Imports the fixture WordPress export, Hugo site and Jekyll site into a copy of the project, then
 * checks and builds it as a user would: `npm run import`, `npm run check`, `npm run build`.
 */
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let dist = '';
let pages: BuiltPage[] = [];
const logs: string[] = [];

const importInto = (...args: string[]) => run([TSX, `${ROOT}src/cli/import.ts`, ...args], { cwd: sandbox.dir });
/** The three imports, one after the other (each reads and writes `.quire-import.json`). */
async function imports(): Promise<string[]> {
  return [
    await importInto('wordpress', `${FIXTURES}/wordpress/export.xml`, '--uploads', `${FIXTURES}/wordpress/uploads`),
    await importInto('markdown', `${FIXTURES}/hugo`),
    await importInto('markdown', `${FIXTURES}/jekyll`),
  ];
}

/** SHA-256 of every file under `content/`, by path. */
function contentHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[full.slice(dir.length)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(join(dir, 'content'));
  return out;
}

beforeAll(async () => {
  sandbox = await createSandbox('import');
  logs.push(...(await imports()));
  logs.push(await run([TSX, `${sandbox.dir}src/cli/check.ts`], { cwd: sandbox.dir }));
  logs.push(await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env: { QUIRE_OG: 'off' } }));
  dist = join(sandbox.dir, 'dist');
  pages = builtPages(dist);
}, 300_000);

afterAll(() => sandbox?.remove());

const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  expect(found, `${path} was not built`).toBeDefined();
  return found!;
};
const ofType = (p: BuiltPage, type: string) => jsonLdNodes(p.$).filter((n) => n['@type'] === type);

describe('an imported site', () => {
  it('passes the content check', () => {
    expect(logs[3]).toMatch(/^Content check: \d+ files, 0 errors/m);
  });

  it('builds the imported posts with their bodies, figures and tables', () => {
    const roadmaps = page('/journal/roadmaps-that-survive-customers/');
    expect(roadmaps.$('h1').text().trim()).toBe('Roadmaps that survive contact with customers');
    expect(roadmaps.$('h2#why-roadmaps-fail').text()).toContain('Why roadmaps fail');
    expect(roadmaps.$('a[href="#why-roadmaps-fail"]').length).toBeGreaterThan(0);
    // Typeset as every caption is: the apostrophe curls.
    expect(roadmaps.$('figure figcaption').text()).toContain('The three horizons, as one client’s team drew them.');
    expect(roadmaps.$('figure img').attr('alt')).toBe(
      'Three columns labelled now, next and later with cards under each',
    );
    expect(
      roadmaps
        .$('table th')
        .map((_, th) => roadmaps.$(th).text())
        .get(),
    ).toEqual(['Horizon', 'Review', 'Owner']);
    expect(roadmaps.$('main').text()).toContain('Budgets in {curly braces} and a <placeholder> stay text.');
    expect(page('/journal/hiring-your-first-engineering-manager/').$('main').text()).toContain(
      'estimates are given in {story points} nobody trusts',
    );
    expect(page('/journal/standups-that-end-on-time/').$('pre code').text()).toContain('def standup(team)');
  });

  it('leaves drafts and scheduled posts out of the public build', () => {
    for (const slug of ['small-bets-watched-closely', 'estimates-your-team-can-keep', 'draft-notes']) {
      expect(existsSync(join(dist, 'journal', slug, 'index.html')), slug).toBe(false);
    }
  });

  it('describes imported posts in JSON-LD: dates, authors, and the FAQ block as an FAQPage', () => {
    const roadmaps = page('/journal/roadmaps-that-survive-customers/');
    const [article] = ofType(roadmaps, 'BlogPosting');
    expect(article).toMatchObject({ headline: 'Roadmaps that survive contact with customers' });
    expect(String(article!.datePublished)).toMatch(/^2024-05-14/);
    expect(String(article!.dateModified)).toMatch(/^2024-08-02/);
    expect(JSON.stringify(article!.author)).toContain('Ines Okafor');
    const [faq] = ofType(roadmaps, 'FAQPage');
    expect(faq!.mainEntity.map((q: { name: string }) => q.name)).toEqual([
      'How long should a roadmap be?',
      'Should a roadmap have dates?',
    ]);
  });

  it('applies the SEO overrides from Yoast and Rank Math', () => {
    const roadmaps = page('/journal/roadmaps-that-survive-customers/');
    expect(roadmaps.$('title').text()).toMatch(/^Product roadmaps that survive customers/);
    const pricing = page('/journal/pricing-a-discovery-sprint/');
    expect(pricing.$('meta[name="robots"]').attr('content')).toMatch(/noindex/);
    // Its Rank Math canonical is imported (seo.canonical), but a page that is not indexed names no canonical.
    expect(readFileSync(join(sandbox.dir, 'content/journal/pricing-a-discovery-sprint.mdx'), 'utf8')).toContain(
      'canonical: https://brightwater.example/journal/roadmaps-that-survive-customers/',
    );
    expect(pricing.$('link[rel="canonical"]').length).toBe(0);
    expect(roadmaps.$('link[rel="canonical"]').attr('href')).toBe(
      'https://brightwater.example/journal/roadmaps-that-survive-customers/',
    );
  });

  it('redirects the old permalinks, archives and aliases to the new pages', () => {
    const rules = parseRedirectsFile(readFileSync(join(dist, '_redirects'), 'utf8'));
    const to = (from: string) => rules.find((r) => r.from === from)?.to;
    expect(to('/2024/05/roadmaps-that-survive-customers/')).toBe('/journal/roadmaps-that-survive-customers/');
    expect(to('/category/product-strategy/pricing/')).toBe('/journal/category/pricing/');
    expect(to('/author/inesokafor/')).toBe('/authors/ines-okafor/');
    expect(to('/posts/first-engineering-manager/')).toBe('/journal/hiring-your-first-engineering-manager/');
    expect(to('/2024/03/hiring-your-first-engineering-manager/')).toBe(
      '/journal/hiring-your-first-engineering-manager/',
    );
    expect(to('/delivery/rituals/2023/11/07/standups-that-end-on-time.html')).toBe(
      '/journal/standups-that-end-on-time/',
    );
    // Drafts do not redirect: their page is not built.
    expect(rules.some((r) => r.to === '/journal/draft-notes/')).toBe(false);
    const refresh = readFileSync(join(dist, '2024/05/roadmaps-that-survive-customers/index.html'), 'utf8');
    expect(refresh).toContain('content="0;url=/journal/roadmaps-that-survive-customers/"');
  });

  it('changes nothing when the same sources are imported again', async () => {
    const before = contentHashes(sandbox.dir);
    const again = await imports();
    for (const log of again) {
      expect(log).toMatch(
        /: 0 new, 0 updated, 0 overwritten, \d+ unchanged, 0 kept(, \d+ existing authors or categories used)?$/m,
      );
    }
    expect(contentHashes(sandbox.dir)).toEqual(before);
  });
});
