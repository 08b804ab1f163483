import { describe, expect, it, vi } from 'vitest';
import { allCards, CARD_TEXT_FIELDS, cardForPage, postCard, valuesAt } from '../../src/lib/seo/og/cards';
import { isOffValue, ogEnabled } from '../../src/lib/seo/og/options';
import { sampleSite } from '../support/seo-site';

// Which share cards a site has and what they show; drawing them is in tests/integration/seo-og-drawing.test.ts.

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const site = sampleSite();

describe('cards', () => {
  it('has one card per page type and entry, each key once', () => {
    const keys = allCards(site).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('site');
    for (const prefix of ['post', 'service', 'comparison', 'category', 'author', 'section']) {
      expect(
        keys.some((k) => k.startsWith(`${prefix}/`)),
        prefix,
      ).toBe(true);
    }
    expect(keys.filter((k) => k.startsWith('post/'))).toHaveLength(site.posts.length);
  });

  it('shows a comparison as its option columns and a post with its category and authors', () => {
    const comparison = site.comparisons[0]!;
    const card = cardForPage({ kind: 'comparison', comparison }, site)!;
    expect(card.template === 'comparison' && card.data.options.map((o) => o.name)).toEqual(
      comparison.data.options.map((o) => o.name),
    );
    const post = site.posts[0]!;
    const postData = postCard(post, site)!.data as { category?: string; authors: string[] };
    expect(postData.category).toBe(site.category.get(post.data.categories[0]!)!.data.name);
    expect(postData.authors).toEqual(post.data.authors.map((a) => site.author.get(a)!.data.name));
  });

  it('draws no card for an entry that has its own image', () => {
    const post = {
      ...site.posts[0]!,
      data: { ...site.posts[0]!.data, seo: { ...site.posts[0]!.data.seo, ogImage: 'x.jpg' } },
    };
    expect(postCard(post as never, site)).toBeUndefined();
    const keys = allCards({ ...site, posts: [post as never] }).map((c) => c.key);
    expect(keys).not.toContain(`post/${post.id}`);
  });

  it("lists every entry field a card shows as text, for the content check's font warning", () => {
    const collections = {
      post: 'posts',
      service: 'services',
      comparison: 'comparisons',
      category: 'categories',
      author: 'authors',
    } as const;
    // What a card shows that is not one of its entry's own fields: formatted values (dates, prices,
    // counts) and names taken from other entries, whose own cards show them.
    const derived = new Set(['category', 'authors', 'date', 'price', 'criteria', 'articles']);
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(texts)
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(texts)
            : [];
    let checked = 0;
    for (const card of allCards(site)) {
      const [type, id] = card.key.split('/') as [keyof typeof collections, string];
      const collection = collections[type];
      if (!collection) continue;
      const entry = (site[collection] as { id: string; data: Record<string, unknown> }[]).find((e) => e.id === id)!;
      const listed = CARD_TEXT_FIELDS[collection].flatMap((path) => valuesAt(entry.data, path).map(([, v]) => v));
      const shown = Object.entries(card.data).flatMap(([key, value]) => (derived.has(key) ? [] : texts(value)));
      for (const text of shown) expect(listed, `${card.key}: "${text}"`).toContain(text);
      checked += shown.length;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('turns generation off with the setting or QUIRE_OG', () => {
    expect(ogEnabled({ ogImages: true }, '')).toBe(true);
    expect(ogEnabled({ ogImages: false }, '')).toBe(false);
    for (const value of ['off', 'OFF', 'false', '0', 'no']) expect(isOffValue(value), value).toBe(true);
    expect(ogEnabled({ ogImages: true }, 'off')).toBe(false);
    expect(isOffValue(undefined)).toBe(false);
  });
});
