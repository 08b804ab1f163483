/**
 * Looks up entries by slug, skipping the ones that are not live (e.g. related posts still in draft). A
 * module of its own, not in site.ts: share cards are also worked out before the build, where
 * `astro:content` does not exist.
 */
export function pick<T>(map: Map<string, T>, slugs: readonly string[]): T[] {
  return slugs.map((slug) => map.get(slug)).filter((x): x is T => x !== undefined);
}
