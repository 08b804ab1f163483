import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminScreen } from '../support/admin-screen';
import { openBrowser } from '../support/browser';
import { ASTRO_BIN, start } from '../support/run';
import { createSandbox, waitForPage } from '../support/sandbox';

/**
 * Issue #18, "editors can trust the admin": each scenario played in Chromium as an editor would, with the
 * mouse and the keyboard, on a copy of the project under `astro dev`.
 */
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let server: Awaited<ReturnType<typeof start>>;
let browser: BrowserContext;
let page: Page;
let origin: string;

/** A free port in 4500-4599, the range this machine's test servers use. */
async function portInRange(): Promise<number> {
  for (let port = 4500 + Math.floor(Math.random() * 100), n = 0; n < 100; n++, port = 4500 + ((port - 4499) % 100)) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 4500-4599');
}

beforeAll(async () => {
  sandbox = await createSandbox('admin-trust');
  const port = await portInRange();
  server = await start([ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], /Local\s+http/, {
    cwd: sandbox.dir,
  });
  origin = `http://127.0.0.1:${port}`;
  await waitForPage(`${origin}/`);
  browser = await openBrowser({ width: 1400, height: 1000 });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sandbox?.remove();
});

const file = (path: string) => `${sandbox.dir}${path}`;
const read = (path: string) => readFileSync(file(path), 'utf8');

/** Opens an entry in the admin and waits until its form holds the saved values (`openAdminScreen`). */
const openEntry = (path: string, firstLabel: RegExp) => openAdminScreen(page, origin, path, firstLabel);

/** The body editor of the open entry: its text, and a button of its toolbar by position. */
const body = () => page.locator('[data-keystatic-editor=root] .ProseMirror[contenteditable=true]').first();
const toolbarButton = (n: number) => page.locator('[data-keystatic-editor=toolbar] button').nth(n);

/** Waits until the body's text has the keyboard (an editor sees the caret back and types on). */
const typingInBody = () =>
  expect.poll(() => body().evaluate((text) => text === document.activeElement), { timeout: 10_000 }).toBe(true);

/** Opens a new post, empties its body (the admin keeps an unsaved draft) and types `words` into it. */
async function newPostBody(words: string) {
  await page.goto(`${origin}/keystatic/collection/posts/create`, { waitUntil: 'networkidle', timeout: 180_000 });
  await body().waitFor({ timeout: 120_000 });
  await body().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => body().innerText()).toMatch(/^\s*$|^Start writing/);
  await page.keyboard.type(words);
}

describe('typing in a body after using its controls', () => {
  it('goes on in the heading after choosing it from the style menu', async () => {
    await newPostBody('Why audits');
    await page.getByRole('button', { name: 'Paragraph' }).first().click();
    await page.getByRole('option', { name: 'Heading 2' }).click();
    await typingInBody();
    // The space bar types a space; it does not open the menu again.
    await page.keyboard.type(' matter');
    expect(await page.getByRole('listbox').count()).toBe(0);
    await expect.poll(() => body().locator('h2').innerText()).toBe('Why audits matter');
  });

  it('goes on after a block inserted from the "+" menu, leaving the block in place', async () => {
    await newPostBody('Before the block.');
    await toolbarButton(-1).click();
    await page.getByRole('menuitem', { name: /Call to action/ }).click();
    await typingInBody();
    await page.keyboard.type('After the block.');
    await expect
      .poll(() => body().innerText())
      .toMatch(/Before the block\.[\s\S]*CALL TO ACTION[\s\S]*After the block\./i);
  });

  it('goes on after a block’s Edit dialog is closed with Done', async () => {
    await newPostBody('Intro.');
    await toolbarButton(-1).click();
    await page.getByRole('menuitem', { name: /Callout/ }).click();
    await typingInBody();
    await body().getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Title/).fill('Keep backups');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await typingInBody();
    await page.keyboard.type('Typed after Done.');
    await expect.poll(() => body().innerText()).toContain('Typed after Done.');
    expect(await body().innerText()).toContain('Keep backups');
  });

  it('goes on after the link, not over it or at the start, once a link is added', async () => {
    await newPostBody('Read the guide');
    // Screen readers announce the link button as "Link" (Keystatic labels it "Divider").
    const toolbar = page.locator('[data-keystatic-editor=toolbar]');
    await expect.poll(() => toolbar.getByRole('button', { name: 'Link', exact: true }).count()).toBe(1);
    expect(await toolbar.getByRole('button', { name: 'Divider', exact: true }).count()).toBe(1);
    await page.keyboard.press('Shift+ControlOrMeta+ArrowLeft');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Link/).fill('https://example.com/guide');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await typingInBody();
    await page.keyboard.type(' first.');
    await expect.poll(() => body().locator('p').first().innerText()).toBe('Read the guide first.');
    expect(await body().locator('a[href="https://example.com/guide"]').innerText()).toBe('guide');
  });
});

