import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminScreen } from '../support/admin-screen';
import { openBrowser } from '../support/browser';
import { ASTRO_BIN, run, start } from '../support/run';
import { createSandbox, freePort, waitForPage } from '../support/sandbox';

/** The editor's path: write, link and schedule content in the admin only, then build what it saved. */
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let server: Awaited<ReturnType<typeof start>>;
let browser: BrowserContext;
let page: Page;
let origin: string;
let built: (path: string) => CheerioAPI;

const NEW_POST = 'hiring-your-first-engineering-manager';
const NEW_FAQ = 'who-owns-the-roadmap';
const RENAMED = 'what-a-code-audit-finds';

/** Starts `astro dev` on the sandbox, unless it runs already, and waits for its first page. */
async function startDev() {
  if (server?.child.exitCode === null) return;
  const port = await freePort();
  server = await start([ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], /Local\s+http/, {
    cwd: sandbox.dir,
  });
  origin = `http://127.0.0.1:${port}`;
  await waitForPage(`${origin}/`);
}

/** Stops the dev server and builds the sandbox for production, as a deploy would. */
async function buildSite() {
  await server.stop();
  await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir, env: { QUIRE_OG: 'off' } });
  built = (path) => load(readFileSync(file(`dist/${path}/index.html`), 'utf8'));
}

