import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { typeset, typesetProps } from '../../src/lib/markdown/typeset';
import { comparisonSchema, faqSchema, postSchema, validComparison, validPost } from '../support/schemas';

/** The text of a one-paragraph body as the build parses bodies (scan-body.ts: GFM, smart punctuation). */
const asBody = (source: string): string => {
  const text = (node: { type: string; value?: string; children?: unknown[] }): string =>
    node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((c) => text(c as never)).join('');
  return text(mdxToMdast(source, { features: { gfm: true, smartPunctuation: true } }) as never);
};

describe('typeset', () => {
  it.each([
    [`"Don't" -- wait...`, '“Don’t” – wait…'],
    [`It's the 90's --- "really"`, 'It’s the 90’s — “really”'],
    [`Price: 10K--50K "per engagement"`, 'Price: 10K–50K “per engagement”'],
    [`rock 'n' roll ('quoted')`, 'rock ‘n’ roll (‘quoted’)'],
  ])('typesets %j as a body paragraph shows it', (input, expected) => {
    expect(typeset(input)).toBe(expected);
    expect(asBody(input)).toBe(expected);
  });

  it.each([
    ['a *b* _c_ [d](e) <f> &amp; `x` "q"', 'a *b* _c_ [d](e) <f> &amp; `x` “q”'],
    ['# Not a heading, "quoted"', '# Not a heading, “quoted”'],
    ["- not a list item's", '- not a list item’s'],
    ["1. not a numbered item's", '1. not a numbered item’s'],
    ['> not a quote "here"', '> not a quote “here”'],
    ['---', '---'],
  ])('keeps Markdown syntax in %j as written text', (input, expected) => {
    expect(typeset(input)).toBe(expected);
  });

  it('keeps line breaks and surrounding space, and leaves typeset text alone', () => {
    expect(typeset(`  first "line"\nsecond 'line'  `)).toBe('  first “line”\nsecond ‘line’  ');
    expect(typeset('“already” typeset’s – text…')).toBe('“already” typeset’s – text…');
    expect(typeset(typeset(`"twice" -- it's...`))).toBe(typeset(`"twice" -- it's...`));
  });
});

describe('every text a reader sees is typeset', () => {
  it('applies to titles, FAQ questions, comparison text and settings', () => {
    expect(postSchema().parse({ ...validPost(), title: `Don't hire a CTO -- yet` }).title).toBe(
      'Don’t hire a CTO – yet',
    );
    expect(faqSchema().parse({ question: `What's "fractional"?`, topic: 'Pricing' }).question).toBe(
      'What’s “fractional”?',
    );
    const comparison = validComparison();
    comparison.options[0]!.name = `"Hourly"`;
    comparison.rows[0]!.cells[0]!.text = `It's open-ended...`;
    const parsed = comparisonSchema().parse(comparison);
    expect(parsed.options[0]!.name).toBe('“Hourly”');
    expect(parsed.rows[0]!.cells[0]!.text).toBe('It’s open-ended…');
  });

  it('typesets block text props and leaves paths and links as written', () => {
    expect(
      typesetProps('Figure', { src: "../images/figures/x/it's--here.png", alt: `A team's board`, caption: 'Q1 -- Q2' }),
    ).toEqual({ src: "../images/figures/x/it's--here.png", alt: 'A team’s board', caption: 'Q1 – Q2' });
    expect(
      typesetProps('CallToAction', { headline: `Let's talk`, label: 'Book a call', href: "/contact/?q='x'" }),
    ).toEqual({ headline: 'Let’s talk', label: 'Book a call', href: "/contact/?q='x'" });
  });
});
