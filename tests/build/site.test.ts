import { formatPrice } from '../../src/lib/format';
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { bodyReferences } from '../../src/lib/content/references';
import sharp from 'sharp';
import { load as loadYaml } from 'js-yaml';
import { LAYOUT_IDS } from '../../src/lib/markdown/heading-ids';
import { theme } from '../../src/lib/seo/og/theme';
import { sampleContent } from '../support/content';
import { ROOT } from '../support/run';
import { fakeImage, settingsSchema } from '../support/schemas';

const dist = inject('sampleDist');
const content = sampleContent();
const now = new Date();
const live = content.posts.filter((p) => isPublished(p.data, now, false));
const hidden = content.posts.filter((p) => !isPublished(p.data, now, false));

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(dist, path)];
  });
const page = (path: string) => {
  const file = join(dist, path, 'index.html');
  expect(existsSync(file), `${path} was not built`).toBe(true);
  return load(readFileSync(file, 'utf8'));
};

let allFiles: string[] = [];
let allHtml = '';
beforeAll(() => {
  allFiles = files(dist);
  allHtml = allFiles
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('\n');
});

describe('every published entry has its page', () => {
  it('builds the sample site with hidden posts to prove the filter', () => {
    expect(live.length).toBeGreaterThanOrEqual(8);
    expect(hidden.map((p) => p.id)).toContain('platform-teams-at-twenty-engineers');
  });

  it.each(live.map((p) => [p.id, p] as const))('post %s', (slug, post) => {
    const $ = page(`journal/${slug}`);
    expect($('h1').text()).toContain(post.data.title);
    expect($('time').first().attr('datetime')).toBe(post.raw.match(/^publishedAt: (\S+)$/m)?.[1]);
    expect($('img.hero-image').attr('alt')).toBe(post.data.hero.alt);
  });

  it.each(content.services.map((s) => [s.id, s] as const))('service %s', (slug, service) => {
    const $ = page(`services/${slug}`);
    expect($('h1').text()).toBe(service.data.title);
    expect(
      $('.facts .price')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(service.data.pricing.options.map((o) => formatPrice(o.price, service.data.pricing.currency)));
    // The service's name as the editor wrote it: "fractional cto" would misspell the acronym.
    if (service.data.faqs.length) expect($('h2').text()).toContain(`Questions about ${service.data.title}`);
  });

  it.each(content.comparisons.map((c) => [c.id, c] as const))('comparison %s', (slug, comparison) => {
    const $ = page(`compare/${slug}`);
    expect($('table caption').text()).toContain(comparison.data.title);
  });

  it('lists every comparison on /compare/ with its options and the one recommended, and links back to it', () => {
    const $ = page('compare');
    expect($('h1').text()).toBe('Comparisons');
    const unpublished = content.posts.filter((p) => !live.includes(p));
    expect(unpublished.some((p) => bodyReferences(p.body, 'Comparison', 'comparison').length > 0)).toBe(true);
    const cards = $('.comparison-card');
    expect(cards.length).toBe(content.comparisons.length);
    for (const comparison of content.comparisons) {
      const card = cards.filter((_, el) => $(el).find(`a[href="/compare/${comparison.id}/"]`).length > 0);
      expect(card.length, comparison.id).toBe(1);
      const meta = card.find('.meta').text();
      for (const option of comparison.data.options) expect(meta).toContain(option.name);
      const recommended = comparison.data.options.find((o) => o.highlighted);
      if (recommended) expect(meta).toContain(`Recommended: ${recommended.name}`);
      // Published articles only: the sample's draft embeds a comparison too.
      const usedIn = live.filter((p) => bodyReferences(p.body, 'Comparison', 'comparison').includes(comparison.id));
      if (usedIn.length)
        expect(meta).toMatch(new RegExp(`, used in ${usedIn.length} article${usedIn.length === 1 ? '' : 's'}$`));
      else expect(meta).not.toContain('used in');
      const crumbs = page(`compare/${comparison.id}`)('nav.breadcrumb a');
      expect(crumbs.map((_, a) => $(a).attr('href')).get()).toEqual(['/', '/compare/']);
    }
  });

  it('lists every author on /authors/ with their role and number of articles, and links back to it', () => {
    const $ = page('authors');
    const cards = $('.author-card');
    expect(cards.length).toBe(content.authors.length);
    for (const author of content.authors) {
      const card = cards.filter((_, el) => $(el).find(`a[href="/authors/${author.id}/"]`).length > 0);
      const count = live.filter((p) => p.data.authors.includes(author.id)).length;
      // An organisation has no role: its card gives the count alone.
      const articles = `${count} article${count === 1 ? '' : 's'}`;
      expect(card.find('.meta').text().trim(), author.id).toBe(
        author.data.role ? `${author.data.role} · ${articles}` : articles,
      );
      const crumbs = page(`authors/${author.id}`)('nav.breadcrumb a');
      expect(crumbs.map((_, a) => $(a).attr('href')).get()).toEqual(['/', '/authors/']);
    }
  });

  it('has a contact page with the address and booking link, and the address in every footer', () => {
    const { contact } = settingsSchema(fakeImage).parse(loadYaml(readFileSync(`${ROOT}content/settings.yaml`, 'utf8')));
    const $ = page('contact');
    expect($('h1').text()).toBe('Contact');
    expect($(`main a[href="mailto:${contact.email}"]`).text()).toBe(contact.email);
    if (contact.bookingUrl) expect($(`main a[href="${contact.bookingUrl}"]`)).toHaveLength(1);
    for (const path of ['', 'journal', `journal/${live[0]!.id}`, 'contact']) {
      expect(page(path)(`footer a[href="mailto:${contact.email}"]`), path).toHaveLength(1);
    }
  });

  it.each(content.authors.map((a) => [a.id, a] as const))('author %s', (slug, author) => {
    expect(page(`authors/${slug}`)('h1').text()).toBe(author.data.name);
  });

  it.each(content.categories.map((c) => [c.id, c] as const))('category %s', (slug, category) => {
    const $ = page(`journal/category/${slug}`);
    expect($('h1').text()).toBe(category.data.name);
    const listed = $('.card-title a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const expected = live.filter((p) => p.data.categories.includes(slug)).map((p) => `/journal/${p.id}/`);
    expect(listed.sort()).toEqual(expected.sort());
    // The other categories, and all articles, one step away; this one marked as the current one.
    const chips = $('nav[aria-label="Journal categories"] a');
    expect(chips.map((_, a) => $(a).attr('href')).get()).toEqual([
      '/journal/',
      ...[...content.categories]
        .sort((a, b) => a.data.name.localeCompare(b.data.name))
        .map((c) => `/journal/category/${c.id}/`),
    ]);
    expect($('nav[aria-label="Journal categories"] a[aria-current]').attr('href')).toBe(`/journal/category/${slug}/`);
  });

  it('marks "All" as the current category chip on the journal', () => {
    const $ = page('journal');
    const current = $('nav[aria-label="Journal categories"] a[aria-current]');
    expect(current.map((_, a) => $(a).text().trim()).get()).toEqual(['All']);
  });

  it('lists every FAQ on the FAQ hub, grouped by topic', () => {
    const $ = page('faq');
    for (const faq of content.faqs) {
      const item = $(`details#${faq.id}`);
      expect(item.find('summary').text()).toBe(faq.data.question);
      expect(item.closest('section[aria-labelledby]').find('h2').first().text()).toBe(faq.data.topic);
    }
  });

  it('paginates the journal and links every live post once', () => {
    const perPage = 6;
    const pages = Math.ceil(live.length / perPage);
    const links: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const $ = page(n === 1 ? 'journal' : `journal/${n}`);
      links.push(
        ...$('.card-title a')
          .map((_, a) => $(a).attr('href')!)
          .get(),
      );
    }
    expect(existsSync(join(dist, `journal/${pages + 1}/index.html`))).toBe(false);
    expect(links.sort()).toEqual(live.map((p) => `/journal/${p.id}/`).sort());
  });

  it('has a home page and a 404 page', () => {
    const home = page('');
    expect(home('.card-title a').length).toBeGreaterThanOrEqual(3 + content.services.length);
    expect(load(readFileSync(join(dist, '404.html'), 'utf8'))('h1').text()).toBe('Page not found');
  });

  it('links an icon drawn from the site name on every page, so browsers do not ask for a missing /favicon.ico', () => {
    for (const html of [page('')('head').html()!, readFileSync(join(dist, '404.html'), 'utf8')]) {
      expect(load(html)('link[rel="icon"]').attr('href')).toBe('/favicon.svg');
    }
    const icon = readFileSync(join(dist, 'favicon.svg'), 'utf8');
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(icon).toContain('>B</text>');
  });

  it('links a 180 px touch icon for iOS home screens: the brand colour with the letter drawn on it', async () => {
    for (const html of [page('')('head').html()!, readFileSync(join(dist, '404.html'), 'utf8')]) {
      expect(load(html)('link[rel="apple-touch-icon"]').attr('href')).toBe('/apple-touch-icon.png');
    }
    const { data, info } = await sharp(join(dist, 'apple-touch-icon.png')).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([180, 180]);
    const at = (x: number, y: number) => {
      const i = (y * info.width + x) * info.channels;
      return `#${[...data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    };
    expect(at(3, 3)).toBe(theme.accent);
    const light = Array.from({ length: 180 * 180 }, (_, i) => at(i % 180, Math.floor(i / 180))).filter(
      (colour) => colour === theme.accentFg,
    );
    // The "B" covers a good part of the square, not a stray pixel or the whole icon.
    expect(light.length).toBeGreaterThan(180 * 180 * 0.08);
    expect(light.length).toBeLessThan(180 * 180 * 0.5);
  });
});

describe('embedded blocks render as semantic HTML', () => {
  const withTables = live.filter((p) => bodyReferences(p.body, 'Comparison', 'comparison').length > 0);

  it.each(withTables.map((p) => [p.id, p] as const))('comparison table in %s', (slug, post) => {
    const $ = page(`journal/${slug}`);
    for (const ref of bodyReferences(post.body, 'Comparison', 'comparison')) {
      const table = content.comparisons.find((c) => c.id === ref)!.data;
      const figure = $(`figure[data-comparison="${ref}"]`);
      expect(figure.find('caption').text()).toContain(table.title);
      expect(figure.find('thead th[scope=col]')).toHaveLength(table.options.length + 1);
      expect(
        figure
          .find('tbody th[scope=row]')
          .map((_, th) => $(th).text())
          .get(),
      ).toEqual(table.rows.map((r) => r.criterion));
      const highlighted = table.options.find((o) => o.highlighted);
      if (highlighted) expect(figure.find('thead th.highlighted').text()).toContain(`Recommended ${highlighted.name}`);
    }
  });

  it.each(live.filter((p) => p.data.faqs.length > 0).map((p) => [p.id, p] as const))(
    'FAQ section in %s',
    (slug, post) => {
      const $ = page(`journal/${slug}`);
      const questions = $('[data-faq-section] details summary')
        .map((_, s) => $(s).text())
        .get();
      const expected = post.data.faqs.map((id) => content.faqs.find((f) => f.id === id)!.data.question);
      expect(questions).toEqual(expected);
      expect($('[data-faq-section] details .faq-answer').first().text().trim().length).toBeGreaterThan(20);
    },
  );

  it('renders call-to-action and callout blocks', () => {
    const post = live.find((p) => p.body.includes('<CallToAction') && p.body.includes('<Callout'))!;
    const $ = page(`journal/${post.id}`);
    const headline = /<CallToAction headline="([^"]+)"/.exec(post.body)![1]!;
    expect($('.prose aside.cta .cta-headline').text()).toBe(headline);
    expect($('.prose aside.callout').length).toBeGreaterThan(0);
  });
});

describe('production output', () => {
  it('copies every file in public/ to the same path in dist/', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((f) => join(name, f)) : [name],
      );
    const published = files('public');
    expect(published).toContain('favicon.ico');
    for (const file of published) {
      expect(readFileSync(join(dist, file)).equals(readFileSync(join('public', file))), file).toBe(true);
    }
  });

  it.each(hidden.map((p) => [p.id] as const))('leaves out unpublished post %s everywhere', (slug) => {
    expect(existsSync(join(dist, 'journal', slug))).toBe(false);
    expect(allHtml).not.toContain(`/journal/${slug}/`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(slug);
  });

  it('publishes no image of an unpublished post (hero or figure), not even as an unused asset', () => {
    const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const assets = allFiles.filter((f) => f.startsWith('_astro/'));
    const digests = new Set(assets.map((f) => digest(join(dist, f))));
    const heroes = (posts: typeof live) =>
      posts.map((p) => join(ROOT, 'content/journal', p.data.hero.image as unknown as string));
    const figures = (posts: typeof live) =>
      posts.flatMap((p) => bodyReferences(p.body, 'Figure', 'src')).map((src) => join(ROOT, 'content/journal', src));
    /** Optimised copies keep the source's name: `_astro/<name>.<hash>[_<variant>].webp`. */
    const named = (image: string) => assets.some((f) => f.startsWith(`_astro/${basename(image, extname(image))}.`));
    expect(figures(hidden).length, 'the sample draft has a figure').toBeGreaterThan(0);
    for (const hero of heroes(hidden)) expect(digests.has(digest(hero)), hero).toBe(false);
    for (const figure of figures(hidden)) expect(named(figure) || digests.has(digest(figure)), figure).toBe(false);
    // The same lookups find the images of published posts, so they would see a leak.
    expect(figures(live).length, 'a published sample post has a figure').toBeGreaterThan(0);
    for (const hero of heroes(live)) expect(digests.has(digest(hero)), hero).toBe(true);
    for (const figure of figures(live)) expect(named(figure), figure).toBe(true);
  });

  it('gives every element a unique id, and no body heading an id of the layout', () => {
    const faqSlugs = new Set(content.faqs.map((f) => f.id));
    const pages = allFiles.filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      const ids = $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(new Set(ids).size, `${file} repeats an id`).toBe(ids.length);
      $('[id]').each((_, el) => {
        const id = $(el).attr('id')!;
        if ($(el).closest('.prose').length > 0) {
          expect(LAYOUT_IDS, `${file}: body heading #${id}`).not.toContain(id);
        } else {
          // Layout ids are listed in src/lib/markdown/heading-ids.ts, so body headings can avoid them.
          const known = LAYOUT_IDS.includes(id) || faqSlugs.has(id) || /^topic-/.test(id);
          expect(known, `${file}: #${id} is not in LAYOUT_IDS`).toBe(true);
        }
      });
    }
  });

  it('is pure static: no admin route, no server code, no React runtime', () => {
    expect(allFiles.filter((f) => /keystatic/i.test(f))).toEqual([]);
    expect(allFiles.filter((f) => /\.(mjs|cjs|map)$/.test(f) || f.startsWith('server/'))).toEqual([]);
    const scripts = allFiles.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8'));
    expect(scripts.filter((s) => /react|keystatic/i.test(s))).toEqual([]);
    expect(allHtml).not.toMatch(/<astro-island|keystatic/i);
  });
});
