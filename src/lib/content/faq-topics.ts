/**
 * Groups FAQs under their topic, topics in alphabetical order, questions by their sort order. Topics
 * are free text typed in the admin, so spellings that differ only in case, accents, spacing or
 * punctuation ("Pricing", "pricing ", "Pricing!") are one topic: they would otherwise be two headings
 * with the same anchor. The topic is named as most of its questions spell it (ties: the first
 * question's spelling).
 */
export function groupFaqsByTopic<T extends { id: string; data: { topic: string; order: number } }>(
  faqs: readonly T[],
): { topic: string; id: string; faqs: T[] }[] {
  const sorted = [...faqs].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const groups = new Map<string, T[]>();
  for (const faq of sorted) {
    const key = topicSlug(faq.data.topic);
    groups.set(key, [...(groups.get(key) ?? []), faq]);
  }
  return [...groups.entries()]
    .map(([slug, items]) => ({ topic: commonSpelling(items), id: `topic-${slug}`, faqs: items }))
    .sort((a, b) => a.topic.localeCompare(b.topic));
}

function commonSpelling(faqs: readonly { data: { topic: string } }[]): string {
  const counts = new Map<string, number>();
  for (const faq of faqs) {
    const spelling = faq.data.topic.trim().replace(/\s+/g, ' ');
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  // Map keeps insertion order, so on a tie the first question's spelling wins.
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * A URL fragment for a topic name ("Pricing and contracts" → "pricing-and-contracts", "Résumé" →
 * "resume"); letters of any script are kept ("Preise & Verträge" → "preise-vertrage", "料金" → "料金").
 */
export function topicSlug(topic: string): string {
  return topic
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
