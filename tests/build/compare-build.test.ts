import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cleanEnv, ROOT } from '../support/run';
import { createSandbox } from '../support/sandbox';

const TSX = `${ROOT}node_modules/tsx/dist/cli.mjs`;
const POST = 'content/journal/what-a-code-audit-finds.mdx';

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let result: { code: number | null; output: string };

// The sample site as a repository of its own, one sentence of one post then changed in the working tree:
// `npm run compare-build` must build both, name the files that sentence reaches and no other.
beforeAll(async () => {
  sandbox = await createSandbox('compare-build');
  copyFileSync(join(ROOT, '.gitignore'), join(sandbox.dir, '.gitignore'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Quire tests', '-c', 'user.email=tests@example.com', ...args], {
      cwd: sandbox.dir,
      stdio: 'pipe',
    });
  git('init', '--quiet');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Sample site');
  const post = join(sandbox.dir, POST);
  writeFileSync(post, readFileSync(post, 'utf8').replace('Founders tend to commission', 'Founders usually commission'));
  const run = spawnSync(process.execPath, [TSX, 'src/cli/compare-build.ts'], {
    cwd: sandbox.dir,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  result = { code: run.status, output: run.stdout + run.stderr };
}, 400_000);
afterAll(() => sandbox?.remove());

it('names every built file a content change reaches, and only those, and exits 1', () => {
  const listed = [...result.output.matchAll(/^ {2}(changed|added|removed) +(\S+)/gm)].map((m) => `${m[1]} ${m[2]}`);
  expect(result.output).toMatch(/built HEAD in [\d.]+ s/);
  expect(result.output).toMatch(/dist\/ differs from HEAD in \d+ files/);
  expect(listed).toContain('changed journal/what-a-code-audit-finds/index.html');
  expect(result.output).toMatch(
    /changed {2}journal\/what-a-code-audit-finds\/index\.html \(line \d+: before ".+", after ".+"\)/,
  );
  // Pages the sentence does not reach were built byte for byte the same, so they are not listed.
  for (const untouched of ['404.html', 'services/index.html', 'faq/index.html', 'og/post/what-a-code-audit-finds.png'])
    expect(
      listed.filter((line) => line.endsWith(` ${untouched}`)),
      untouched,
    ).toEqual([]);
  // Pagefind names its files by their content, so a changed index is a file removed and one added.
  expect(
    listed.filter((line) => !line.startsWith('changed ') && !/^(added|removed) pagefind\//.test(line)),
    'files added or removed outside the search index',
  ).toEqual([]);
  expect(listed).toEqual(expect.arrayContaining(['changed journal/what-a-code-audit-finds.md', 'changed rss.xml']));

  expect(result.code, result.output).toBe(1);
});
