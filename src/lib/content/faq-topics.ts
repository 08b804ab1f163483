/** Groups FAQs under their topic, topics in order of first appearance by the lowest sort order. */
export function groupFaqsByTopic<T extends { id: string; data: { topic: string; order: number } }>(
  faqs: readonly T[],
): { topic: string; id: string; faqs: T[] }[] {
  const sorted = [...faqs].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const groups = new Map<string, T[]>();
  for (const faq of sorted) {
    const key = faq.data.topic.trim();
    groups.set(key, [...(groups.get(key) ?? []), faq]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([topic, items]) => ({ topic, id: `topic-${topicSlug(topic)}`, faqs: items }));
}

/** A URL fragment for a topic name ("Pricing and contracts" → "pricing-and-contracts"). */
export function topicSlug(topic: string): string {
  return topic
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
