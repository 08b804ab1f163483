import { createServer } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { openBrowser } from '../support/browser';
import { ASTRO_BIN, start } from '../support/run';
import { createSandbox, waitForPage } from '../support/sandbox';

/** A post of the sample content whose row the admin's post list must show. */
const KNOWN_POST = 'Scoping an MVP without regret';
const LIMIT_MS = 240_000;

/** A free port among 4700-4799 on 127.0.0.1. */
async function freePortInRange(): Promise<number> {
  for (let port = 4700; port < 4800; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 4700-4799');
}

/** One `astro dev` start: milliseconds to the server's address, the home page and the admin's post list. */
async function devStart(dir: string, browser: BrowserContext) {
  const port = await freePortInRange();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const server = await start([ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], /Local\s+http/, {
    cwd: dir,
    timeoutMs: LIMIT_MS,
  });
  try {
    const listening = since();
    await waitForPage(`${origin}/`, LIMIT_MS);
    const firstPage = since();
    const page = await browser.newPage();
    await page.goto(`${origin}/keystatic/collection/posts`, { timeout: LIMIT_MS });
    await page.getByRole('row', { name: new RegExp(KNOWN_POST) }).waitFor({ timeout: LIMIT_MS });
    const adminList = since();
    await page.close();
    if (process.env.BENCH_DEV_LOG) process.stderr.write(server.output());
    return { listening, firstPage, adminList };
  } finally {
    await server.stop();
  }
}

/**
 * `npm run bench:dev`: starts `astro dev` on a copy of the project three times and times each start to
 * the server's address, to the first page (`/` answers 200) and to the admin's post list (Chromium shows
 * the row of a known post). The first start fills Vite's dependency cache (cold); the next two find it
 * (warm). Not part of `npm test`: the figures depend on the machine.
 */
async function main() {
  const sandbox = await createSandbox('bench-dev');
  const browser = await openBrowser();
  try {
    const runs = [];
    for (const label of ['cold dependency cache', 'warm', 'warm']) {
      const run = await devStart(sandbox.dir, browser);
      runs.push({ label, ...run });
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      process.stdout.write(
        `${label}: address ${s(run.listening)}, first page ${s(run.firstPage)}, admin post list ${s(run.adminList)}\n`,
      );
    }
  } finally {
    await browser.close();
    await sandbox.remove();
  }
}

await main();
