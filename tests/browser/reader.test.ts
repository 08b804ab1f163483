import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byNewest, isPublished } from '../../src/lib/content/publish';
import { bodyReferences } from '../../src/lib/content/references';
import { RESULTS_SHOWN } from '../../src/lib/search/results-view';
import { openBrowser } from '../support/browser';
import { sampleContent } from '../support/content';
import { ASTRO_BIN, ROOT, run } from '../support/run';
import { createSandbox } from '../support/sandbox';
import { serveStatic } from '../support/static-server';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core');
const SCREENSHOTS = `${ROOT}test-results/screenshots/`;

const content = sampleContent();
const live = content.posts.filter((p) => isPublished(p.data, new Date(), false)).sort(byNewest);
/** A post on the journal's first page that embeds a comparison, has FAQs and enough sections for a table of contents. */
const richPost = live
  .slice(0, 6)
  .find(
    (p) =>
      bodyReferences(p.body, 'Comparison', 'comparison').length > 0 &&
      p.data.faqs.length > 0 &&
      (p.body.match(/^## /gm) ?? []).length >= 3,
  )!;
const comparison = content.comparisons.find(
  (c) => c.id === bodyReferences(richPost.body, 'Comparison', 'comparison')[0],
)!;
const service = content.services[0]!;
const category = content.categories.find((c) => c.id === richPost.data.categories[0])!;

/**
 * A word that appears in one live post's body and nowhere else in the content (not even its first six
 * letters, so no stemmed form matches elsewhere), nor in that post's title, description or excerpt.
 */
function wordOnlyInOneBody(): { word: string; slug: string } {
  const everything = [
    ...content.posts.map((p) => ({ id: p.id, text: p.raw })),
    ...[...content.faqs, ...content.services, ...content.comparisons, ...content.authors, ...content.categories].map(
      (e) => ({ id: `other:${e.file}`, text: e.raw }),
    ),
  ];
  for (const post of live) {
    const prose = post.body.replace(/<[^>]+>/g, ' ').replace(/\]\([^)]*\)/g, ']');
    const words = [...new Set(prose.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? [])].sort();
    for (const word of words) {
      const stem = word.slice(0, 6);
      const elsewhere = everything.some((e) => e.id !== post.id && e.text.toLowerCase().includes(stem));
      const own = [post.data.title, post.data.description, post.data.excerpt].join(' ').toLowerCase().includes(stem);
      if (!elsewhere && !own) return { word, slug: post.id };
    }
  }
  throw new Error('no word found that appears in only one post body');
}

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: BrowserContext;
let origin = '';

beforeAll(async () => {
  sandbox = await createSandbox('reader');
  await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir });
  server = await serveStatic(`${sandbox.dir}dist/`);
  origin = server.origin;
  browser = await openBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await sandbox?.remove();
});

/** A fresh page at the given width that fails the test on any script error or failed request. */
async function newPage(width = 1280, colorScheme: 'light' | 'dark' = 'light') {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico' && url.origin === origin) {
      problems.push(`${response.status()} ${url.pathname}`);
    }
  });
  return { page, problems };
}

const h1 = (page: Page) => page.locator('h1').first().innerText();

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['journal', '/journal/'],
  ['post', `/journal/${richPost.id}/`],
  ['category', `/journal/category/${category.id}/`],
  ['author', `/authors/${richPost.data.authors[0]}/`],
  ['services', '/services/'],
  ['service', `/services/${service.id}/`],
  ['FAQ hub', '/faq/'],
  ['comparisons', '/compare/'],
  ['authors', '/authors/'],
  ['comparison', `/compare/${comparison.id}/`],
  ['search', '/search/?q=audit'],
  ['404', '/no-such-page/'],
];

