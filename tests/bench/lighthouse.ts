import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdir, writeFile } from 'node:fs/promises';
import { startPreview } from '../../src/lib/deploy/preview-server';
import { ASTRO_BIN, run } from '../support/run';
import { createSandbox } from '../support/sandbox';
import { markdownTable } from './report';
import { BENCH_DIR } from './sandboxes';

/** The sample pages Lighthouse scores: home, an article, a service and a comparison. */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/journal/ai-agents-in-production/',
  '/services/fractional-cto/',
  '/compare/pricing-models/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function main() {
  const strict = process.argv.includes('--strict');
  const sandbox = await createSandbox('lighthouse');
  process.stderr.write('building the sample site in a sandbox...\n');
  await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir });
  const preview = await startPreview({ dist: `${sandbox.dir}dist/` });
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  const rows: string[][] = [];
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      process.stderr.write(`lighthouse (mobile) ${page}...\n`);
      const result = await lighthouse(`${preview.origin}${page}`, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      scores[page] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
      rows.push([page, ...CATEGORIES.map((c) => String(scores[page]![c]))]);
      const failing = Object.values(result?.lhr.audits ?? {}).filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      );
      if (failing.length)
        process.stderr.write(`  audits below 1: ${failing.map((a) => `${a.id} (${a.score})`).join(', ')}\n`);
      // What the console printed, and why a run could not measure (a score of 0 without failing audits).
      const consoleErrors = (result?.lhr.audits['errors-in-console']?.details as { items?: unknown[] } | undefined)
        ?.items;
      for (const item of consoleErrors ?? []) process.stderr.write(`  console: ${JSON.stringify(item)}\n`);
      if (result?.lhr.runtimeError)
        process.stderr.write(`  runtime error: ${JSON.stringify(result.lhr.runtimeError)}\n`);
      for (const warning of result?.lhr.runWarnings ?? []) process.stderr.write(`  warning: ${warning}\n`);
    }
  } finally {
    chrome.kill();
    await preview.close();
    await sandbox.remove();
  }
  await mkdir(BENCH_DIR, { recursive: true });
  await writeFile(
    `${BENCH_DIR}lighthouse.json`,
    `${JSON.stringify({ date: new Date().toISOString(), scores }, null, 2)}\n`,
  );
  process.stdout.write(`${markdownTable(['page', ...CATEGORIES], rows)}\n\nResults: ${BENCH_DIR}lighthouse.json\n`);
  const below = rows.filter((row) => row.slice(1).some((score) => score !== '100')).length;
  if (below) process.stdout.write(`${below} page(s) below 100 in some category\n`);
  if (strict && below) process.exitCode = 1;
}

await main();
