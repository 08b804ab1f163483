import { bodyReferences } from '../content/references';
import type { Faq, Site } from '../content/site';
import { pick } from '../content/pick';
import type { QuestionFacts } from './json-ld/faq';
import type { PageSeo } from './page-seo';
import { plainText } from './plain-text';

const answers = new Map<string, string>();

/** An FAQ's answer as plain text, worked out once per build. */
function answerOf(faq: Faq): string {
  if (!answers.has(faq.id)) answers.set(faq.id, plainText(faq.body ?? ''));
  return answers.get(faq.id)!;
}

const slugsOf = (entry: { body?: string; data: { faqs: string[] } }) => [
  ...entry.data.faqs,
  ...bodyReferences(entry.body ?? '', 'FaqGroup', 'faqs'),
];

/**
 * The questions a page shows, from its FAQ list and from FAQ blocks in its body, each once, in the
 * order they first appear. The FAQ hub shows them all.
 */
export function pageFaqs(seo: PageSeo, site: Pick<Site, 'faq' | 'faqs'>): QuestionFacts[] {
  let faqs: Faq[] = [];
  if (seo.kind === 'faq') faqs = site.faqs;
  else if (seo.kind === 'post') faqs = pick(site.faq, [...new Set(slugsOf(seo.post))]);
  else if (seo.kind === 'service') faqs = pick(site.faq, [...new Set(slugsOf(seo.service))]);
  return faqs.map((faq) => ({ question: faq.data.question, answer: answerOf(faq) }));
}
