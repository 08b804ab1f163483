import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { allCards } from '../../src/lib/seo/og/cards';
import { workerDrawer } from '../../src/lib/seo/og/drawing';
import { cardGenerator } from '../../src/lib/seo/og/generator';
import { rasterize } from '../../src/lib/seo/og/rasterize';
import { renderTemplate } from '../../src/lib/seo/og/templates';
import { ogStats, resetOgStats } from '../../src/lib/seo/og/stats';
import { sampleSite } from '../support/seo-site';

// Drawing share cards with Satori, into cache folders and in worker threads; which cards a site has is
// in tests/unit/seo-og.test.ts.

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const site = sampleSite();
const brand = { siteName: site.settings.siteName, host: 'x.example' };
const dirs: string[] = [];
const cacheDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'quire-og-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
beforeEach(() => resetOgStats());

describe('card generator', () => {
  const cards = allCards(site).filter(
    (c) => ['site', 'comparison/pricing-models'].includes(c.key) || c.key.startsWith('post/'),
  );
  const some = cards.slice(0, 3);

  it('draws 1200x630 PNGs for every template', async () => {
    const generator = cardGenerator(await cacheDir(), brand);
    const oneOfEach = [...new Map(allCards(site).map((c) => [c.template, c])).values()];
    generator.plan(oneOfEach);
    for (const card of oneOfEach) {
      const { width, height, format } = await sharp(await generator.image(card)).metadata();
      expect({ card: card.key, width, height, format }).toEqual({
        card: card.key,
        width: 1200,
        height: 630,
        format: 'png',
      });
    }
    expect(ogStats().rendered.sort()).toEqual(oneOfEach.map((c) => c.key).sort());
  });

  it('takes unchanged cards from the cache and redraws exactly the changed one', async () => {
    const dir = await cacheDir();
    const first = cardGenerator(dir, brand);
    first.plan(some);
    for (const card of some) await first.image(card);
    expect(ogStats().rendered).toHaveLength(some.length);
    const files = await readdir(dir);

    resetOgStats();
    const second = cardGenerator(dir, brand);
    const changed = some.map((c, i) =>
      i === 1 ? { ...c, data: { ...c.data, title: 'A new title' } } : c,
    ) as typeof some;
    second.plan(changed);
    for (const card of changed) await second.image(card);
    expect(ogStats().rendered).toEqual([some[1]!.key]);
    expect(ogStats().cached.sort()).toEqual([some[0]!.key, some[2]!.key].sort());
    expect((await readdir(dir)).length).toBe(files.length + 1);
  });

  it('redraws a card when the brand changes', async () => {
    const dir = await cacheDir();
    await cardGenerator(dir, brand).image(some[0]!);
    await cardGenerator(dir, { ...brand, host: 'other.example' }).image(some[0]!);
    expect(ogStats().rendered).toEqual([some[0]!.key, some[0]!.key]);
  });

  it('draws ahead every card missing from the cache as soon as they are planned', async () => {
    const dir = await cacheDir();
    await cardGenerator(dir, brand).image(some[0]!);
    resetOgStats();
    const drawn: string[] = [];
    const generator = cardGenerator(dir, brand, {
      ahead: true,
      draw: (element) => {
        drawn.push(JSON.stringify(element));
        return rasterize(element);
      },
    });
    generator.plan(some);
    expect(drawn, 'started before any card is asked for').toHaveLength(some.length - 1);
    for (const card of some) await generator.image(card);
    expect(drawn).toHaveLength(some.length - 1);
    expect(ogStats().cached).toEqual([some[0]!.key]);
    expect(ogStats().rendered.sort()).toEqual([some[1]!.key, some[2]!.key].sort());
  });

  it('draws queued cards in this thread, from the end of the plan, while the build waits for a worker', async () => {
    const dir = await cacheDir();
    const cards = allCards(site).slice(0, 4);
    const name = new Map(
      cards.map((card) => [JSON.stringify(renderTemplate(card.template, card.data as never, brand)), card.key]),
    );
    const elsewhere: string[] = [];
    const here: string[] = [];
    const generator = cardGenerator(dir, brand, {
      ahead: true,
      parallel: 1,
      // A slow worker: each card takes 300 ms more than here.
      draw: async (element) => {
        elsewhere.push(name.get(JSON.stringify(element))!);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return rasterize(element);
      },
      drawHere: (element) => {
        here.push(name.get(JSON.stringify(element))!);
        return rasterize(element);
      },
    });
    generator.plan(cards);
    const pngs: Buffer[] = [];
    for (const card of cards) pngs.push(await generator.image(card));
    expect(elsewhere[0]).toBe(cards[0]!.key);
    expect(here[0], 'the last card first').toBe(cards[3]!.key);
    expect([...elsewhere, ...here].sort()).toEqual(cards.map((card) => card.key).sort());
    for (const [i, card] of cards.entries()) {
      const expected = await rasterize(renderTemplate(card.template, card.data as never, brand));
      expect(pngs[i]!.equals(expected)).toBe(true);
    }
  });
});

describe('card text in other scripts', () => {
  it('draws the letters of Latin Extended, Greek and Cyrillic titles, not a missing-glyph box for each', async () => {
    const card = (heading: string) =>
      rasterize(renderTemplate('site', { heading, text: 'The same text.', kicker: 'Test' }, brand));
    // Each title beside the same title with its first letter replaced by one no bundled font has:
    // were that first letter missing too, both cards would show the same "NO GLYPH" box.
    for (const title of ['Łódź office', 'Ωmega partners', 'Журнал']) {
      const missing = `東${[...title].slice(1).join('')}`;
      expect((await card(title)).equals(await card(missing)), title).toBe(false);
    }
  });
});

describe('drawing in worker threads', () => {
  const element = renderTemplate(
    'site',
    { heading: 'A worker card', text: 'Drawn off the build thread.', kicker: 'Test' },
    brand,
  );
  const script = fileURLToPath(new URL('../../src/lib/seo/og/draw-worker.ts', import.meta.url));

  it('draws exactly the PNG this thread draws', async () => {
    const drawer = workerDrawer(script, 1);
    try {
      const [inWorker, here] = await Promise.all([drawer.draw(element), rasterize(element)]);
      expect(inWorker.equals(here)).toBe(true);
      expect(ogStats().inWorkers).toBe(1);
    } finally {
      await drawer.close();
    }
  });

  it('draws in this thread when the worker cannot start', async () => {
    const drawer = workerDrawer(join(tmpdir(), 'no-such-worker.ts'), 1);
    try {
      expect((await drawer.draw(element)).equals(await rasterize(element))).toBe(true);
      expect(ogStats().inWorkers).toBe(0);
    } finally {
      await drawer.close();
    }
  });
});