describe('the list of posts', () => {
  it('opens sorted by publish date, newest first, with a readable status', async () => {
    await page.goto(`${origin}/keystatic/collection/posts`, { waitUntil: 'networkidle', timeout: 180_000 });
    const published = page.getByRole('columnheader', { name: 'Published' });
    await published.waitFor({ timeout: 120_000 });
    await expect.poll(() => published.getAttribute('aria-sort'), { timeout: 30_000 }).toBe('descending');
    const dates = async () =>
      (await page.getByRole('row').allInnerTexts()).flatMap((row) => /\b\d{4}-\d{2}-\d{2}\b/.exec(row) ?? []);
    await expect.poll(async () => (await dates()).length, { timeout: 30_000 }).toBeGreaterThan(3);
    const shown = await dates();
    expect(shown).toEqual([...shown].sort().reverse());
    // The draft box reads as a status: Draft, Scheduled for <date> or Live; never true/false.
    expect(await page.getByRole('columnheader', { name: 'Status' }).count()).toBe(1);
    const rows = (await page.getByRole('row').allInnerTexts()).slice(1);
    expect(rows.map((row) => /(Draft|Scheduled for \d{4}-\d{2}-\d{2}|Live)\s*$/.exec(row)?.[1] ?? row)).toEqual(
      expect.arrayContaining(['Draft', 'Live', expect.stringMatching(/^Scheduled for /)]),
    );
    expect(rows.every((row) => /(Draft|Scheduled for \d{4}-\d{2}-\d{2}|Live)\s*$/.test(row))).toBe(true);
  });
});

describe('searching a list', () => {
  it('finds a post by words of its title, not only by its exact slug', async () => {
    await page.goto(`${origin}/keystatic/collection/posts`, { waitUntil: 'networkidle', timeout: 180_000 });
    await page.getByRole('columnheader', { name: 'Published' }).waitFor({ timeout: 120_000 });
    await page.getByRole('searchbox', { name: 'Search' }).click();
    await page.keyboard.type('Code audit');
    await expect
      .poll(async () => (await page.getByRole('row').allInnerTexts()).slice(1).map((row) => row.split('\n')[0]))
      .toEqual(['what-a-code-audit-finds']);
  });
});

