import { load } from 'cheerio';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { typeset } from '../../src/lib/markdown/typeset';
import { openBrowser } from '../support/browser';
import { readHeadersFile } from '../support/headers-file';
import { ASTRO_BIN, ROOT, run } from '../support/run';
import { createSandbox } from '../support/sandbox';
import { serveStatic } from '../support/static-server';

/**
 * The sample site plus `tests/fixtures/hostile/`: a post whose title, description, excerpt and hero alt
 * text carry markup and script, and an FAQ whose question does. The build must show all of it as text,
 * everywhere the text goes, and a real browser, sent the site's own security headers, must run none of it.
 */
const FIXTURE = `${ROOT}tests/fixtures/hostile/content/`;
const frontmatter = <T>(file: string) =>
  loadYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`${FIXTURE}${file}`, 'utf8'))![1]!) as T;
const written = frontmatter<{ title: string; description: string; hero: { alt: string } }>('journal/hostile-input.mdx');
/** The texts as readers see them: typeset as every text is (curly quotes, dashes), markup kept as text. */
const post = {
  title: typeset(written.title),
  description: typeset(written.description),
  hero: { alt: typeset(written.hero.alt) },
};
const faq = { question: typeset(frontmatter<{ question: string }>('faqs/hostile-question.mdx').question) };
const POST_PATH = '/journal/hostile-input/';

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let server: Awaited<ReturnType<typeof serveStatic>>;
/** The same dist/ served by a host that reads no _headers file (GitHub Pages, S3 without a policy). */
let bare: Awaited<ReturnType<typeof serveStatic>>;
let browser: BrowserContext;
let dist = '';
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
  );
const html = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

beforeAll(async () => {
  sandbox = await createSandbox('hostile');
  cpSync(FIXTURE, `${sandbox.dir}content/`, { recursive: true });
  await run([ASTRO_BIN, 'build'], { cwd: sandbox.dir });
  dist = `${sandbox.dir}dist/`;
  // A control page with an inline script the build did not make: the policy must block it.
  mkdirSync(`${dist}control`);
  writeFileSync(`${dist}control/index.html`, '<!doctype html><title>control</title><script>alert("control")</script>');
  server = await serveStatic(dist, readHeadersFile(`${dist}_headers`));
  bare = await serveStatic(dist);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await bare?.close();
  await sandbox?.remove();
});

describe('hostile content in the built files', () => {
  it('shows the title, description, excerpt and alt text as text on the page', () => {
    const $ = html(POST_PATH);
    expect($('h1').text()).toContain(post.title);
    expect($('title').text()).toContain(post.title);
    expect($('meta[name="description"]').attr('content')).toBe(post.description);
    expect($('img.hero-image').attr('alt')).toBe(post.hero.alt);
    expect($('[onerror], [onclick], [data-injected], b:contains("not bold")')).toHaveLength(0);
    expect($('a[href^="javascript:"]')).toHaveLength(0);
    expect($('a[href="https://example.org/docs"]').attr('rel')).toBe('noopener');
  });

  it('adds no script: every script the page runs, a post with ordinary content runs too', () => {
    const scripts = ($: ReturnType<typeof html>) =>
      $('script:not([type="application/ld+json"])')
        .map((_, script) => $(script).attr('src') ?? $(script).text())
        .get();
    const ordinary = new Set(scripts(html('/journal/ai-agents-in-production/')));
    const hostile = scripts(html(POST_PATH));
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.filter((script) => !ordinary.has(script))).toEqual([]);
  });

  it('keeps JSON-LD data that no text can close', () => {
    for (const page of [POST_PATH, '/faq/']) {
      const $ = html(page);
      $('script[type="application/ld+json"]').each((_, script) => {
        const text = $(script).text();
        expect(text).not.toMatch(/<\/script|<!--/i);
        expect(() => JSON.parse(text)).not.toThrow();
      });
    }
    expect(html('/faq/')('summary').text()).toContain(faq.question);
  });

  it('gives body headings ids that the layout does not use', () => {
    const $ = html(POST_PATH);
    expect($('[id="main"]').length).toBe(1);
    expect($('[id="main"]').is('main')).toBe(true);
    expect($('[id="share-title"]').length).toBe(1);
    expect($('.prose h2#main-section').text()).toContain('Main');
    expect($('.prose h2#share-title-section').text()).toContain('Share title');
    expect($('.toc a[href="#main-section"]').length).toBeGreaterThan(0);
  });

  it('lists the post in the sitemap and carries the title as text in every feed that lists it', () => {
    const xml = files(dist).filter((f) => f.endsWith('.xml'));
    expect(xml.some((f) => readFileSync(f, 'utf8').includes(`${POST_PATH}</loc>`))).toBe(true);
    const feeds = xml.filter((f) => !/sitemap/.test(f));
    const carrying = feeds.filter((feed) => {
      const $ = load(readFileSync(feed, 'utf8'), { xml: true });
      expect($('script'), relative(dist, feed)).toHaveLength(0);
      const entry = $('item, entry').filter((_, item) =>
        [$(item).find('link').text(), $(item).find('link').attr('href') ?? ''].some((link) => link.includes(POST_PATH)),
      );
      if (entry.length === 0) return false;
      expect(entry.find('title').first().text(), relative(dist, feed)).toBe(post.title);
      return true;
    });
    if (feeds.length > 0) expect(carrying.length).toBeGreaterThan(0);
  });

  it('renders an Open Graph image, when the page has one, as a real file', () => {
    const image = html(POST_PATH)('meta[property="og:image"]').attr('content');
    if (!image) return;
    const file = join(dist, new URL(image).pathname);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('hostile content in Chromium, with the security headers', () => {
  const visit = async (path: string, origin = server.origin) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      );
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    // Violations found while parsing are reported as queued tasks: let them and a frame run.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => done()))));
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    await page.close();
    return { dialogs, errors, violations, csp: response?.headers()['content-security-policy'] ?? '' };
  };

  /** One page of every type, the hostile post and FAQ included. */
  const PAGES = [
    POST_PATH,
    '/',
    '/journal/',
    '/journal/category/ai-in-production/',
    '/authors/',
    '/authors/priya-raman/',
    '/faq/',
    '/services/',
    '/services/code-audit/',
    '/compare/',
    '/compare/pricing-models/',
    '/search/',
    '/contact/',
    '/404.html',
  ];

  it.each(PAGES)('%s runs nothing it was not built to run', async (path) => {
    const result = await visit(path);
    expect(result.csp).toContain("script-src 'self' 'sha256-");
    expect(result).toEqual({ dialogs: [], errors: [], violations: [], csp: result.csp });
  });

  it.each(PAGES)('%s runs nothing either where the host sends no security headers', async (path) => {
    const result = await visit(path, bare.origin);
    expect(result).toEqual({ dialogs: [], errors: [], violations: [], csp: '' });
  });

  it('blocks an inline script the build did not produce (control)', async () => {
    const result = await visit('/control/');
    expect(result.dialogs).toEqual([]);
    expect(result.violations).toEqual(['script-src-elem inline']);
  });
});
