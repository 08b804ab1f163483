import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { bodyReferences } from '../../src/lib/content/references';
import { formatPrice, label } from '../../src/lib/format';
import { articleMinutes } from '../../src/lib/reading/reading-time';
import { endsWithCallToAction } from '../../src/lib/reading/closing-block';
import { sampleContent } from '../support/content';
import { FAQ_SECTION_TITLE } from '../../src/content-model/vocabulary';

const dist = inject('sampleDist');
const content = sampleContent();
const live = content.posts.filter((p) => isPublished(p.data, new Date(), false));
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [relative(dist, path)] : [];
  });
const page = (path: string) => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The records in Pagefind's index: each fragment is gzip'd JSON behind a 12-byte signature. */
function searchRecords() {
  const folder = join(dist, 'pagefind/fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
  });
}

describe('HTML validity', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Title length is a search-engine preference, checked with the SEO metadata, not a validity rule.
      'long-title': 'off',
      // HTML allows ids that start with a digit; Markdown headings such as "1. Setup" produce them.
      'valid-id': ['error', { relaxed: true }],
    },
  });
  const files = htmlFiles(dist);

  it('builds a page of every type', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'search/index.html',
        'journal/index.html',
        `journal/${live[0]!.id}/index.html`,
        `services/${content.services[0]!.id}/index.html`,
        `compare/${content.comparisons[0]!.id}/index.html`,
        'faq/index.html',
      ]),
    );
  });

  it.each(files.map((f) => [f]))('%s validates', async (file) => {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector})`));
    expect(problems).toEqual([]);
  });
});

describe('article pages', () => {
  it.each(live.map((p) => [p.id]))('%s: hero image sized, eager and high priority; no framework JS', (slug) => {
    const html = readFileSync(join(dist, 'journal', slug, 'index.html'), 'utf8');
    const $ = load(html);
    const hero = $('img.hero-image');
    expect(Number(hero.attr('width'))).toBeGreaterThan(0);
    expect(Number(hero.attr('height'))).toBeGreaterThan(0);
    expect(hero.attr('loading')).toBe('eager');
    expect(hero.attr('fetchpriority')).toBe('high');
    expect(hero.attr('srcset')).toMatch(/ 480w, .* 1600w$/);
    expect($('img:not(.hero-image)').filter((_, img) => $(img).attr('loading') !== 'lazy').length).toBe(0);
    // The site's small scripts are module files under /_astro/ (the CSP allows one inline script only).
    const files = $('script[src]')
      .map((_, s) => $(s).attr('src')!)
      .get();
    for (const src of files) expect($(`script[src="${src}"]`).attr('type'), src).toBe('module');
    for (const src of files) expect(src).toMatch(/^\/_astro\/[^/]+\.js$/);
    expect(html).not.toMatch(/<astro-island/i);
    const scripts = [
      ...$('script:not([type="application/ld+json"]):not([src])')
        .map((_, s) => $(s).text())
        .get(),
      ...files.map((src) => readFileSync(join(dist, src), 'utf8')),
    ];
    expect(scripts.filter((s) => /react|preact|svelte|vue|hydrate/i.test(s))).toEqual([]);
    expect(scripts.join('').length).toBeLessThan(2500);
  });

  it('gives posts with three or more sections a table of contents whose links all land', () => {
    let withToc = 0;
    for (const post of live) {
      const $ = page(`journal/${post.id}`);
      // The body's sections and the attached FAQs' section.
      const sections = $('.prose h2[id], #faqs-title').length;
      const links = $('nav.toc a')
        .map((_, a) => $(a).attr('href')!)
        .get();
      if (sections < 3) {
        expect($('nav.toc').length, post.id).toBe(0);
        continue;
      }
      withToc++;
      expect(links.length, post.id).toBeGreaterThanOrEqual(sections);
      for (const href of links) expect($(`[id="${href.slice(1)}"]`).length, `${post.id} ${href}`).toBe(1);
    }
    expect(withToc).toBeGreaterThan(0);
  });

  it('lists the attached FAQs in the table of contents, after the body, linking to their heading', () => {
    const faqIds = new Set(content.faqs.map((f) => f.id));
    const withFaqs = live.filter((p) => p.data.faqs.length > 0);
    expect(withFaqs.length).toBeGreaterThan(0);
    for (const post of withFaqs) {
      for (const faq of post.data.faqs) expect(faqIds, `${post.id}: FAQ ${faq}`).toContain(faq);
      const $ = page(`journal/${post.id}`);
      const heading = $('#faqs-title');
      expect(heading.length, post.id).toBe(1);
      expect(heading.is('section[data-faq-section] > h2'), post.id).toBe(true);
      expect(heading.text()).toBe(post.data.faqsTitle ?? FAQ_SECTION_TITLE);
      if ($('nav.toc').length === 0) continue;
      for (const list of ['.toc-narrow', '.toc-wide']) {
        const hrefs = $(`nav.toc ${list} > ol > li > a`)
          .map((_, a) => $(a).attr('href'))
          .get();
        expect(hrefs.at(-1), `${post.id} ${list}`).toBe('#faqs-title');
      }
    }
    expect(withFaqs.some((p) => page(`journal/${p.id}`)('nav.toc a[href="#faqs-title"]').length > 0)).toBe(true);
  });

  it("closes with one call to action: the body's own when it ends with one, else the site's default", () => {
    const settings = loadYaml(readFileSync(join(import.meta.dirname, '../../content/settings.yaml'), 'utf8')) as {
      defaultCta: { headline: string; href: string };
    };
    const ending = live.filter((p) => endsWithCallToAction(p.body));
    const notEnding = live.filter((p) => !endsWithCallToAction(p.body));
    expect(ending.length).toBeGreaterThan(0);
    expect(notEnding.length).toBeGreaterThan(0);
    for (const post of live) {
      const $ = page(`journal/${post.id}`);
      const ctas = $('.article-main aside.cta');
      const afterBody = ctas.filter((_, el) => $(el).closest('.prose').length === 0);
      const closing = post.data.closing;
      if (endsWithCallToAction(post.body)) {
        expect(afterBody.length, post.id).toBe(0);
        expect($('.prose').children().last().is('aside.cta'), post.id).toBe(true);
        expect(ctas.last().closest('.prose').length, post.id).toBe(1);
      } else if (closing.discriminant === 'none') {
        expect(afterBody.length, post.id).toBe(0);
      } else {
        // The post's own closing call to action, or the site's default.
        const expected = closing.discriminant === 'own' ? closing.value.headline : settings.defaultCta.headline;
        expect(afterBody.length, post.id).toBe(1);
        expect(afterBody.find('.cta-headline').text(), post.id).toBe(expected);
      }
    }
  });

  it('links every heading in a body to itself', () => {
    const $ = page(`journal/${live[0]!.id}`);
    const headings = $('.prose :is(h2, h3)[id]');
    expect(headings.length).toBeGreaterThan(2);
    headings.each((_, h) => {
      expect(
        $(h)
          .parent()
          .find(`a.heading-anchor[href="#${$(h).attr('id')}"]`).length,
      ).toBe(1);
    });
  });

  it('frames a plain Markdown table in a named, scrollable region with column headers', () => {
    const withTable = live.filter((p) => /^\|.*\|\s*$/m.test(p.body));
    expect(withTable.length).toBeGreaterThan(0);
    for (const post of withTable) {
      const $ = page(`journal/${post.id}`);
      const tables = $('.prose table').filter((_, t) => $(t).closest('.comparison').length === 0);
      expect(tables.length, post.id).toBeGreaterThan(0);
      tables.each((_, table) => {
        const frame = $(table).parent();
        expect(frame.is('section.table-scroll[tabindex="0"]'), post.id).toBe(true);
        expect(frame.attr('aria-label'), post.id).toMatch(/^Table: \S/);
        const headers = $(table).find('thead th');
        expect(headers.length, post.id).toBeGreaterThan(1);
        headers.each((_, th) => expect($(th).attr('scope')).toBe('col'));
        // GFM alignment leaves no inline style, which the Content-Security-Policy would block.
        expect($(table).find('[style]').length, post.id).toBe(0);
      });
    }
    // An embedded comparison keeps its own frame, not this one.
    const both = withTable.find((p) => p.body.includes('<Comparison'));
    expect(both).toBeDefined();
    const $ = page(`journal/${both!.id}`);
    expect($('.comparison-table table').length).toBeGreaterThan(0);
    expect($('.comparison .table-scroll, .table-scroll .comparison').length).toBe(0);
  });

  it('counts the words of embedded comparisons in the reading time a post shows', () => {
    const post = live.find((p) => p.body.includes('<Comparison'))!;
    const shown = Number(/(\d+) min read/.exec(page(`journal/${post.id}`)('.post-meta').text())?.[1]);
    // The same count over the body alone, as if nothing it embeds had words.
    expect(shown).toBeGreaterThan(articleMinutes(post, { comparison: new Map(), faq: new Map() }));
  });

  it('shows breadcrumb, meta line, share links, author box and three related posts', () => {
    const post = live.find((p) => p.data.categories.length > 0)!;
    const $ = page(`journal/${post.id}`);
    const crumbs = $('nav.breadcrumb li')
      .map((_, li) => $(li).text().trim())
      .get();
    expect(crumbs[1]).toBe('Journal');
    expect(crumbs.at(-1)).toBe(post.data.title);
    expect($('.post-meta').text()).toMatch(/Published .*\d+ min read/s);
    const shares = $('.share a')
      .map((_, a) => new URL($(a).attr('href')!).protocol + new URL($(a).attr('href')!).hostname)
      .get();
    expect(shares).toEqual(['https:www.linkedin.com', 'https:x.com', 'mailto:']);
    expect($('.share [data-copy-link]').attr('data-copy-link')).toMatch(
      new RegExp(`^https?://.+/journal/${post.id}/$`),
    );
    for (const author of post.data.authors) expect($(`.author-box a[href="/authors/${author}/"]`).length).toBe(1);
    const related = $('.continue-reading .card-title a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(related).toHaveLength(3);
    expect(related).not.toContain(`/journal/${post.id}/`);
  });
});

