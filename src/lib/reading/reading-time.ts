import { bodyReferences } from '../content/references';

/** Words a reader reads per minute. */
export const WORDS_PER_MINUTE = 230;

/** The words in a text: runs between spaces that hold a letter or a digit (not "|", "-", "##"). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Attributes of a body block whose text shows on the page (a figure's caption, a call to action). */
const SHOWN_ATTRIBUTES = new Set(['caption', 'title', 'headline', 'text', 'label']);

/**
 * The text a reader sees in a Markdown/MDX body: link text without its address, no images, no block
 * tags, but the shown attributes of a block (a figure's caption, a callout's title). Deterministic:
 * plain string work on the source, the same every build.
 */
export function readableBodyText(body: string): string {
  return (
    body
      // Block tags: keep what they show, drop ids, paths and alt text.
      .replace(/<\/?[A-Z][\w.]*\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g, (_tag, attrs: string) => {
        const shown: string[] = [];
        for (const m of attrs.matchAll(/\b([a-zA-Z]+)=(?:"([^"]*)"|'([^']*)')/g)) {
          if (SHOWN_ATTRIBUTES.has(m[1] ?? '')) shown.push(m[2] ?? m[3] ?? '');
        }
        return ` ${shown.join(' ')} `;
      })
      // Images show no words; a link shows its text, not its address.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Bare addresses in angle brackets.
      .replace(/<https?:[^>]*>/g, ' ')
  );
}

/** What reading time looks at in an embedded comparison (the comparison schema's shown fields). */
export interface ReadableComparison {
  data: {
    title: string;
    summary: string;
    options: readonly { name: string; description?: string }[];
    rows: readonly { criterion: string; cells: readonly { text?: string }[] }[];
    footnote?: string;
  };
}

/** What reading time looks at in an embedded FAQ: its question and its answer (the body). */
export interface ReadableFaq {
  data: { question: string };
  body?: string;
}

/** Every word an embedded comparison shows: title, summary, options, row labels, cells, footnote. */
export function comparisonText({ data }: ReadableComparison): string {
  return [
    data.title,
    data.summary,
    ...data.options.flatMap((o) => [o.name, o.description ?? '']),
    ...data.rows.flatMap((r) => [r.criterion, ...r.cells.map((c) => c.text ?? '')]),
    data.footnote ?? '',
  ].join(' ');
}

/** Every word an FAQ shows: the question and the answer. */
export function faqText(faq: ReadableFaq): string {
  return `${faq.data.question} ${readableBodyText(faq.body ?? '')}`;
}

/** The entries a body's blocks may embed, by slug. */
export interface Embeddable {
  comparison: ReadonlyMap<string, ReadableComparison>;
  faq: ReadonlyMap<string, ReadableFaq>;
}

/**
 * The words a reader reads in a post: the body's text, the text of the comparisons and FAQ groups it
 * embeds (each time it embeds them) and the FAQs attached to it (`attached`, shown under the body). A
 * slug with no entry counts nothing (the content check reports it).
 */
export function articleWords(body: string, site: Embeddable, attached: readonly string[] = []): number {
  const comparisons = bodyReferences(body, 'Comparison', 'comparison').map((id) => site.comparison.get(id));
  const faqs = [...bodyReferences(body, 'FaqGroup', 'faqs'), ...attached].map((id) => site.faq.get(id));
  return (
    countWords(readableBodyText(body)) +
    comparisons.reduce((sum, c) => sum + (c ? countWords(comparisonText(c)) : 0), 0) +
    faqs.reduce((sum, f) => sum + (f ? countWords(faqText(f)) : 0), 0)
  );
}

/** Minutes to read a number of words, at least 1. */
export function minutesFor(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Minutes to read a post with everything it embeds and its attached FAQs (see {@link articleWords}). */
export function articleMinutes(post: { body?: string; data?: { faqs?: readonly string[] } }, site: Embeddable): number {
  return minutesFor(articleWords(post.body ?? '', site, post.data?.faqs));
}
