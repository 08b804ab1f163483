import type { Question } from 'schema-dts';

/** A question and its answer as plain text. */
export interface QuestionFacts {
  question: string;
  answer: string;
}

/** The questions of an FAQPage, each question once even when the page shows it twice. */
export function questionNodes(faqs: QuestionFacts[]): Question[] {
  const seen = new Set<string>();
  return faqs
    .filter((faq) => !seen.has(faq.question) && seen.add(faq.question))
    .map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    }));
}