describe('search index', () => {
  const records = searchRecords();
  const urls = records.map((r) => r.url).sort();

  it('covers exactly the live posts, the services, the FAQ hub and the comparisons', () => {
    expect(urls).toEqual(
      [
        ...live.map((p) => `/journal/${p.id}/`),
        ...content.services.map((s) => `/services/${s.id}/`),
        ...content.comparisons.map((c) => `/compare/${c.id}/`),
        '/faq/',
      ].sort(),
    );
  });

  it('labels results by type and titles them by their heading', () => {
    const post = records.find((r) => r.url === `/journal/${live[0]!.id}/`)!;
    expect(post.meta).toMatchObject({ type: 'Article', title: live[0]!.data.title });
    expect(records.find((r) => r.url === '/faq/')!.meta.type).toBe('FAQ');
    expect(records.find((r) => r.url.startsWith('/compare/'))!.meta.type).toBe('Comparison');
    expect(records.find((r) => r.url.startsWith('/services/'))!.meta.type).toBe('Service');
  });

  it('leaves navigation, footers and page furniture out of the indexed text', () => {
    for (const record of records) {
      expect(record.content).not.toContain('Skip to content');
      expect(record.content).not.toContain('Share this article');
      expect(record.content).not.toContain('Continue reading');
    }
    const faq = records.find((r) => r.url === '/faq/')!;
    for (const item of content.faqs) expect(faq.content).toContain(item.data.question);
  });

  // Pagefind joins the text of neighbouring cells, list terms and inline boxes unless the markup
  // separates them; "Price$9,500" or "YesSame steps" would neither read well nor match a search.
  it('keeps the words of table cells, captions, verdicts and fact lists apart', () => {
    const text = (url: string) => records.find((r) => r.url === url)!.content;
    for (const comparison of content.comparisons) {
      const indexed = text(`/compare/${comparison.id}/`);
      const { title, summary, options, rows } = comparison.data;
      // The page's heading and lede already say the caption, which is there for screen readers only.
      expect(indexed.split(summary)).toHaveLength(2);
      expect(indexed).toContain(`Criterion ${options[0]!.highlighted ? 'Recommended ' : ''}${options[0]!.name}`);
      for (const criterion of ['Criterion', ...rows.map((row) => row.criterion)]) {
        expect(indexed).toMatch(new RegExp(`\\s${escapeRegExp(criterion)}\\s`));
      }
      for (const option of options.filter((o) => o.description)) {
        expect(indexed).toContain(`${option.name} ${option.description}`);
      }
      for (const cell of rows.flatMap((row) => row.cells).filter((c) => c.verdict !== 'none' && c.text)) {
        expect(indexed).toContain(`${label(cell.verdict)} ${cell.text}`);
      }
    }
    for (const post of live) {
      for (const id of bodyReferences(post.body, 'Comparison', 'comparison')) {
        const { title, summary } = content.comparisons.find((c) => c.id === id)!.data;
        expect(text(`/journal/${post.id}/`)).toContain(`${title} ${summary}`);
      }
    }
    for (const service of content.services) {
      const indexed = text(`/services/${service.id}/`);
      for (const option of service.data.pricing.options) {
        expect(indexed).toContain(formatPrice(option.price, service.data.pricing.currency));
      }
      expect(indexed).toContain(`Typical duration ${service.data.duration}`);
    }
    const withCallout = live.find((p) => /<Callout kind="warning" title="([^"]+)"/.test(p.body))!;
    const callout = /<Callout kind="warning" title="([^"]+)"/.exec(withCallout.body)![1]!;
    expect(text(`/journal/${withCallout.id}/`)).toMatch(new RegExp(`(^|\\s)Warning: ${escapeRegExp(callout)}`));
  });

  it('ships only the search client and index, not the unused ready-made interfaces', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind-ui.js'))).toBe(false);
  });
});

describe('pages around the articles', () => {
  it('has a search page that tells readers without JavaScript where to go', () => {
    const $ = page('search');
    expect($('form[role=search]').attr('action')).toBe('/search/');
    expect($('noscript').text()).toMatch(/needs JavaScript/);
    const browse = $('.browse a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(browse).toEqual(expect.arrayContaining(['/journal/', '/services/', '/faq/']));
  });

  it('has a 404 page with a search form, the main sections and the latest posts', () => {
    const $ = load(readFileSync(join(dist, '404.html'), 'utf8'));
    expect($('form[role=search]').length).toBe(1);
    expect($('.link-cards a').length).toBeGreaterThanOrEqual(3);
    expect($('.card-title a').length).toBe(3);
  });

  it('links the header search to the search page on every page', () => {
    for (const file of ['index.html', 'faq/index.html', '404.html']) {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      expect($('header a.search-link').attr('href')).toBe('/search/');
    }
  });
});