describe("a reader's path", () => {
  it('goes from home to the journal, a post, its category, a service and the FAQ hub', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    await page.waitForURL(`${origin}/journal/`);
    expect(await h1(page)).toBe('Journal');

    await page.locator(`.card-title a[href="/journal/${richPost.id}/"]`).click();
    await page.waitForURL(`${origin}/journal/${richPost.id}/`);
    expect(await h1(page)).toContain(richPost.data.title);
    await expect(page.locator('.post-meta').innerText()).resolves.toMatch(/Published[\s\S]*min read/);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: category.data.name }).click();
    await page.waitForURL(`${origin}/journal/category/${category.id}/`);
    expect(await h1(page)).toBe(category.data.name);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Services' }).click();
    await page.locator(`.card-title a[href="/services/${service.id}/"]`).click();
    await page.waitForURL(`${origin}/services/${service.id}/`);
    expect(await h1(page)).toBe(service.data.title);
    // One price per option the service states: a figure, Free or on request.
    const prices = await page.locator('.facts .price').allInnerTexts();
    expect(prices).toHaveLength(service.data.pricing.options.length);
    for (const price of prices) expect(price).toMatch(/\d|Free|on request/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' }).click();
    await page.waitForURL(`${origin}/faq/`);
    expect(await h1(page)).toBe('Frequently asked questions');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("loads only the site's own script files on an article page, and the hero image causes no layout shift", async () => {
    const { page, problems } = await newPage(375);
    await page.goto(`${origin}/journal/${richPost.id}/`, { waitUntil: 'networkidle' });
    // Once the hero image is decoded and the fonts are in, and two frames have been laid out since, every
    // shift they could cause is in the page's layout-shift buffer, which a buffered observer receives at once.
    const shift = await page.evaluate(async () => {
      const hero = document.querySelector<HTMLImageElement>('img.hero-image')!;
      await hero.decode();
      await document.fonts.ready;
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      const observer = new PerformanceObserver(() => undefined);
      observer.observe({ type: 'layout-shift', buffered: true });
      const entries = observer.takeRecords() as unknown as { value: number }[];
      observer.disconnect();
      return entries.reduce((total, entry) => total + entry.value, 0);
    });
    expect(shift).toBeLessThan(0.01);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script')
        .map((r) => r.name),
    );
    // Scripts are files (the CSP allows one inline script only): the ones the page names, from /_astro/.
    const named = await page
      .locator('script[src]')
      .evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
    expect(scripts.sort()).toEqual([...new Set(named)].sort());
    for (const script of scripts) expect(script.startsWith(`${origin}/_astro/`), script).toBe(true);
    expect(await page.locator('img.hero-image').evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('finds a post by a word that appears only in its body, loading Pagefind only on demand', async () => {
    const { word, slug } = wordOnlyInOneBody();
    const { page, problems } = await newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('header a.search-link').click();
    await page.waitForURL(`${origin}/search/`);
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search the site' }).fill(word);
    const results = page.locator('.search-results .search-result');
    await results.first().waitFor();
    expect(pagefindRequests.length).toBeGreaterThan(0);
    expect(await results.count()).toBe(1);
    await expect(results.first().locator('a').first().getAttribute('href')).resolves.toBe(`/journal/${slug}/`);
    await expect(results.first().locator('mark').first().innerText()).resolves.toMatch(
      new RegExp(word.slice(0, 6), 'i'),
    );
    await expect(page.getByRole('status').first().innerText()).resolves.toMatch(/^1 result for/);
    expect(page.url()).toBe(`${origin}/search/?q=${word}`);

    await results.first().locator('a').first().click();
    await page.waitForURL(`${origin}/journal/${slug}/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['Service', service.data.title],
    ['Comparison', comparison.data.title],
    ['FAQ', content.faqs[0]!.data.question],
  ])('finds a %s', async (type, query) => {
    const { page } = await newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result-type').allInnerTexts()).toContain(type);
    await page.close();
  });

  it('lists twelve results at first and the rest on request, moving focus to the first one added', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${origin}/search/?q=the`);
    const results = page.locator('.search-results .search-result');
    await results.first().waitFor();
    const total = Number(/^(\d+) results/.exec(await page.getByRole('status').first().innerText())?.[1]);
    expect(total).toBeGreaterThan(RESULTS_SHOWN);
    expect(await results.count()).toBe(RESULTS_SHOWN);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain(`showing the first ${RESULTS_SHOWN}`);
    const more = page.getByRole('button', { name: /^Show (the last|\d+ more)/ });
    await more.click();
    await results.nth(RESULTS_SHOWN).waitFor();
    expect(await results.count()).toBe(Math.min(total, 2 * RESULTS_SHOWN));
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(await results.nth(RESULTS_SHOWN).locator('a').first().getAttribute('href'));
    if (total <= 2 * RESULTS_SHOWN) {
      expect(await more.isHidden()).toBe(true);
      await expect(page.getByRole('status').first().innerText()).resolves.toBe(`${total} results for “the”`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript, the search link leads to a page that explains and lists where to go', async () => {
    const { page } = await newPage();
    const cdp = await browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${origin}/journal/`);
    await page.locator('header a.search-link').click();
    await page.waitForURL(`${origin}/search/`);
    await expect(page.getByText(/needs JavaScript/).isVisible()).resolves.toBe(true);
    const browse = page.getByRole('region', { name: 'Browse' });
    await expect(browse.getByRole('link', { name: 'The journal' }).isVisible()).resolves.toBe(true);
    await expect(browse.getByRole('link', { name: category.data.name }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('at 375 px wide', () => {
  it.each(PAGE_TYPES)('the %s page does not scroll sideways', async (_name, path) => {
    const { page } = await newPage(375);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .filter((el) => !el.closest('.visually-hidden, .skip-link, [hidden]'))
        .map((el) => el.outerHTML.slice(0, 80)),
    }));
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await page.close();
  });

  it.each([
    ['comparison page', `/compare/${comparison.id}/`],
    ['post', `/journal/${richPost.id}/`],
  ])('the comparison on the %s is fully readable, one card per option', async (_name, path) => {
    const { page } = await newPage(375);
    await page.goto(`${origin}${path}`);
    const figure = page.locator(`figure[data-comparison="${comparison.id}"]`);
    await expect(figure.locator('.comparison-table').isVisible()).resolves.toBe(false);
    const cards = figure.locator('.option-card');
    expect(await cards.count()).toBe(comparison.data.options.length);
    for (const [index, option] of comparison.data.options.entries()) {
      const card = cards.nth(index);
      await expect(card.locator('.option-name').innerText()).resolves.toBe(option.name);
      if (option.highlighted) await expect(card.locator('.recommended').isVisible()).resolves.toBe(true);
      const text = await card.innerText();
      for (const row of comparison.data.rows) {
        expect(text).toContain(row.criterion.toUpperCase());
        if (row.cells[index]?.text) expect(text).toContain(row.cells[index].text);
      }
      const clipped = await card.evaluate((el) =>
        [el, ...el.querySelectorAll('*')]
          .filter((e) => {
            const box = e.getBoundingClientRect();
            return (
              box.left < 0 || box.right > document.documentElement.clientWidth || e.scrollWidth > e.clientWidth + 1
            );
          })
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(clipped).toEqual([]);
    }
    await page.close();
  });
});

describe('the comparison at 1280 px', () => {
  it.each(['light', 'dark'] as const)(
    'is a table whose recommended column stands out in the %s scheme, with a label',
    async (scheme) => {
      const { page } = await newPage(1280, scheme);
      await page.goto(`${origin}/compare/${comparison.id}/`);
      const table = page.locator('.comparison-table table');
      await expect(table.isVisible()).resolves.toBe(true);
      const highlighted = comparison.data.options.findIndex((o) => o.highlighted);
      expect(highlighted).toBeGreaterThanOrEqual(0);
      const header = table.locator('thead th').nth(highlighted + 1);
      await expect(header.locator('.recommended').innerText()).resolves.toMatch(/recommended/i);
      const look = (index: number) =>
        table
          .locator('tbody tr')
          .first()
          .locator('td')
          .nth(index)
          .evaluate((td) => {
            const style = getComputedStyle(td);
            return { background: style.backgroundColor, border: style.borderLeftWidth };
          });
      const plain = await look(highlighted === 0 ? 1 : 0);
      const marked = await look(highlighted);
      expect(marked.background).not.toBe(plain.background);
      expect(parseFloat(marked.border)).toBeGreaterThan(parseFloat(plain.border));
      await page.close();
    },
  );
});

describe('theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const isDark = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return r! + g! + b! < 200;
  };

  it('follows the system setting when the reader has not chosen', async () => {
    const { page } = await newPage(1280, 'dark');
    await page.goto(`${origin}/`);
    expect(isDark(await background(page))).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(isDark(await background(page))).toBe(false);
    await page.close();
  });

  it('keeps the chosen theme across pages and reloads, applied before the body is painted', async () => {
    const { page, problems } = await newPage(1280, 'light');
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${origin}/`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(isDark(await background(page))).toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(isDark(await background(page))).toBe(true);

    for (const path of ['/journal/', `/journal/${richPost.id}/`, '/faq/']) {
      await page.goto(`${origin}${path}`);
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
      expect(isDark(await background(page))).toBe(true);
      await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
    }

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(isDark(await background(page))).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('quire-theme'))).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('opens and closes FAQ items with Enter and Space', async () => {
    const { page } = await newPage();
    await page.goto(`${origin}/faq/`);
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) && tabs++ < 60) {
      await page.keyboard.press('Tab');
    }
    const open = () => page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open);
    expect(await open()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await open()).toBe(true);
    const answer = page.locator('details[open] .faq-answer').first();
    await expect(answer.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(await open()).toBe(false);
    await page.keyboard.press('Space');
    expect(await open()).toBe(true);
    await page.close();
  });

  it('opens the FAQ item a link points to', async () => {
    const { page } = await newPage();
    const faq = content.faqs[3]!;
    await page.goto(`${origin}/faq/#${faq.id}`);
    await expect(page.locator(`details#${faq.id}`).evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
    await page.close();
  });

  it('stops on a comparison table only while it is wider than its column, and scrolls it with the arrow keys', async () => {
    const wide = content.comparisons.find((c) => c.data.options.length === 4)!;
    const { page } = await newPage(720);
    await page.goto(`${origin}/compare/${wide.id}/`);
    const frame = page.locator('.comparison-table');
    const scrolls = () => frame.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(await scrolls()).toBe(true);
    await expect.poll(() => frame.getAttribute('tabindex')).toBe('0');
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // Wide enough for the whole table: nothing to scroll, so no stop that does nothing.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => frame.getAttribute('tabindex')).toBeNull();
    expect(await scrolls()).toBe(false);
    // Narrow again: the stop comes back.
    await page.setViewportSize({ width: 720, height: 800 });
    await expect.poll(() => frame.getAttribute('tabindex')).toBe('0');
    await page.close();
  });

  it('scrolls a plain body table inside its frame on a phone, with the arrow keys', async () => {
    const post = live.find((p) => /^\|.*\|\s*$/m.test(p.body))!;
    const { page } = await newPage(375);
    await page.goto(`${origin}/journal/${post.id}/`);
    const frame = page.locator('.table-scroll').first();
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth + 1)).toBe(true);
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // The table scrolls, the page does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('copies the article link with "Copy link", says so, and clears the message after a few seconds', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { page } = await newPage();
    await page.goto(`${origin}/journal/${richPost.id}/`);
    const button = page.getByRole('button', { name: 'Copy link' });
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('[data-copy-status]');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect.poll(() => status.textContent(), { timeout: 8_000 }).toBe('');
    await page.close();
  });

  it('skips to the content with the first Tab', async () => {
    const { page } = await newPage(375);
    await page.goto(`${origin}/journal/${richPost.id}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => !!document.activeElement?.closest('main'))).resolves.toBe(true);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const cases = PAGE_TYPES.flatMap(([name, path]) =>
    (['light', 'dark'] as const).flatMap((scheme) =>
      [375, 1280].map((width) => [name, scheme, width, path] as [string, 'light' | 'dark', number, string]),
    ),
  );

  it.each(cases)('%s page, %s theme, %i px: no violations', async (_name, scheme, width, path) => {
    const { page } = await newPage(width, scheme);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } })
        .axe;
      const result = await axe.run(document);
      return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('table of contents', () => {
  it('is a disclosure above the article on a phone and a plain list beside it on a wide screen', async () => {
    const { page } = await newPage(390);
    await page.goto(`${origin}/journal/${richPost.id}/`);
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    const firstLink = toc.getByRole('link').first();
    await expect(firstLink.isVisible()).resolves.toBe(false);
    await toc.locator('summary').click();
    await expect(firstLink.isVisible()).resolves.toBe(true);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    // No toggle that changes nothing: the summary is gone from view and from the tab order.
    await expect(toc.locator('summary').isVisible()).resolves.toBe(false);
    const visible = await toc.getByRole('link').evaluateAll((links) => links.filter((a) => a.checkVisibility()).length);
    expect(visible).toBe((await toc.locator('.toc-wide a').count()) || -1);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 40; i++) {
      const tag = await page.evaluate(() => document.activeElement?.tagName);
      expect(tag).not.toBe('SUMMARY');
      await page.keyboard.press('Tab');
    }
    await page.close();
  });

  it('starts beside the hero image on a wide screen, so its first entries show on the first screen', async () => {
    const { page } = await newPage(1280);
    await page.goto(`${origin}/journal/${richPost.id}/`);
    const hero = (await page.locator('.hero-image').boundingBox())!;
    const toc = (await page.locator('.toc-wide').boundingBox())!;
    expect(Math.abs(toc.y - hero.y)).toBeLessThan(4);
    expect(toc.x).toBeGreaterThan(hero.x + hero.width);
    await expect(page.locator('.toc-wide a').first().isVisible()).resolves.toBe(true);
    expect((await page.locator('.toc-wide a').first().boundingBox())!.y).toBeLessThan(800);
    await page.close();
  });
});

describe('print', () => {
  it('prints an article without site furniture, with FAQ answers and link targets shown', async () => {
    const { page } = await newPage();
    await page.goto(`${origin}/journal/${richPost.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav.toc', '.share', '.continue-reading']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('.prose').isVisible()).resolves.toBe(true);
    await expect(page.locator('.faq-answer').first().isVisible()).resolves.toBe(true);
    const external = page.locator('.prose a[href^="http"]').first();
    if ((await external.count()) > 0) {
      const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('http');
    }
    await page.close();
  });
});

describe('screenshots', () => {
  it.each([
    ['home', '/'],
    ['post', `/journal/${richPost.id}/`],
    ['comparison', `/compare/${comparison.id}/`],
  ])('saves the %s page at 375 and 1280 px', async (name, path) => {
    for (const width of [375, 1280]) {
      const { page } = await newPage(width);
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(async () => {
        for (const img of document.querySelectorAll('img')) img.loading = 'eager';
        await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
      });
      const file = `${SCREENSHOTS}${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
    }
  });
});
