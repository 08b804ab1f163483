import { rm } from 'node:fs/promises';
import { ASTRO_BIN, run } from '../support/run';
import { profileSummary } from './cpu-profile';
import { markdownTable } from './report';
import { BENCH_DIR, makeCold, prepareSandboxes, samplePool } from './sandboxes';

/**
 * `npm run bench:profile -- --posts 1000`: builds the full site cold, then warm with `--cpu-prof`, and
 * prints CPU self time per package or project file for both builds (main thread and workers).
 */
async function main() {
  const at = process.argv.indexOf('--posts');
  const count = at >= 0 ? Number(process.argv[at + 1]) : 250;
  const { site, reference } = await prepareSandboxes(count, await samplePool());
  await rm(reference, { recursive: true, force: true });
  await makeCold(site);
  for (const kind of ['cold', 'warm']) {
    const dir = `${BENCH_DIR}profile-${count}-${kind}`;
    await rm(dir, { recursive: true, force: true });
    const started = performance.now();
    await run(['--cpu-prof', `--cpu-prof-dir=${dir}`, ASTRO_BIN, 'build'], { cwd: site });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const rows = (await profileSummary(dir)).slice(0, 15).map(([name, ms]) => [name, (ms / 1000).toFixed(1)]);
    process.stdout.write(
      `\n## ${kind} build, ${count} posts (${seconds} s wall, profiled)\n\n${markdownTable(['code', 'CPU s (self)'], rows)}\n`,
    );
  }
  await rm(site, { recursive: true, force: true });
}

await main();
