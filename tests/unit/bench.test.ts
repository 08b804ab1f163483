import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../bench/args';
import { allBudgets } from '../bench/budgets';
import { generatePost, wordCount, type PostPool } from '../bench/generate-posts';
import { buildPhases } from '../bench/phases';
import { formatReport, markdownTable } from '../bench/report';
import type { SizeResult } from '../bench/results';
import { parseOgLine, parsePeakMb, pinned } from '../bench/timed-build';

const pool: PostPool = {
  authors: ['ann', 'bo'],
  categories: ['cat-a', 'cat-b'],
  comparisons: ['table-a'],
  faqs: ['q1', 'q2', 'q3', 'q4'],
  heroes: ['sample-post'],
};

describe('synthetic posts', () => {
  const post = generatePost(7, pool);

  it('are about 1,500 words with headings, lists, a comparison block and an FAQ list', () => {
    expect(wordCount(post.body)).toBeGreaterThan(1300);
    expect(wordCount(post.body)).toBeLessThan(1800);
    expect(post.body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(post.body).toMatch(/^### /m);
    expect(post.body).toMatch(/^\* \*\*/m);
    expect(post.body).toMatch(/^1\. /m);
    expect(post.body).toContain('<Comparison comparison="table-a" />');
    expect(post.source).toMatch(/^faqs:\n(  - q\d\n)+---/m);
  });

  it('draw their references from the pool and are the same for the same index', () => {
    expect(post.slug).toBe('bench-post-00007');
    expect(post.source).toMatch(/categories:\n  - cat-[ab]\n/);
    expect(post.source).toMatch(/authors:\n  - (ann|bo)\n/);
    expect(post.source).toContain('image: ../images/journal/sample-post/hero/image.jpg');
    expect(generatePost(7, pool)).toEqual(post);
    expect(generatePost(8, pool).body).not.toBe(post.body);
  });

  it('are published in the past', () => {
    const date = post.source.match(/^publishedAt: (\S+)$/m)![1]!;
    expect(new Date(date).getTime()).toBeLessThan(Date.now());
  });
});

describe('benchmark options', () => {
  it('read sizes and switches', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [100], strict: false, keep: false });
    expect(parseBenchArgs(['--posts', '250,1000', '--strict'])).toEqual({
      sizes: [250, 1000],
      strict: true,
      keep: false,
    });
    expect(parseBenchArgs(['--posts=40']).sizes).toEqual([40]);
    expect(parseBenchArgs(['--cores', '1']).cores).toBe(1);
    expect(pinned(['node', 'astro'], 1)).toEqual(['taskset', '-c', '0', 'node', 'astro']);
    expect(pinned(['node', 'astro'], 2)).toEqual(['taskset', '-c', '0-1', 'node', 'astro']);
    expect(pinned(['node', 'astro'])).toEqual(['node', 'astro']);
  });

  it('reject what they do not understand', () => {
    expect(() => parseBenchArgs(['--posts', 'many'])).toThrow('--posts: "many" is not a list of post counts');
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown option "--fast"');
    expect(() => parseBenchArgs(['--cores', '0'])).toThrow('--cores: "0" is not a number of cores');
  });
});

describe('build log parsing', () => {
  const log = [
    '10:00:00 [build] Collecting build info...',
    '10:00:02 [build] ✓ Completed in 2.00s.',
    '10:00:04 [vite] ✓ built in 1.50s',
    ' generating static routes ',
    '10:00:04   ├─ /og/posts/a.png (+40ms) ',
    '10:00:04   ├─ /og/posts/b.png (+60ms) ',
    '10:00:04   ├─ /journal/a/index.html (+20ms) ',
    '10:00:04   ├─ /journal/category/x/index.html (+5ms) ',
    '10:00:04   ├─ /journal/a.md (+3ms) ',
    '10:00:05 ✓ Completed in 1m 1.10s.',
    '10:00:05 [quire:og-images] share images: 2 drawn (posts/a, posts/b), 5 from cache, 3 kept from the last build',
    '10:00:08 [quire:search-index] search index written to pagefind/ (3 HTML files read)',
    '10:00:09 [quire:output-check] every internal link, image and anchor in dist/ resolves',
    '10:00:11 [quire:security-headers] wrote caching and security headers to _headers',
    '\tMaximum resident set size (kbytes): 1048576',
  ].join('\n');

  it('finds share images drawn and cached, and peak memory', () => {
    expect(parseOgLine(log)).toEqual({ drawn: 2, cached: 5, kept: 3 });
    expect(parseOgLine('share images: 1 drawn (post/a), 4 from cache')).toEqual({ drawn: 1, cached: 4, kept: 0 });
    expect(parseOgLine('no images')).toBeUndefined();
    expect(parsePeakMb(log)).toBe(1024);
  });

  it('sums time by stage and kind of route', () => {
    expect(buildPhases(log)).toEqual({
      'content layer and build info': 2,
      'vite bundle': 1.5,
      'routes: share images': 0.1,
      'routes: articles': 0.02,
      'routes: listings and other pages': 0.01,
      'routes: Markdown copies': 0,
      'routes (total)': 61.1,
      'pagefind (log clock)': 3,
      'output check (log clock)': 1,
      'security headers (log clock)': 2,
    });
  });
});

