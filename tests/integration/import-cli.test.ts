import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv, ROOT } from '../support/run';

const TSX = `${ROOT}node_modules/tsx/dist/cli.mjs`;
const FIXTURES = `${ROOT}tests/fixtures/import`;
const EXPORT = `${FIXTURES}/wordpress/export.xml`;
const UPLOADS = `${FIXTURES}/wordpress/uploads`;

/** A project folder holding a copy of the sample content, where the import writes. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quire-import-'));
  cpSync(`${ROOT}content`, join(dir, 'content'), { recursive: true });
  made.push(dir);
  return dir;
}
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const runImport = (cwd: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [TSX, `${ROOT}src/cli/import.ts`, ...args], {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  return { code: result.status, output: result.stdout + result.stderr };
};
const summary = (output: string) => output.match(/^\d+ posts, .*$/m)?.[0];

// Each test starts tsx and the import; under load that takes longer than a unit test may.
describe('npm run import', { timeout: 60_000 }, () => {
  it('prints the plan and writes nothing with --dry-run', () => {
    const dir = project();
    const { code, output } = runImport(dir, 'wordpress', EXPORT, '--uploads', UPLOADS, '--dry-run');
    expect(code).toBe(0);
    expect(output).toContain('content/journal/roadmaps-that-survive-customers.mdx: would be new <- ');
    expect(output).toContain('Dry run: nothing was written.');
    expect(existsSync(join(dir, 'content/journal/roadmaps-that-survive-customers.mdx'))).toBe(false);
    expect(existsSync(join(dir, '.quire-import.json'))).toBe(false);
  });

  it('imports, then finds everything unchanged on a second run', () => {
    const dir = project();
    expect(summary(runImport(dir, 'wordpress', EXPORT, '--uploads', UPLOADS).output)).toBe(
      '4 posts, 2 authors, 3 categories, 3 FAQs, 6 images: 18 new, 0 updated, 0 overwritten, 0 unchanged, 0 kept',
    );
    expect(summary(runImport(dir, 'wordpress', EXPORT, '--uploads', UPLOADS).output)).toBe(
      '4 posts, 2 authors, 3 categories, 3 FAQs, 6 images: 0 new, 0 updated, 0 overwritten, 18 unchanged, 0 kept',
    );
  });

  it('updates only the post whose source changed, keeps a post an editor changed, and overwrites it with --force', () => {
    const dir = project();
    runImport(dir, 'wordpress', EXPORT, '--uploads', UPLOADS);
    const edited = join(dir, 'content/journal/pricing-a-discovery-sprint.mdx');
    writeFileSync(
      edited,
      readFileSync(edited, 'utf8').replace('We answer the second question first.', 'Edited in the admin.'),
    );
    const changed = join(dir, 'export.xml');
    writeFileSync(
      changed,
      readFileSync(EXPORT, 'utf8').replace('A draft about keeping the later horizon honest.', 'A longer draft.'),
    );

    const again = runImport(dir, 'wordpress', changed, '--uploads', UPLOADS);
    expect(again.output).toContain('content/journal/small-bets-watched-closely.mdx: updated (source changed)');
    expect(again.output).toContain('content/journal/pricing-a-discovery-sprint.mdx: kept (exists; not overwritten)');
    expect(again.output).toContain(
      'Some existing posts were left as they are (see "kept" above); --force overwrites them.',
    );
    expect(summary(again.output)).toMatch(/: 0 new, 1 updated, 0 overwritten, 16 unchanged, 1 kept$/);
    expect(readFileSync(edited, 'utf8')).toContain('Edited in the admin.');

    const forced = runImport(dir, 'wordpress', changed, '--uploads', UPLOADS, '--force');
    expect(forced.output).toContain('content/journal/pricing-a-discovery-sprint.mdx: overwritten (--force)');
    expect(readFileSync(edited, 'utf8')).not.toContain('Edited in the admin.');
  });

  it('reuses an existing author instead of overwriting it', () => {
    const dir = project();
    const mine = 'name: Ines Okafor\nbio: Our own biography.\n';
    writeFileSync(join(dir, 'content/authors/ines-okafor.yaml'), mine);
    const { output } = runImport(dir, 'wordpress', EXPORT, '--uploads', UPLOADS);
    expect(output).toContain('content/authors/ines-okafor.yaml: exists; used as it is');
    expect(readFileSync(join(dir, 'content/authors/ines-okafor.yaml'), 'utf8')).toBe(mine);
  });

  it.each([
    [['ghost', 'x.xml'], 2, 'import: say what to import from: wordpress or markdown (got ghost)'],
    [['wordpress'], 2, 'import: give the export file to import'],
    [['markdown', 'site', '--uploads', 'u'], 2, 'import: --uploads is for WordPress imports'],
    [['wordpress', 'x.xml', '--tags', 'all'], 2, 'import: --tags is report or categories (got all)'],
    [['wordpress', 'missing.xml'], 1, 'missing.xml: not found'],
  ])('refuses %j with a message', (args, code, message) => {
    const result = runImport(project(), ...args);
    expect(result.code).toBe(code);
    expect(result.output).toContain(message);
  });

  it('names the file and place of a broken export and writes nothing', () => {
    const dir = project();
    writeFileSync(join(dir, 'broken.xml'), readFileSync(EXPORT, 'utf8').replace('</channel>', ''));
    const { code, output } = runImport(dir, 'wordpress', join(dir, 'broken.xml'));
    expect(code).toBe(1);
    expect(output).toMatch(
      /^import: .*broken\.xml: line \d+, column \d+: not well-formed XML: .* \(export the site again from Tools > Export\)$/m,
    );
    expect(existsSync(join(dir, '.quire-import.json'))).toBe(false);
  });

  it('imports Hugo and Jekyll folders', () => {
    const dir = project();
    expect(summary(runImport(dir, 'markdown', `${FIXTURES}/hugo`).output)).toMatch(
      /^3 posts, 3 authors, 5 categories, 0 FAQs, 4 images: 15 new/,
    );
    expect(summary(runImport(dir, 'markdown', `${FIXTURES}/jekyll`).output)).toMatch(
      /^2 posts, 1 authors, 3 categories, 0 FAQs, 3 images: /,
    );
  });
});
