/** Looks up entries by slug, skipping the ones that are not live (e.g. related posts still in draft). */
export function pick<T>(map: Map<string, T>, slugs: readonly string[]): T[] {
  return slugs.map((slug) => map.get(slug)).filter((x): x is T => x !== undefined);
}