describe('report', () => {
  const build = (ms: number, drawn?: number, cached = 0, kept = 0) => ({
    ms,
    peakMb: 900,
    og: drawn === undefined ? undefined : { drawn, cached, kept },
  });
  const bytes = (raw: number, gzip: number) => ({ raw, gzip });
  const result: SizeResult = {
    posts: 250,
    site: {
      cold: build(30_000, 260, 0),
      warm: build(12_000, 0, 0, 260),
      edit: build(13_000, 1, 2, 257),
      peakMb: 900,
      distBytes: 50 * 1024 * 1024,
      htmlPages: 300,
      msPerPage: 100,
      phases: {},
      article: {
        html: bytes(40_000, 11_000),
        css: bytes(18_000, 4_800),
        js: bytes(0, 0),
        inlineScripts: 3,
        fonts: [],
        frameworkScripts: [],
      },
    },
    reference: {
      cold: build(10_000),
      warm: build(10_000),
      edit: build(10_000),
      peakMb: 500,
      distBytes: 1024,
      htmlPages: 251,
      msPerPage: 40,
    },
  };

  it('checks the budgets as ratios to the reference', () => {
    const budgets = allBudgets([result, { ...result, posts: 1000, site: { ...result.site, msPerPage: 130 } }]);
    const byName = Object.fromEntries(budgets.map((b) => [b.name, b]));
    expect(byName['cold build vs reference (250 posts)']).toMatchObject({ measured: '3.00x', pass: false });
    expect(byName['warm rebuild vs reference (250 posts)']).toMatchObject({ measured: '1.20x', pass: false });
    expect(byName['share images redrawn, warm (250 posts)']).toMatchObject({ measured: '0', pass: true });
    expect(byName['share images redrawn, one post edited (250 posts)']).toMatchObject({ measured: '1', pass: true });
    expect(byName['article: HTML + CSS gzipped (250 posts)']).toMatchObject({ measured: '15.4 KB', pass: true });
    expect(byName['ms per page, 1000 vs 250 posts']).toMatchObject({ measured: '1.30x', pass: false });
  });

  it('prints Markdown tables with a row per site and a line per budget', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
    const report = formatReport([result], allBudgets([result]));
    expect(report).toContain(
      '| 250 | Quire | 30.0 s | 12.0 s | 13.0 s | 100.0 | 260 / 0 / 0, 0 / 0 / 260, 1 / 2 / 257 | 900 MB | 50.0 MB | 300 |',
    );
    expect(report).toContain('| 250 | reference | 10.0 s | 10.0 s | 10.0 s | 40.0 | n/a | 500 MB | 0.0 MB | 251 |');
    expect(report).toContain('| cold build vs reference (250 posts) | <= 1.50x | 3.00x | **FAIL** |');
    expect(report).toContain('| 250 | 39.1 KB / 10.7 KB | 17.6 KB / 4.7 KB | 0.0 KB / 0.0 KB | 3 | 0 |');
    expect(formatReport([result], [], { cores: 2, pinnedTo: 1, loadAverage: [3.5, 2, 1] })).toContain(
      '## Builds\n\nMachine: 2 cores, every build pinned to 1; load average at the start 3.5, 2, 1.\n',
    );
  });
});
