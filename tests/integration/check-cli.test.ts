import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../support/content-fixtures';
import { cleanEnv, ROOT } from '../support/run';

const TSX = `${ROOT}node_modules/tsx/dist/cli.mjs`;
const runCheck = (cwd: string) => {
  const result = spawnSync(process.execPath, [TSX, `${ROOT}src/cli/check.ts`], {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  return { code: result.status, output: result.stdout + result.stderr };
};

// Each test starts a process (tsx and the check); under load that takes longer than a unit test may.
describe('npm run check', { timeout: 60_000 }, () => {
  it('passes on the sample content and says how long it took', () => {
    const { code, output } = runCheck(ROOT);
    expect(output).toMatch(/^Content check: \d+ files, 0 errors, \d+ warnings?$/m);
    expect(output).toMatch(/^\(\d+ ms\)$/m);
    expect(code).toBe(0);
  });

  it('exits 1 and prints every problem, one per line, with file and field', () => {
    const site = fixtureSite('javascript-link');
    try {
      const { code, output } = runCheck(site.dir);
      expect(code).toBe(1);
      expect(output).toContain(
        'Content check: 10 files, 1 error, 0 warnings\n\nErrors:\n' +
          'content/journal/receipts.mdx: body (line 20): link "javascript:alert(1)" uses javascript:, which is not allowed (link to a site path such as /journal/x/ or an https:// address)\n',
      );
    } finally {
      site.remove();
    }
  });
});
