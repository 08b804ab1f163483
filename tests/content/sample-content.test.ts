import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/content/publish';
import { articleMinutes } from '../../src/lib/reading/reading-time';
import { bodyReferences, findBrokenReferences, type Snapshot } from '../../src/lib/content/references';
import { sampleContent } from '../support/content';

const content = sampleContent();
const now = new Date('2026-11-22T00:00:00Z');
const words = (body: string) => body.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;

describe('the bundled sample site', () => {
  it('has the promised amount of content', () => {
    expect(content.posts.filter((p) => isPublished(p.data, now, false)).length).toBeGreaterThanOrEqual(8);
    expect(content.categories).toHaveLength(4);
    expect(content.authors).toHaveLength(4);
    expect(content.authors.filter((a) => a.data.kind === 'organisation')).toHaveLength(1);
    expect(content.services).toHaveLength(4);
    expect(content.faqs).toHaveLength(20);
    expect(content.comparisons).toHaveLength(4);
    expect(content.posts.some((p) => p.data.draft)).toBe(true);
  });

  it('spreads posts over all four categories', () => {
    const used = new Set(content.posts.flatMap((p) => p.data.categories));
    expect([...used].sort()).toEqual(content.categories.map((c) => c.id).sort());
  });

  it.each(content.posts.filter((p) => words(p.body) >= 1000).map((p) => [p.id, p] as const))(
    'long post %s reads in 10 minutes or more, with a comparison, FAQs and internal links',
    (_slug, post) => {
      // The body alone reads in 10 minutes or more (the page adds what it embeds).
      expect(articleMinutes(post, { comparison: new Map(), faq: new Map() })).toBeGreaterThanOrEqual(10);
      expect(words(post.body)).toBeLessThanOrEqual(3000);
      expect(bodyReferences(post.body, 'Comparison', 'comparison').length).toBeGreaterThan(0);
      expect(post.data.faqs.length).toBeGreaterThan(0);
      expect(post.body.match(/\]\(\/(journal|services|compare|faq)\//g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(post.body).toMatch(/^## /m);
    },
  );

  it('has no broken references between entries', () => {
    expect(findBrokenReferences(content as unknown as Snapshot, (_c, e) => e.id)).toEqual([]);
  });

  it('has unique titles and meta descriptions', () => {
    const titles = [...content.posts.map((p) => p.data.title), ...content.services.map((s) => s.data.title)];
    const descriptions = [...content.posts.map((p) => p.data.description), ...content.services.map((s) => s.data.description)];
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});
