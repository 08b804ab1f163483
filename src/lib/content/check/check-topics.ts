import { groupFaqsByTopic, topicSpelling } from '../faq-topics';
import type { Entry } from './entry';
import { warning, type Problem } from './problem';

/**
 * Warnings for FAQ topics typed differently from the rest of their group ("pricing " beside "Pricing"):
 * the hub shows them as one topic under the most common spelling, and the editor learns which
 * spelling that is rather than seeing a heading change after the next save.
 */
export function checkFaqTopics(entries: readonly Entry[]): Problem[] {
  const faqs = entries.filter(
    (e): e is Entry & { data: { topic: string; order: number } } =>
      e.collection === 'faqs' && typeof (e.data as { topic?: unknown } | undefined)?.topic === 'string',
  );
  const spelling = (faq: { data: { topic: string } }) => topicSpelling(faq.data.topic);
  return groupFaqsByTopic(faqs).flatMap(({ topic, faqs: group }) =>
    group
      .filter((faq) => spelling(faq) !== topic)
      .map((faq) => {
        const others = group.filter((f) => spelling(f) === topic).length;
        return warning(
          faq.file,
          'topic',
          `"${spelling(faq)}" is written "${topic}" by ${others} other question${others === 1 ? '' : 's'}, and the FAQ page shows it so (type it the same way)`,
        );
      }),
  );
}
