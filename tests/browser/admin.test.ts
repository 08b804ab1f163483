import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser } from '../support/browser';
import { ASTRO_BIN, run, start } from '../support/run';
import { createSandbox, freePort, waitForPage } from '../support/sandbox';

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let server: Awaited<ReturnType<typeof start>>;
let browser: BrowserContext;
let page: Page;
let origin: string;

beforeAll(async () => {
  sandbox = await createSandbox('admin');
  const port = await freePort();
  server = await start(
    [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)],
    /Local\s+(http:\/\/127\.0\.0\.1:\d+)/,
    {
      cwd: sandbox.dir,
    },
  );
  origin = `http://127.0.0.1:${port}`;
  await waitForPage(`${origin}/`);
  browser = await openBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sandbox?.remove();
});

describe('npm run dev', () => {
  it('answers /keystatic with the admin page', async () => {
    const response = await fetch(`${origin}/keystatic`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/keystatic/i);
  });

  it('shows drafts and scheduled posts, marked as such', async () => {
    const html = await (await fetch(`${origin}/journal/platform-teams-at-twenty-engineers/`)).text();
    expect(load(html)('h1 .badge-draft').text()).toBe('Draft');
    const journal = load(await (await fetch(`${origin}/journal/`)).text());
    expect(journal('.badge-scheduled').length).toBeGreaterThan(0);
  });
});

describe('the admin UI in Chromium', () => {
  it('lists every collection and the settings singleton, grouped', async () => {
    await page.goto(`${origin}/keystatic`, { waitUntil: 'networkidle', timeout: 180_000 });
    const nav = page.getByRole('navigation');
    for (const label of ['Posts', 'Categories', 'FAQs', 'Comparisons', 'Services', 'Authors', 'Site settings']) {
      // isVisible() answers at once (playwright ignores its timeout); waitFor waits for the admin to render.
      await nav.getByRole('link', { name: label, exact: true }).waitFor({ state: 'visible', timeout: 120_000 });
    }
    expect((await nav.innerText()).toUpperCase()).toMatch(
      /JOURNAL[\s\S]*LIBRARY[\s\S]*SERVICES[\s\S]*PEOPLE[\s\S]*SETTINGS/,
    );
  });

  it('lists posts with title, date and a readable status', async () => {
    await page.goto(`${origin}/keystatic/collection/posts`, { waitUntil: 'networkidle' });
    const row = page.getByRole('row', { name: /Scoping an MVP without regret.*2026-05-12.*Live/ });
    await row.waitFor({ timeout: 60_000 });
    const headers = await page.getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(expect.arrayContaining(['Title', 'Published', 'Status']));
    await expect(page.getByRole('row', { name: /platform team at twenty engineers.*Draft/i }).count()).resolves.toBe(1);
    // A post dated after today is marked as scheduled, with its date.
    await expect(page.getByRole('row', { name: /Scheduled for \d{4}-\d{2}-\d{2}/ }).count()).resolves.toBeGreaterThan(
      0,
    );
    expect(await page.getByRole('row', { name: /\b(true|false)$/ }).count()).toBe(0);
  });

  it('offers only the heading levels a post can take in the body', async () => {
    await page.goto(`${origin}/keystatic/collection/posts/create`, { waitUntil: 'networkidle' });
    const editor = page.locator('[contenteditable=true]').first();
    await editor.waitFor({ state: 'visible', timeout: 120_000 });
    await editor.click();
    await page.getByRole('button', { name: 'Paragraph' }).first().click();
    const options = page.getByRole('option');
    await options.first().waitFor({ state: 'visible' });
    // Level 1 would be a second page title; the check refuses it, so the admin does not offer it.
    expect(await options.allInnerTexts()).toEqual(['Paragraph', 'Heading 2', 'Heading 3', 'Heading 4']);
    await page.keyboard.press('Escape');
  });

  it('creates a category that the next build publishes', async () => {
    await page.goto(`${origin}/keystatic/collection/categories/create`, { waitUntil: 'networkidle' });
    await page.getByLabel('Name').fill('Product strategy');
    await page.getByLabel('Description').fill('Deciding what to build next, and what to stop building.');
    await page.getByRole('button', { name: 'Create' }).click();
    const file = `${sandbox.dir}content/categories/product-strategy.yaml`;
    await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(
      'name: Product strategy\ndescription: Deciding what to build next, and what to stop building.\nformerPaths: []\n',
    );

    await server.stop();
    await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir });
    const built = load(readFileSync(`${sandbox.dir}dist/journal/category/product-strategy/index.html`, 'utf8'));
    expect(built('h1').text()).toBe('Product strategy');
    expect(readFileSync(`${sandbox.dir}dist/journal/index.html`, 'utf8')).toContain(
      '/journal/category/product-strategy/',
    );
  });
});