beforeAll(async () => {
  sandbox = await createSandbox('editor');
  await startDev();
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

/** Opens an admin screen and waits until Keystatic has loaded it (`openAdminScreen`). */
const openScreen = (path: string, firstLabel: RegExp) => openAdminScreen(page, origin, path, firstLabel);

/** Clicks the primary button (Create or Save) until the file on disk satisfies `saved`. */
async function saveUntil(button: 'Create' | 'Save', saved: () => boolean) {
  for (let attempt = 0; attempt < 4 && !saved(); attempt++) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect
      .poll(saved, { timeout: 8_000 })
      .toBe(true)
      .catch(() => undefined);
  }
  expect(saved()).toBe(true);
}

/** Picks the entry titled `title` (its name, question...) in the relationship field labelled `label`. */
async function pick(label: RegExp, title: string, within: Page | Locator = page) {
  const box = within.getByRole('combobox', { name: label });
  await box.fill(title);
  await page.getByRole('option', { name: title, exact: true }).click();
}

/** Opens the edit dialog of the block whose dialog title matches `label`. */
async function openBlockDialog(label: RegExp) {
  const edits = page.locator('[contenteditable=true]').getByRole('button', { name: 'Edit' });
  const dialog = page.getByRole('dialog');
  for (let i = (await edits.count()) - 1; i >= 0; i--) {
    await edits.nth(i).click();
    await dialog.waitFor();
    if (label.test(await dialog.getByRole('heading').first().innerText())) return;
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  throw new Error(`no block matching ${label} in the editor`);
}

/** Inserts a body block from the editor's "/" menu after the first paragraph and fills its dialog. */
async function insertBlock(menuLabel: RegExp, fill: () => Promise<void>) {
  await page.locator('[contenteditable=true] p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await page.getByRole('option').first().waitFor();
  await page.keyboard.type(menuLabel.source.split(' ')[0]!.toLowerCase());
  await page.getByRole('option', { name: menuLabel }).click();
  await openBlockDialog(menuLabel);
  await fill();
  const dialog = page.getByRole('dialog');
  for (let attempt = 0; attempt < 3 && (await dialog.count()) > 0; attempt++) {
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 3_000 }).catch(() => undefined);
  }
  expect(await dialog.count()).toBe(0);
}

describe('an editor working only in the admin', () => {
  it('creates an FAQ', async () => {
    await openScreen('collection/faqs/create', /^Question/);
    // A long question makes a slug cut to whole words within 80 characters, not a file name too long to save.
    await page
      .getByLabel(/^Question/)
      .fill(
        'What happens to the code, the cloud accounts, the credentials and the documentation when our engagement ends?',
      );
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Slug/ }).inputValue())
      .toBe('what-happens-to-the-code-the-cloud-accounts-the-credentials-and-the');
    await page.getByLabel(/^Question/).fill('Who owns the roadmap?');
    await page.getByLabel(/^Topic/).fill('Working together');
    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.type('You do. We make sure the technical cost of each item is known before you decide.');
    // The file appears before its text is written: wait for the text, not the file.
    const saved = () =>
      existsSync(file(`content/faqs/${NEW_FAQ}.mdx`)) && read(`content/faqs/${NEW_FAQ}.mdx`).includes('You do.');
    await saveUntil('Create', saved);
    expect(read(`content/faqs/${NEW_FAQ}.mdx`)).toContain('question: Who owns the roadmap?');
  });

  it('writes a post with an image, relationships, FAQs and all five body blocks', async () => {
    await openScreen('collection/posts/create', /^Title/);
    await page.getByLabel(/^Title/).fill('Hiring your first engineering manager');
    await page
      .getByLabel(/^Meta description/)
      .fill('When a founding team needs its first engineering manager, what the role owns, and how to hire for it.');
    await page.getByLabel(/^Excerpt/).fill('The first engineering manager is a hire most founders make a year late.');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose file' }).first().click();
    await (await chooser).setFiles(file('content/images/journal/ai-agents-in-production/hero/image.jpg'));
    await page
      .getByLabel(/^Alt text/)
      .first()
      .fill('Abstract shapes in violet and teal');
    await pick(/^Categories/, 'Technical leadership');
    await pick(/^Authors/, 'Maren Holt');
    await page.getByLabel(/^Published/).fill('2026-11-20');
    await pick(/^FAQs/, 'How quickly can an engagement start?');
    await pick(/^FAQs/, 'Who owns the roadmap?');

    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.type('A team of eight engineers reporting to a founder is a team without a manager.');
    await insertBlock(/Comparison table/, async () => {
      await pick(/^Comparison/, 'Fractional, outsourced, interim or full-time CTO');
    });
    await insertBlock(/Call to action/, async () => {
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^Headline/).fill('Talk to us before you hire');
      await dialog.getByLabel(/^Button label/).fill('See the fractional CTO service');
      await dialog.getByLabel(/^Button link/).fill('/services/fractional-cto/');
    });
    await insertBlock(/FAQ group/, async () => {
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^Heading/).fill('Questions about retainers');
      await pick(/^FAQs/, 'Is there a minimum term for a retainer?', dialog);
    });
    await insertBlock(/Callout/, async () => {
      await page
        .getByRole('dialog')
        .getByLabel(/^Title/)
        .fill('Hire for the next two years');
    });
    await insertBlock(/Figure/, async () => {
      const dialog = page.getByRole('dialog');
      const figureChooser = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Choose file' }).click();
      await (await figureChooser).setFiles(file('content/images/journal/what-a-code-audit-finds/hero/image.jpg'));
      await dialog.getByLabel(/^Alt text/).fill('Org chart with one manager and eight engineers');
      await dialog.getByLabel(/^Caption/).fill('Eight engineers is the usual tipping point.');
    });
    await saveUntil(
      'Create',
      () =>
        existsSync(file(`content/journal/${NEW_POST}.mdx`)) &&
        read(`content/journal/${NEW_POST}.mdx`).includes('Talk to us before you hire'),
    );

    const source = read(`content/journal/${NEW_POST}.mdx`);
    expect(source).toContain('<Comparison comparison="cto-engagement-models" />');
    expect(source).toMatch(/<CallToAction[^>]*headline="Talk to us before you hire"/);
    expect(source).toMatch(/publishedAt: 2026-11-20/);
    const image = /image: (\.\.\/images\/journal\/[^\n]+)/.exec(source)?.[1];
    expect(image).toBe(`../images/journal/${NEW_POST}/hero/image.jpg`);
    await expect.poll(() => existsSync(file(`content/images/journal/${NEW_POST}/hero/image.jpg`))).toBe(true);
    // A body image keeps its name plus a random tag, so a second upload called image.jpg gets its own file.
    const figure = /<Figure[^>]*src="\.\.\/(images\/figures\/[^"]+)"/.exec(source)?.[1];
    expect(figure).toMatch(new RegExp(`^images/figures/${NEW_POST}/image-[0-9a-f]{6}\\.jpg$`));
    await expect.poll(() => existsSync(file(`content/${figure}`))).toBe(true);
  });

  it('opens an existing post with its blocks intact and editable', async () => {
    await openScreen('collection/posts/item/ai-agents-in-production', /^Title/);
    const editor = page.locator('[contenteditable=true]').first();
    for (const summary of [
      'Comparison: Four ways to automate a workflow with AI',
      'Call to action: Get a second opinion before launch',
      'Warning: No unreviewed writes to production',
    ]) {
      await editor.getByText(summary).waitFor({ state: 'visible', timeout: 30_000 });
    }
    await openBlockDialog(/Comparison table/);
    await expect(page.getByRole('dialog').getByRole('combobox').inputValue()).resolves.toBe(
      'Four ways to automate a workflow with AI',
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('renames an existing post: the file changes on the title line only', async () => {
    const before = read(`content/journal/${RENAMED}.mdx`).split('\n');
    await openScreen(`collection/posts/item/${RENAMED}`, /^Title/);
    await page.getByLabel(/^Title/).fill('Code audits: what they find and what to fix first');
    await saveUntil('Save', () => read(`content/journal/${RENAMED}.mdx`).includes('Code audits: what they find'));
    const after = read(`content/journal/${RENAMED}.mdx`).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([[before[1], "title: 'Code audits: what they find and what to fix first'"]]);
  });
});

describe('the next production build', () => {
  beforeAll(buildSite, 300_000);

  it('publishes the new post with everything the editor chose', () => {
    const $ = built(`journal/${NEW_POST}`);
    expect($('h1').text()).toContain('Hiring your first engineering manager');
    expect($('a[href="/authors/maren-holt/"]').first().text()).toBe('Maren Holt');
    expect($('a[href="/journal/category/technical-leadership/"]').length).toBeGreaterThan(0);
    expect($('figure[data-comparison="cto-engagement-models"] table caption').text()).toContain('CTO');
    expect(
      $('[data-faq-section] summary')
        .filter((_, s) => $(s).closest('.prose').length === 0)
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['How quickly can an engagement start?', 'Who owns the roadmap?']);
    expect($('.prose .cta').text()).toContain('Talk to us before you hire');
    expect($('.prose [data-faq-section] summary').text()).toBe('Is there a minimum term for a retainer?');
    expect($('.prose .callout').text()).toContain('Hire for the next two years');
    expect($('.prose figure.figure img').attr('alt')).toBe('Org chart with one manager and eight engineers');
    expect($('.prose figure.figure figcaption').text()).toBe('Eight engineers is the usual tipping point.');
    expect($('img').first().attr('alt')).toBeDefined();
  });

  it('shows the renamed title', () => {
    expect(built(`journal/${RENAMED}`)('h1').text()).toContain('Code audits: what they find');
  });
});

describe('a post marked as draft in the admin', () => {
  beforeAll(startDev, 180_000);

  it('is saved as a draft and left out of the next build', async () => {
    await openScreen(`collection/posts/item/${NEW_POST}`, /^Title/);
    await page.getByRole('checkbox', { name: /^Draft/ }).check();
    await saveUntil('Save', () => read(`content/journal/${NEW_POST}.mdx`).includes('draft: true'));
    await buildSite();
    expect(existsSync(file(`dist/journal/${NEW_POST}/index.html`))).toBe(false);
    expect(readFileSync(file('dist/journal/index.html'), 'utf8')).not.toContain(`/journal/${NEW_POST}/`);
    expect(existsSync(file(`dist/journal/${RENAMED}/index.html`))).toBe(true);
  });
});

describe('content the build would refuse, under the dev server', () => {
  beforeAll(startDev, 180_000);

  it('reloads the site when content changes, but not the admin an editor is typing in', async () => {
    await openScreen('collection/categories/item/engineering-practice', /^Name/);
    const description = page.getByLabel(/^Description/).first();
    await description.fill('Words the editor has not saved yet');
    const site = await browser.newPage();
    try {
      await site.goto(`${origin}/journal/`, { waitUntil: 'networkidle' });
      const mark = (p: Page) => p.evaluate(() => Object.assign(window, { quireMark: 'before' }));
      const marked = (p: Page) => p.evaluate(() => (window as { quireMark?: string }).quireMark);
      await mark(page);
      await mark(site);
      // Another save lands on disk (a second editor, a git pull): every open page is told to reload.
      const other = 'content/categories/ai-in-production.yaml';
      const saved = read(other);
      writeFileSync(file(other), saved.replace(/^name: (.*)$/m, 'name: $1 (renamed)'));
      try {
        await expect.poll(() => marked(site).catch(() => 'reloading'), { timeout: 60_000 }).toBeUndefined();
        await expect.poll(() => site.content(), { timeout: 30_000 }).toContain('(renamed)');
        expect(await marked(page)).toBe('before');
        await expect(description.inputValue()).resolves.toBe('Words the editor has not saved yet');
      } finally {
        writeFileSync(file(other), saved);
      }
    } finally {
      await site.close();
    }
  });

  /**
   * A published post with `extra` added to the end of its body, as the admin would save it: its file,
   * its URL, and `mend` to put the saved text back (also done afterwards, whatever happens).
   */
  async function withPostBody(
    extra: string,
    test: (post: { path: string; url: string; mend: () => void }) => Promise<void>,
  ) {
    const name = readdirSync(file('content/journal')).find(
      (n) => !read(`content/journal/${n}`).includes('draft: true'),
    )!;
    const path = `content/journal/${name}`;
    const saved = read(path);
    const mend = () => writeFileSync(file(path), saved);
    writeFileSync(file(path), `${saved.trimEnd()}\n\n${extra}\n`);
    try {
      await test({ path, url: `${origin}/journal/${name.replace(/\.mdx$/, '')}/`, mend });
    } finally {
      mend();
    }
  }

  it('brings a page back by itself once the content that broke it is mended', async () => {
    const broken = await browser.newPage();
    try {
      // A body the MDX compiler cannot read (a tag left open) fails the page: Astro's error page.
      await withPostBody('<Callout kind="tip">\nLeft open', async ({ url, mend }) => {
        await expect.poll(async () => (await fetch(url)).status, { timeout: 60_000 }).toBe(500);
        await broken.goto(url);
        expect(await broken.locator('article h1').count()).toBe(0);
        mend();
        // The error page reloads on the change, as every site page does: no reload by hand.
        await expect.poll(() => broken.locator('article h1').count(), { timeout: 60_000 }).toBe(1);
      });
    } finally {
      await broken.close();
    }
  });

  it('shows a call to action or figure block saved with empty fields as a problem in its place, not a broken page', async () => {
    let url = '';
    // What the admin writes for blocks inserted and saved without filling them in.
    await withPostBody('<CallToAction />\n\n<Figure />', async (post) => {
      url = post.url;
      await expect
        .poll(
          async () => {
            const response = await fetch(url);
            return `${response.status} ${await response.text()}`;
          },
          { timeout: 60_000 },
        )
        .toMatch(/^200 [\s\S]*&lt;CallToAction&gt;: headline is required/);
      const html = await (await fetch(url)).text();
      expect(html).toMatch(/&lt;Figure&gt;: src is required/);
      // The page's problem box names the file and the fix as well.
      expect(html).toContain('the next build will stop');
      expect(html).toContain(`${post.path}: body`);
    });
    await expect.poll(async () => (await fetch(url)).text(), { timeout: 60_000 }).not.toContain('&lt;CallToAction&gt;');
  });

  it('leaves the dev site and the admin working and lists the problem on every page until it is fixed', async () => {
    const category = 'ai-in-production';
    const path = `content/categories/${category}.yaml`;
    const saved = read(path);
    const problemsOn = async (url: string) => {
      const response = await fetch(`${origin}${url}`);
      expect(response.status, url).toBe(200);
      return response.text();
    };
    // A post filed under the category: the page most likely to break with it gone.
    const post = readdirSync(file('content/journal'))
      .map((name) => name.replace(/\.mdx$/, ''))
      .find((slug) => read(`content/journal/${slug}.mdx`).includes(`- ${category}\n`));
    expect(post).toBeDefined();
    rmSync(file(path));
    try {
      await expect.poll(() => problemsOn('/'), { timeout: 60_000 }).toContain('the next build will stop');
      for (const url of ['/journal/', '/services/fractional-cto/', `/journal/${post}/`]) {
        expect(await problemsOn(url)).toMatch(
          new RegExp(`content/journal/[a-z0-9-]+\\.mdx: categories\\[\\d\\]: no category &quot;${category}&quot;`),
        );
      }
      // No server error anywhere, so no error overlay over the admin where the editor would fix it.
      expect((await fetch(`${origin}/favicon.ico`)).status).toBeLessThan(500);
      await openScreen('collection/categories', /^Search/);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
    } finally {
      writeFileSync(file(path), saved);
    }
    await expect.poll(() => problemsOn('/'), { timeout: 60_000 }).not.toContain('the next build will stop');
  });
});
