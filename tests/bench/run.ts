import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { allBudgets } from './budgets';
import { parseBenchArgs } from './args';
import { pageWeight, folderSize } from './page-weight';
import { buildPhases } from './phases';
import { formatReport } from './report';
import type { BuildSummary, Machine, SiteResult, SizeResult } from './results';
import { BENCH_DIR, makeCold, prepareSandboxes, samplePool } from './sandboxes';
import { timedBuild, type BuildRun } from './timed-build';

const summary = ({ log: _log, ...run }: BuildRun): BuildSummary => run;

/** Changes the title of one post, as an editor fixing a typo would. */
async function editOnePost(dir: string, slug: string) {
  const file = `${dir}content/journal/${slug}.mdx`;
  const source = await readFile(file, 'utf8');
  await writeFile(file, source.replace(/^title: '(.*)'$/m, "title: '$1 (revised)'"));
}

/** Cold, warm and one-post-edited builds of one sandbox. */
async function measure(dir: string, firstSlug: string, label: string, cores?: number) {
  await makeCold(dir);
  const step = (name: string) => process.stderr.write(`  ${label}: ${name} build...`);
  const done = (run: BuildRun) => process.stderr.write(` ${(run.ms / 1000).toFixed(1)} s\n`);
  step('cold');
  const cold = await timedBuild(dir, {}, cores);
  done(cold);
  const output = await folderSize(`${dir}dist/`);
  step('warm');
  const warm = await timedBuild(dir, {}, cores);
  done(warm);
  await editOnePost(dir, firstSlug);
  step('edited');
  const edit = await timedBuild(dir, {}, cores);
  done(edit);
  const peaks = [cold, warm, edit].map((r) => r.peakMb).filter((p): p is number => p !== undefined);
  const result: SiteResult = {
    cold: summary(cold),
    warm: summary(warm),
    edit: summary(edit),
    peakMb: peaks.length ? Math.max(...peaks) : undefined,
    distBytes: output.bytes,
    htmlPages: output.htmlPages,
    msPerPage: cold.ms / output.htmlPages,
  };
  return { result, coldLog: cold.log, logs: { cold: cold.log, warm: warm.log, edit: edit.log } };
}

async function main() {
  const options = parseBenchArgs(process.argv.slice(2));
  const pool = await samplePool();
  const machine: Machine = {
    cores: availableParallelism(),
    ...(options.cores ? { pinnedTo: options.cores } : {}),
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
  };
  const results: SizeResult[] = [];
  await mkdir(BENCH_DIR, { recursive: true });
  for (const count of options.sizes) {
    process.stderr.write(`${count} posts: generating...\n`);
    const { posts, site, reference } = await prepareSandboxes(count, pool);
    const first = posts[0]!.slug;
    const full = await measure(site, first, 'Quire', options.cores);
    for (const [kind, log] of Object.entries(full.logs)) await writeFile(`${BENCH_DIR}${kind}-build-${count}.log`, log);
    const article = await pageWeight(`${site}dist/`, `journal/${first}`);
    const bare = await measure(reference, first, 'reference', options.cores);
    results.push({
      posts: count,
      site: { ...full.result, article, phases: buildPhases(full.coldLog) },
      reference: bare.result,
    });
    if (!options.keep) for (const dir of [site, reference]) await rm(dir, { recursive: true, force: true });
  }
  const budgets = allBudgets(results);
  const report = formatReport(results, budgets, machine);
  await writeFile(
    `${BENCH_DIR}results.json`,
    `${JSON.stringify({ date: new Date().toISOString(), machine, results, budgets }, null, 2)}\n`,
  );
  await writeFile(`${BENCH_DIR}results.md`, report);
  process.stdout.write(`${report}\nResults: ${BENCH_DIR}results.json\n`);
  const failed = budgets.filter((b) => !b.pass).length;
  if (failed)
    process.stdout.write(`${failed} budget(s) not met${options.strict ? '' : ' (exit code 0 without --strict)'}\n`);
  if (options.strict && failed) process.exitCode = 1;
}

await main();
