import { load } from 'cheerio';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { scanBody } from '../../src/lib/content/check/scan-body';
import { ALL_BLOCKS } from '../../src/lib/markdown/body-rules';
import { checkDist } from '../../src/lib/output/check-dist';
import { sampleContent } from '../support/content';
import { ASTRO_BIN, run } from '../support/run';
import { createSandbox } from '../support/sandbox';

const dist = inject('sampleDist');

/** Builds a sandbox copy after `prepare`; resolves with the build's output, whether it failed or not. */
async function buildSandbox(name: string, prepare: (dir: string) => void, env: Record<string, string> = {}) {
  const sandbox = await createSandbox(name);
  try {
    prepare(sandbox.dir);
    return await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env }).then(
      (output) => ({ failed: false, output }),
      (error: Error) => ({ failed: true, output: error.message }),
    );
  } finally {
    await sandbox.remove();
  }
}

describe('after the build, every internal link resolves', () => {
  it('passes on the sample build', async () => {
    expect(await checkDist(dist, { site: 'https://brightwater.example', base: '/' })).toEqual([]);
    expect(inject('sampleBuildLog')).toContain('every internal link, image and anchor in dist/ resolves');
  });

  it('fails a build below a base path that links to a missing page and a missing anchor, naming page and target', async () => {
    const planted = [
      '---',
      "import BaseLayout from '../layouts/BaseLayout.astro';",
      "import { withBase } from '../lib/urls';",
      '---',
      '<BaseLayout title="Planted" description="A page with two broken links, planted by the link-check test.">',
      '  <a href={withBase("/journal/no-such-post/")}>gone</a> <a href="#no-such-anchor">nowhere</a>',
      '</BaseLayout>',
    ].join('\n');
    const { failed, output } = await buildSandbox(
      'link-check',
      (dir) => writeFileSync(join(dir, 'src/pages/planted.astro'), planted),
      { BASE_PATH: '/insights' },
    );
    expect(failed).toBe(true);
    const lines = output.split('\n').filter((line) => line.startsWith('/insights/'));
    expect(lines).toEqual([
      '/insights/planted/ (dist/planted/index.html): <a href> "/insights/journal/no-such-post/": nothing is built at /insights/journal/no-such-post/ (no such file in dist/)',
      '/insights/planted/ (dist/planted/index.html): <a href> "#no-such-anchor": no element with id "no-such-anchor" on /insights/planted/',
    ]);
    expect(output).toContain('The built site has 2 broken link(s) or unsafe output');
  });

  it('knows before the build the heading ids Astro gives every post', () => {
    const built = sampleContent().posts.filter((post) => existsSync(join(dist, 'journal', post.id, 'index.html')));
    expect(built.length).toBeGreaterThan(0);
    for (const post of built) {
      const $ = load(readFileSync(join(dist, 'journal', post.id, 'index.html'), 'utf8'));
      const ids = $('.prose :is(h2, h3, h4, h5, h6)[id]')
        .map((_, h) => $(h).attr('id'))
        .get();
      expect([...scanBody(post.body, post.file, 1, ALL_BLOCKS).anchors], post.id).toEqual(ids);
    }
  });
});

describe('content errors stop the build', () => {
  it('fails with the content report, naming file, field and fix', async () => {
    const { failed, output } = await buildSandbox('content-check', (dir) => {
      const file = join(dir, 'content/journal/ai-agents-in-production.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n[Click](javascript:alert(1))\n`);
    });
    expect(failed).toBe(true);
    expect(output).toMatch(/Content check: \d+ files, 1 error/);
    expect(output).toMatch(
      /content\/journal\/ai-agents-in-production\.mdx: body \(line \d+\): link "javascript:alert\(1\)" uses javascript:, which is not allowed/,
    );
    expect(output).not.toContain('generating static routes');
  });
});
