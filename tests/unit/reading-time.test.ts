import { describe, expect, it } from 'vitest';
import {
  articleMinutes,
  articleWords,
  readableBodyText,
  type Embeddable,
  type ReadableComparison,
} from '../../src/lib/reading/reading-time';

const sentence = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const comparison: ReadableComparison = {
  data: {
    title: 'Agency, fractional CTO or remediation',
    summary: 'Which kind of help fits which kind of trouble.',
    options: [
      { name: 'Agency', description: 'More hands' },
      { name: 'Fractional CTO', description: 'Senior direction' },
    ],
    rows: Array.from({ length: 40 }, (_, i) => ({
      criterion: `Criterion ${i}`,
      cells: [{ text: sentence(20) }, { text: sentence(20) }],
    })),
    footnote: 'Prices from 2026.',
  },
};

const site: Embeddable = {
  comparison: new Map([['help', comparison]]),
  faq: new Map([['cost', { data: { question: 'What does an audit cost?' }, body: sentence(100) }]]),
};

describe('reading time', () => {
  it('counts a post with an embedded comparison longer than its bare body', () => {
    const bare = `${sentence(460)}\n`;
    const withTable = `${bare}\n<Comparison comparison="help" />\n`;
    expect(articleMinutes({ body: bare }, site)).toBe(2);
    // Title 5, summary 9, options 7, 40 rows of a 2-word label and 2 cells of 20 words, footnote 3.
    expect(articleWords(withTable, site)).toBe(460 + 5 + 9 + 7 + 40 * 42 + 3);
    expect(articleMinutes({ body: withTable }, site)).toBe(9);
  });

  it('counts an FAQ group’s questions and answers, once per embedding', () => {
    const body = `Intro text here.\n\n<FaqGroup title="Common questions" faqs={["cost", "missing"]} />\n`;
    // 3 body words, 2 of the title, 5 of the question, 100 of the answer; a missing FAQ counts nothing.
    expect(articleWords(body, site)).toBe(3 + 2 + 5 + 100);
  });

  it('counts the FAQs attached to a post, shown under its body', () => {
    const body = `${sentence(300)}\n`;
    expect(articleWords(body, site, ['cost', 'missing'])).toBe(300 + 5 + 100);
    expect(articleMinutes({ body, data: { faqs: ['cost'] } }, site)).toBe(2);
    expect(articleMinutes({ body, data: { faqs: [] } }, site)).toBe(1);
  });

  it('reads link text and captions, not addresses, ids or alt text', () => {
    const body = [
      'See [the audit page](/services/code-audit/) first.',
      '![A diagram of everything](./diagram.png)',
      '<Figure src="../images/x.png" alt="Alt text is not read" caption="Deploys per week, 2025" />',
      '<Comparison comparison="help" />',
    ].join('\n\n');
    expect(readableBodyText(body).split(/\s+/).filter(Boolean)).toEqual([
      'See',
      'the',
      'audit',
      'page',
      'first.',
      'Deploys',
      'per',
      'week,',
      '2025',
    ]);
  });

  it('is at least one minute', () => {
    expect(articleMinutes({ body: '' }, site)).toBe(1);
    expect(articleMinutes({}, site)).toBe(1);
  });
});
