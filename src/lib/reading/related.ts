/** What related-post ranking looks at. */
export interface Relatable {
  id: string;
  data: { categories: readonly string[]; publishedAt: Date };
}

/** How many related posts "Continue reading" shows. */
export const RELATED_COUNT = 3;

interface Ranked<T> {
  other: T;
  score: number;
  time: number;
}

/** Whether `a` comes before `b`: more shared categories, then newer, then by slug. */
const before = <T extends Relatable>(a: Ranked<T>, b: Ranked<T>): boolean =>
  a.score !== b.score
    ? a.score > b.score
    : a.time !== b.time
      ? a.time > b.time
      : a.other.id.localeCompare(b.other.id) < 0;

/** Answers already given, per list of posts: a build asks for the same post's suggestions several times. */
const answered = new WeakMap<readonly Relatable[], Map<string, Relatable[]>>();

/**
 * Posts to read next after `post`: those sharing the most categories with it first, then the newest,
 * then by slug for a stable order. Pass live posts only (e.g. `site.posts`). One pass over the posts
 * keeping the best `count` (no sort), so a journal of n posts costs O(n) a post.
 */
export function relatedPosts<T extends Relatable>(post: Relatable, posts: readonly T[], count = RELATED_COUNT): T[] {
  let known = answered.get(posts);
  if (!known) answered.set(posts, (known = new Map()));
  const key = `${count}:${post.id}`;
  const found = known.get(key);
  if (found) return found as T[];
  const own = new Set(post.data.categories);
  const best: Ranked<T>[] = [];
  for (const other of posts) {
    if (other.id === post.id) continue;
    let score = 0;
    for (const category of other.data.categories) if (own.has(category)) score++;
    const candidate = { other, score, time: other.data.publishedAt.getTime() };
    if (best.length === count && !before(candidate, best[count - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > count) best.pop();
  }
  const result = best.map(({ other }) => other);
  known.set(key, result);
  return result;
}
