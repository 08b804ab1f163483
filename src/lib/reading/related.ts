/** What related-post ranking looks at. */
export interface Relatable {
  id: string;
  data: { categories: readonly string[]; publishedAt: Date };
}

/** How many related posts "Continue reading" shows. */
export const RELATED_COUNT = 3;

/**
 * Posts to read next after `post`: those sharing the most categories with it first, then the newest,
 * then by slug for a stable order. Pass live posts only (e.g. `site.posts`).
 */
export function relatedPosts<T extends Relatable>(post: Relatable, posts: readonly T[], count = RELATED_COUNT): T[] {
  const own = new Set(post.data.categories);
  const shared = (other: Relatable) => other.data.categories.filter((c) => own.has(c)).length;
  return posts
    .filter((other) => other.id !== post.id)
    .map((other) => ({ other, score: shared(other) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.other.data.publishedAt.getTime() - a.other.data.publishedAt.getTime() ||
        a.other.id.localeCompare(b.other.id),
    )
    .slice(0, count)
    .map(({ other }) => other);
}
