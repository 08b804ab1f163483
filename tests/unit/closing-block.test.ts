import { describe, expect, it } from 'vitest';
import { endsWithCallToAction } from '../../src/lib/reading/closing-block';

const cta = '<CallToAction headline="Talk to us" label="Get in touch" href="/contact/" />';

describe('endsWithCallToAction', () => {
  it('is true when the last block of the body is a call to action, whitespace after it or not', () => {
    expect(endsWithCallToAction(`## Intro\n\nSome text.\n\n${cta}`)).toBe(true);
    expect(endsWithCallToAction(`Some text.\n\n${cta}\n\n   \n`)).toBe(true);
    expect(
      endsWithCallToAction(`Some text.\n\n<CallToAction\n  headline="Talk"\n  label="Go"\n  href="/contact/"\n/>\n`),
    ).toBe(true);
  });

  it('is false when a call to action comes earlier and the body ends with something else', () => {
    expect(endsWithCallToAction(`Text.\n\n${cta}\n\n## Closing\n\nLast words.`)).toBe(false);
  });

  it('is false for a call to action inside a paragraph, another block last, or no blocks at all', () => {
    expect(endsWithCallToAction(`Read on ${cta} here.`)).toBe(false);
    expect(endsWithCallToAction(`Text.\n\n<Callout>Note</Callout>\n`)).toBe(false);
    expect(endsWithCallToAction('Just text.')).toBe(false);
    expect(endsWithCallToAction('')).toBe(false);
  });

  it('is false for a body that cannot be parsed (the content check reports that)', () => {
    expect(endsWithCallToAction('Text.\n\n<CallToAction headline="x"\n')).toBe(false);
  });
});
