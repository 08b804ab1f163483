/**
 * Groups FAQs under their topic, topics in alphabetical order, questions by their sort order. Topics
 * are free text typed in the admin, so spellings that differ only in case or spacing ("Pricing",
 * "pricing ", "Working  together") are one topic: they would otherwise be two headings for what the
 * editor meant as one. Punctuation and accents are kept apart ("C#" and "C++", "バス" and "パス" are
 * different topics). The topic is named as most of its questions spell it (ties: the first question's
 * spelling), and every topic gets its own anchor.
 */
export function groupFaqsByTopic<T extends { id: string; data: { topic: string; order: number } }>(
  faqs: readonly T[],
): { topic: string; id: string; faqs: T[] }[] {
  const sorted = [...faqs].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const groups = new Map<string, T[]>();
  for (const faq of sorted) {
    const key = topicSpelling(faq.data.topic).toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), faq]);
  }
  const taken = new Set<string>();
  return [...groups.values()]
    .map((items) => ({ topic: commonSpelling(items), faqs: items }))
    .sort((a, b) => a.topic.localeCompare(b.topic))
    .map(({ topic, faqs: items }) => ({ topic, id: uniqueAnchor(`topic-${topicSlug(topic) || 'other'}`, taken), faqs: items }));
}

/** A topic as typed, with its outer spaces trimmed and inner runs of spaces made one. */
export function topicSpelling(topic: string): string {
  return topic.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function commonSpelling(faqs: readonly { data: { topic: string } }[]): string {
  const counts = new Map<string, number>();
  for (const faq of faqs) {
    const spelling = topicSpelling(faq.data.topic);
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  // Map keeps insertion order, so on a tie the first question's spelling wins.
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** `anchor`, or `anchor-2`, `anchor-3`… when an earlier topic already has it ("C#" and "C++" both slug to "c"). */
function uniqueAnchor(anchor: string, taken: Set<string>): string {
  let id = anchor;
  for (let n = 2; taken.has(id); n++) id = `${anchor}-${n}`;
  taken.add(id);
  return id;
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
