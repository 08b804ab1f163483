import { describe, expect, it } from 'vitest';
import { byNewest, isPublished, unpublishedReason } from '../../src/lib/content/publish';

const now = new Date('2026-11-22T10:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('publish rule', () => {
  it.each([
    ['a past post', { draft: false, publishedAt: day('2026-03-04') }, true, undefined],
    ['a post published today', { draft: false, publishedAt: day('2026-11-22') }, true, undefined],
    ['a draft', { draft: true, publishedAt: day('2026-03-04') }, false, 'draft'],
    ['a scheduled post', { draft: false, publishedAt: day('2026-11-23') }, false, 'scheduled'],
  ] as const)('%s', (_name, post, live, reason) => {
    expect(isPublished(post, now, false)).toBe(live);
    expect(unpublishedReason(post, now)).toBe(reason);
  });

  it('shows everything when unpublished entries are shown (dev)', () => {
    expect(isPublished({ draft: true, publishedAt: day('2030-01-01') }, now, true)).toBe(true);
  });

  it('sorts newest first, then by slug', () => {
    const posts = [
      { id: 'b', data: { draft: false, publishedAt: day('2026-01-01') } },
      { id: 'c', data: { draft: false, publishedAt: day('2026-05-01') } },
      { id: 'a', data: { draft: false, publishedAt: day('2026-01-01') } },
    ];
    expect(posts.sort(byNewest).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });
});