describe('picking entries by their titles', () => {
  const POST = 'content/journal/first-90-days-of-a-fractional-cto.mdx';
  /** A picker's text box, and the list of the entries it holds. */
  const picker = (label: string) => page.getByRole('combobox', { name: new RegExp(`^${label}`) });
  const picked = (label: string) => page.getByRole('grid', { name: label });

  it('adds a category found by typing part of its name with the keyboard, and saves its slug', async () => {
    const before = read(POST);
    await openEntry('collection/posts/item/first-90-days-of-a-fractional-cto', /^Title/);
    // Picked entries show by title, the slug under it.
    await expect
      .poll(() => picked('Categories').getByRole('row').allInnerTexts())
      .toEqual([expect.stringMatching(/^Technical leadership\s+technical-leadership$/)]);
    await picker('Categories').click();
    // Words of the name, which no slug contains ("buying-technical-help").
    await page.keyboard.type('Buying tech');
    const option = page.getByRole('option', { name: 'Buying technical help' });
    await option.waitFor();
    expect(await option.innerText()).toMatch(/^Buying technical help\s+buying-technical-help$/);
    expect(await page.getByRole('option').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => picked('Categories').getByRole('row').allInnerTexts())
      .toEqual([expect.stringMatching(/^Technical leadership/), expect.stringMatching(/^Buying technical help/)]);
    expect(read(POST)).toBe(before);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => read(POST), { timeout: 60_000 })
      .toBe(before.replace('  - technical-leadership\n', '  - technical-leadership\n  - buying-technical-help\n'));
  });

  it('adds an FAQ found by its question with the mouse, and saves its slug', async () => {
    const before = read(POST);
    await openEntry('collection/posts/item/first-90-days-of-a-fractional-cto', /^Title/);
    await picker('FAQs').click();
    await page.keyboard.type('take equity');
    await page.getByRole('option', { name: 'Will you take equity instead of fees?' }).click();
    await expect
      .poll(() => picked('FAQs').getByRole('row').last().innerText())
      .toMatch(/^Will you take equity instead of fees\?\s+equity-instead-of-fees$/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => read(POST), { timeout: 60_000 })
      .toBe(before.replace('  - help-hiring-engineers\n', '  - help-hiring-engineers\n  - equity-instead-of-fees\n'));
  });

  it('keeps a stored slug that is no entry, shown by the slug and flagged "not found"', async () => {
    const path = 'content/journal/platform-teams-at-twenty-engineers.mdx';
    const saved = read(path);
    try {
      writeFileSync(file(path), saved.replace(/^categories:\n/m, 'categories:\n  - retired-topic\n'));
      await openEntry('collection/posts/item/platform-teams-at-twenty-engineers', /^Title/);
      await expect
        .poll(() => picked('Categories').getByRole('row').first().innerText())
        .toMatch(/^retired-topic\s+retired-topic: not found$/);
      // The entries it does name still show by their titles.
      expect(await picked('Categories').getByRole('row').nth(1).innerText()).toMatch(
        /^Engineering practice\s+engineering-practice$/,
      );
    } finally {
      writeFileSync(file(path), saved);
    }
  });

  it('names a comparison block’s table by its title in the body', async () => {
    await openEntry('collection/posts/item/pricing-models-for-technical-advice', /^Title/);
    await body().getByText('Comparison: Hourly, fixed price, retainer or equity', { exact: true }).waitFor();
    expect(
      await body()
        .getByText(/pricing-models/)
        .count(),
    ).toBe(0);
  });
});

