import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/lib/content/check';
import { ROOT } from '../support/run';
import { caseExpected, caseFiles, caseNames, fixtureSite, FIXTURE_NOW } from '../support/content-fixtures';

/**
 * Each case of `tests/fixtures/content-errors/cases/` lays one or two files over the valid minimal site
 * in `base/`, and its `expected.txt` holds the exact problems the check must name (file, field, message;
 * warnings marked), one per line, and nothing about the entries next to them.
 */

const check = (name?: string): Problem[] => {
  const site = fixtureSite(name);
  try {
    return checkContent(site.dir, { projectRoot: ROOT, now: FIXTURE_NOW }).problems;
  } finally {
    site.remove();
  }
};
const lines = (problems: Problem[]) =>
  problems.map((p) => `${p.severity === 'warning' ? 'warning: ' : ''}${formatProblem(p)}`);

describe('the content-error corpus', () => {
  it('starts from a minimal site with no problem at all', () => {
    expect(check()).toEqual([]);
  });

  it('has at least 25 cases, each expecting at least one problem', () => {
    expect(caseNames().length).toBeGreaterThanOrEqual(25);
    for (const name of caseNames()) expect(caseExpected(name), name).not.toEqual([]);
  });

  it.each(caseNames())('%s', (name) => {
    const problems = check(name);
    expect(lines(problems)).toEqual(caseExpected(name));
    const touched = caseFiles(name);
    expect(
      problems.every((p) => touched.some((file) => file === p.file || file.startsWith(`${p.file}/`))),
      "only the case's own files (or folders) are reported",
    ).toBe(true);
  });
});
