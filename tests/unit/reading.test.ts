import { describe, expect, it } from 'vitest';
import { relatedPosts } from '../../src/lib/reading/related';
import { shareTargets } from '../../src/lib/reading/share';
import { articleHeadings, tableOfContents } from '../../src/lib/reading/toc';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('tableOfContents', () => {
  it('nests h3 subsections under their h2 section and skips other levels', () => {
    const toc = tableOfContents([h(2, 'One'), h(3, 'One a'), h(4, 'Deep'), h(3, 'One b'), h(2, 'Two'), h(2, 'Three')]);
    expect(toc).toEqual([
      {
        slug: 'one',
        text: 'One',
        children: [
          { slug: 'one-a', text: 'One a', children: [] },
          { slug: 'one-b', text: 'One b', children: [] },
        ],
      },
      { slug: 'two', text: 'Two', children: [] },
      { slug: 'three', text: 'Three', children: [] },
    ]);
  });

  it('is empty for an article with fewer than three sections, however many subsections', () => {
    expect(tableOfContents([h(2, 'One'), h(3, 'a'), h(3, 'b'), h(3, 'c'), h(2, 'Two')])).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
  });

  it('drops an h3 that comes before the first section', () => {
    const toc = tableOfContents([h(3, 'Orphan'), h(2, 'A'), h(2, 'B'), h(2, 'C')]);
    expect(toc.map((e) => e.slug)).toEqual(['a', 'b', 'c']);
    expect(toc.flatMap((e) => e.children)).toEqual([]);
  });
});

describe('relatedPosts', () => {
  const post = (id: string, categories: string[], date: string) => ({
    id,
    data: { categories, publishedAt: new Date(`${date}T00:00:00Z`) },
  });
  const current = post('current', ['ai', 'leadership'], '2026-03-01');
  const posts = [
    current,
    post('old-both', ['leadership', 'ai'], '2025-01-01'),
    post('new-unrelated', ['pricing'], '2026-06-01'),
    post('new-one', ['ai'], '2026-05-01'),
    post('older-one', ['leadership'], '2026-02-01'),
    post('same-date-b', ['pricing'], '2026-04-01'),
    post('same-date-a', ['pricing'], '2026-04-01'),
  ];

  it('ranks by shared categories, then recency, and leaves the post itself out', () => {
    expect(relatedPosts(current, posts).map((p) => p.id)).toEqual(['old-both', 'new-one', 'older-one']);
  });

  it('fills up with the newest other posts when few share a category, ties by slug', () => {
    expect(relatedPosts(current, posts, 6).map((p) => p.id)).toEqual([
      'old-both',
      'new-one',
      'older-one',
      'new-unrelated',
      'same-date-a',
      'same-date-b',
    ]);
  });

  it('returns fewer when there are not enough posts', () => {
    expect(relatedPosts(current, [current, posts[1]!])).toHaveLength(1);
  });

  it('picks what a full sort by the same rule picks, on a large journal with many ties', () => {
    const categories = ['ai', 'leadership', 'pricing', 'practice'];
    const journal = Array.from({ length: 400 }, (_, i) =>
      post(
        `post-${String((i * 7919) % 400).padStart(3, '0')}`,
        categories.filter((_, c) => (i >> c) % 3 === 0),
        `2026-0${1 + (i % 9)}-1${i % 10}`,
      ),
    );
    const sorted = (of: (typeof journal)[number]) => {
      const own = new Set(of.data.categories);
      const score = (p: (typeof journal)[number]) => p.data.categories.filter((c) => own.has(c)).length;
      return journal
        .filter((p) => p.id !== of.id)
        .sort(
          (a, b) =>
            score(b) - score(a) ||
            b.data.publishedAt.getTime() - a.data.publishedAt.getTime() ||
            a.id.localeCompare(b.id),
        )
        .slice(0, 5)
        .map((p) => p.id);
    };
    for (const of of journal.slice(0, 40)) {
      expect(relatedPosts(of, journal, 5).map((p) => p.id)).toEqual(sorted(of));
    }
  });
});

describe('shareTargets', () => {
  it('builds LinkedIn, X and email links with the URL and title encoded', () => {
    const targets = shareTargets('https://example.com/journal/a-b/?x=1&y=2', 'Costs & fees: "why"');
    expect(targets.map((t) => t.network)).toEqual(['linkedin', 'x', 'email']);
    const [linkedin, x, email] = targets.map((t) => new URL(t.href));
    expect(linkedin!.hostname).toBe('www.linkedin.com');
    expect(linkedin!.searchParams.get('url')).toBe('https://example.com/journal/a-b/?x=1&y=2');
    expect(x!.searchParams.get('url')).toBe('https://example.com/journal/a-b/?x=1&y=2');
    expect(x!.searchParams.get('text')).toBe('Costs & fees: "why"');
    expect(email!.protocol).toBe('mailto:');
    expect(decodeURIComponent(email!.href)).toContain('subject=Costs & fees: "why"');
    expect(decodeURIComponent(email!.href)).toContain('https://example.com/journal/a-b/?x=1&y=2');
  });
});

describe('articleHeadings', () => {
  it('puts the sections the page adds after the body at the end, as h2 sections the contents list', () => {
    const faqs = { slug: 'faqs-title', text: 'Frequently asked questions' };
    const headings = articleHeadings([h(2, 'One'), h(3, 'One a'), h(2, 'Two')], [faqs]);
    expect(headings.at(-1)).toEqual({ depth: 2, ...faqs });
    expect(tableOfContents(headings).map((e) => e.slug)).toEqual(['one', 'two', 'faqs-title']);
    expect(tableOfContents(headings)[0]!.children.map((e) => e.slug)).toEqual(['one-a']);
  });

  it('leaves the body headings as they are when the page adds nothing', () => {
    const body = [h(2, 'One'), h(2, 'Two'), h(2, 'Three')];
    expect(articleHeadings(body, [])).toEqual(body);
  });
});
