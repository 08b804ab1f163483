import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareTrees, identical } from '../lib/output/compare-trees';

/**
 * `npm run compare-build -- [<commit>]`: builds the site as it is in the working tree and as it was at
 * <commit> (default HEAD), each in a fresh copy with cold caches, and compares the two `dist/` folders
 * byte for byte. A restructure of the code should leave them identical; when they differ the tool lists
 * every file that changed, with where, keeps both copies under .cache/compare-build/ and exits 1.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false } },
});
const commit = positionals[0] ?? 'HEAD';
const root = process.cwd();
const work = join(root, '.cache/compare-build');
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });

try {
  git('rev-parse', '--verify', '--quiet', `${commit}^{commit}`);
} catch {
  console.error(`compare-build: "${commit}" is not a commit of the repository in ${root}.`);
  process.exit(2);
}

rmSync(work, { recursive: true, force: true });
const before = join(work, 'before');
const after = join(work, 'after');
mkdirSync(before, { recursive: true });
mkdirSync(after, { recursive: true });

// The commit as git stores it, and the working tree as it is (tracked and new files, ignored ones left out;
// tar keeps symbolic links as links).
execFileSync('tar', ['-x', '-C', before], { input: git('archive', '--format=tar', commit), maxBuffer: 1 << 30 });
const files = git('ls-files', '-z', '--cached', '--others', '--exclude-standard')
  .toString()
  .split('\0')
  .filter((file) => file && existsSync(join(root, file)));
const working = execFileSync('tar', ['-c', '-f', '-', '-C', root, '--null', '-T', '-'], {
  input: files.join('\0'),
  maxBuffer: 1 << 30,
});
execFileSync('tar', ['-x', '-C', after], { input: working, maxBuffer: 1 << 30 });
if (git('diff', '--name-only', commit, '--', 'package-lock.json').length > 0) {
  console.log(`compare-build: package-lock.json changed since ${commit}; both builds use the installed packages.`);
}

// Astro as the project resolves it (a copy under .cache/ finds the same node_modules further up).
const astroBin = join(
  dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')),
  'bin/astro.mjs',
);

/** Builds one copy; packages resolve from the project's node_modules, caches stay inside the copy. */
function build(dir: string, name: string): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: dir,
    env: { ...process.env, QUIRE_CACHE_DIR: '.cache', QUIRE_OG_CACHE: '', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) {
    console.error(`compare-build: the build of ${name} failed:\n${result.stdout}${result.stderr}`);
    process.exit(2);
  }
  console.log(`compare-build: built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
build(before, commit);
build(after, 'the working tree');

const difference = compareTrees(join(before, 'dist'), join(after, 'dist'));
if (identical(difference)) {
  console.log(`compare-build: dist/ is byte for byte the same as at ${commit}.`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const lines = [
  ...difference.onlyInBefore.map((file) => `  removed  ${file}`),
  ...difference.onlyInAfter.map((file) => `  added    ${file}`),
  ...difference.changed.map(({ file, firstDifference }) => `  changed  ${file} (${firstDifference})`),
];
console.log(`compare-build: dist/ differs from ${commit} in ${lines.length} files:\n${lines.join('\n')}`);
console.log(`Both builds are kept in ${work}/{before,after}/dist for a closer look (diff -r).`);
process.exit(1);
