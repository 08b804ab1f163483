import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './run';

/** The content-error corpus: a valid minimal site and, per case, files laid over it. */
export const FIXTURES = `${ROOT}tests/fixtures/content-errors/`;

/** The moment the corpus is checked at, so scheduled and published posts stay what they are. */
export const FIXTURE_NOW = new Date('2026-06-01T00:00:00Z');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)],
  );

/** Names of the corpus cases. */
export const caseNames = (): string[] => readdirSync(`${FIXTURES}cases`).sort();

/** The file in each case that lists the problems the check must report, one per line. */
const EXPECTED_FILE = 'expected.txt';

/** The files a case adds or replaces, as paths from the site root (`content/journal/x.mdx`). */
export const caseFiles = (name: string): string[] =>
  filesUnder(`${FIXTURES}cases/${name}/content`).map((file) =>
    relative(`${FIXTURES}cases/${name}`, file).split('\\').join('/'),
  );

/** The problems a case must produce, as `npm run check` prints them (`warning: ` marks a warning). */
export const caseExpected = (name: string): string[] => {
  const file = `${FIXTURES}cases/${name}/${EXPECTED_FILE}`;
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
};

/** Copies the minimal valid site, with a case's files laid over it, into a temporary folder. */
export function fixtureSite(name?: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'quire-content-'));
  cpSync(`${FIXTURES}base`, dir, { recursive: true, verbatimSymlinks: true });
  if (name) cpSync(`${FIXTURES}cases/${name}/content`, `${dir}/content`, { recursive: true, verbatimSymlinks: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
