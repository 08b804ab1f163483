import { describe, expect, it } from 'vitest';
import { groupFaqsByTopic, topicSlug } from '../../src/lib/content/faq-topics';

const faq = (id: string, topic: string, order = 0) => ({ id, data: { topic, order } });

describe('FAQ topics on the hub', () => {
  it('groups spellings that differ in case or spacing under one heading and one anchor', () => {
    const groups = groupFaqsByTopic([
      faq('a', 'Pricing', 2),
      faq('b', 'pricing ', 1),
      faq('c', 'Pricing', 3),
      faq('d', 'Working  together'),
      faq('e', ' PRICING', 0),
    ]);
    expect(groups.map((g) => [g.topic, g.id, g.faqs.map((f) => f.id)])).toEqual([
      ['Pricing', 'topic-pricing', ['e', 'b', 'a', 'c']],
      ['Working together', 'topic-working-together', ['d']],
    ]);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('keeps topics apart that differ in punctuation, symbols or marks, each with its own anchor', () => {
    const groups = groupFaqsByTopic([
      faq('a', 'C#'),
      faq('b', 'C++'),
      faq('c', 'C'),
      faq('d', 'バス'),
      faq('e', 'パス'),
    ]);
    expect(groups.map((g) => g.topic)).toEqual(['C', 'C#', 'C++', 'バス', 'パス']);
    expect(groups.map((g) => g.id)).toEqual(['topic-c', 'topic-c-2', 'topic-c-3', 'topic-ハス', 'topic-ハス-2']);
    // A topic of symbols alone still gets an anchor.
    expect(groupFaqsByTopic([faq('a', '★')])[0]!.id).toBe('topic-other');
  });

  it('names a topic as the first question spells it when spellings tie', () => {
    expect(groupFaqsByTopic([faq('b', 'hiring', 1), faq('a', 'Hiring', 0)])[0]!.topic).toBe('Hiring');
  });

  it('keeps letters of any script in anchors, so topics in other languages do not share one', () => {
    expect(topicSlug('Pricing and contracts')).toBe('pricing-and-contracts');
    expect(topicSlug('Résumé & CV')).toBe('resume-cv');
    expect(topicSlug('料金')).toBe('料金');
    const ids = groupFaqsByTopic([faq('a', '料金'), faq('b', '契約')]).map((g) => g.id);
    expect(new Set(ids).size).toBe(2);
  });
});