describe('a save the build would refuse', () => {
  /** The admin's notice above the form (Keystatic shows a refused save's answer there). */
  const notice = () => page.getByText(/^Not (saved|deleted):/);

  it('is refused for a body link without https://, saying which link and how to fix it', async () => {
    const path = 'content/journal/scoping-an-mvp-without-regret.mdx';
    const before = read(path);
    await openEntry('collection/posts/item/scoping-an-mvp-without-regret', /^Title/);
    await body().locator('p').first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('See the checklist');
    await page.keyboard.press('Shift+ControlOrMeta+ArrowLeft');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Link/).fill('www.example.com/x');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await notice().waitFor({ timeout: 60_000 });
    expect(await notice().innerText()).toMatch(
      /Not saved: the site's build would stop on this\. • journal\/scoping-an-mvp-without-regret\.mdx: body \(line \d+\): link "www\.example\.com\/x" must start with/,
    );
    expect(read(path)).toBe(before);
  });

  it('is refused for deleting an FAQ that entries use, naming them', async () => {
    await openEntry('collection/faqs/item/audit-turnaround', /^Question/);
    await page.getByRole('button', { name: 'Delete entry…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete' }).click();
    await notice().waitFor({ timeout: 60_000 });
    const text = await notice().innerText();
    expect(text).toMatch(/^Not deleted: other entries still use this one/);
    expect(text).toContain('journal/what-a-code-audit-finds.mdx: faqs[');
    expect(text).toContain('services/code-audit.mdx: faqs[');
    expect(existsSync(file('content/faqs/audit-turnaround.mdx'))).toBe(true);
  });

  it('brings an invalid field below the fold into view when Save is pressed', async () => {
    await openEntry('collection/posts/item/ai-code-review-assistants', /^Title/);
    const canonical = page.getByLabel(/^Canonical URL/);
    await canonical.fill('www.example.com/guide');
    await page
      .getByLabel(/^Title/)
      .first()
      .click();
    await page
      .getByLabel(/^Title/)
      .first()
      .scrollIntoViewIfNeeded();
    const inView = () =>
      canonical.evaluate((field) => {
        const box = field.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
    expect(await inView()).toBe(false);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => canonical.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.getByText('Enter the full address, starting with https://').waitFor();
  });
});

describe('changing a post’s slug in the admin', () => {
  const OLD = 'what-a-code-audit-finds';
  const NEW = 'code-audit-findings';

  it('moves its images, keeps the old address working and repoints entries that named it', async () => {
    await openEntry(`collection/posts/item/${OLD}`, /^Title/);
    const slug = page.getByRole('textbox', { name: /^Slug/ });
    await slug.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(`**/collection/posts/item/${NEW}`, { timeout: 60_000 });

    // The form now lists the old slug under "Former slugs", as the file does.
    const former = page.getByText(OLD, { exact: true });
    await former.waitFor({ timeout: 30_000 });
    await expect.poll(() => existsSync(file(`content/journal/${NEW}.mdx`))).toBe(true);
    expect(existsSync(file(`content/journal/${OLD}.mdx`))).toBe(false);
    expect(read(`content/journal/${NEW}.mdx`)).toContain(`formerSlugs:\n  - ${OLD}\n`);
    expect(read(`content/journal/${NEW}.mdx`)).toContain(`image: ../images/journal/${NEW}/hero/image.jpg`);
    expect(existsSync(file(`content/images/journal/${NEW}/hero/image.jpg`))).toBe(true);
    // No empty folder named after the old slug is left behind.
    expect(existsSync(file(`content/images/journal/${OLD}`))).toBe(false);
    // The service that listed the post as related now lists it under its new slug.
    expect(read('content/services/code-audit.mdx')).toMatch(new RegExp(`relatedPosts:\\n  - ${NEW}\\n`));

    // No developer error page over the admin.
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    // The old address redirects to the new one.
    await expect
      .poll(async () => (await fetch(`${origin}/journal/${OLD}/`)).text(), { timeout: 60_000 })
      .toContain(`url=/journal/${NEW}/`);
    await expect.poll(async () => (await fetch(`${origin}/journal/${NEW}/`)).status, { timeout: 60_000 }).toBe(200);
  });
});

describe('a server error while an editor works', () => {
  it('never covers the admin with the developer error overlay', async () => {
    await openEntry('collection/posts/item/scoping-an-mvp-without-regret', /^Title/);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const path = 'content/journal/pricing-models-for-technical-advice.mdx';
    const saved = read(path);
    try {
      // A second writer (a git pull, another editor) lands an entry whose image is not there yet, and a
      // preview tab asks for its page: the dev server sends the error to every open page, the admin
      // included. The admin logs it; it must not draw the overlay.
      writeFileSync(file(path), saved.replace(/hero\/image\.(jpg|png)/, 'hero/missing.png'));
      const url = `${origin}/journal/pricing-models-for-technical-advice/`;
      await expect.poll(async () => (await fetch(url)).status, { timeout: 60_000 }).toBe(500);
      await expect
        .poll(async () => (await page.locator('vite-error-overlay').count()) + errors.join('\n'), { timeout: 60_000 })
        .toMatch(/missing\.png|^1/);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
      await expect(
        page
          .getByLabel(/^Title/)
          .first()
          .isEditable(),
      ).resolves.toBe(true);
    } finally {
      writeFileSync(file(path), saved);
    }
  });
});

describe('an image placed from the body’s toolbar', () => {
  const SLUG = 'evaluating-llm-features-before-launch';

  it('asks for alt text in its details, as a Figure block does, and saves it with the image', async () => {
    await openEntry(`collection/posts/item/${SLUG}`, /^Title/);
    await body().locator('p').first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Image', exact: true }).click(),
    ]);
    await chooser.setFiles(file(`content/images/journal/${SLUG}/hero/image.jpg`));
    const placed = body().locator('img:not(.ProseMirror-separator)').last();
    await placed.waitFor({ timeout: 30_000 });

    // Its details open from the image's own toolbar (first button: edit); Save without alt text is refused.
    await placed.click();
    const imageToolbar = page.locator('[role=dialog]').filter({ has: page.locator('[role=separator]') });
    await imageToolbar.locator('button').first().click();
    const details = page.getByRole('dialog', { name: 'Image details' });
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Alt text must not be empty').waitFor({ timeout: 10_000 });

    await details.getByLabel(/^Alt text/).fill('Line chart of answer quality by week, flat after week three');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const post = `content/journal/${SLUG}.mdx`;
    await expect
      .poll(() => read(post), { timeout: 60_000 })
      .toMatch(
        new RegExp(
          `!\\[Line chart of answer quality by week, flat after week three\\]\\(\\.\\./images/figures/${SLUG}/image-[a-z0-9]+\\.jpg\\)`,
        ),
      );
    const name = /images\/figures\/[^/]+\/(image-[a-z0-9]+\.jpg)/.exec(read(post))![1]!;
    expect(existsSync(file(`content/images/figures/${SLUG}/${name}`))).toBe(true);
  });
});
