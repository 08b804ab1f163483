import { getRssString } from '@astrojs/rss';
import fc from 'fast-check';
import sax from 'sax';
import { describe, expect, it, vi } from 'vitest';
import { feedOptions } from '../../src/lib/seo/feed';
import { serializeJsonLd } from '../../src/lib/seo/json-ld/serialize';
import { llmsTxt } from '../../src/lib/seo/llms-txt';
import { markdownText } from '../../src/lib/seo/markdown-text';
import { postMarkdown } from '../../src/lib/seo/post-markdown';
import { escapeXml, xmlChars } from '../../src/lib/seo/xml';
import type { Site } from '../../src/lib/content/site';
import { textPattern, textProblem, TEXT_KINDS, type TextKind } from '../../src/content-model/vocabulary';
import { sampleSite } from '../support/seo-site';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

/**
 * Property tests: arbitrary Unicode (controls, bidi and zero-width characters, lone surrogates) and
 * markup breakers go through each output that writes editor text, which must stay well-formed and say
 * only what the text says. The content check refuses most of these characters; the outputs must hold
 * even for what slips through.
 */

const RUNS = { numRuns: 200 };
const BREAKERS = [
  '\u000b',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u0085',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\ufffe',
  '\ud800',
  '\udfff',
  '</script>',
  '<!--',
  ']]>',
  '&',
  '&amp;',
  '&#11;',
  '<',
  '"',
  "'",
  '\\',
  '`',
  '\n# ',
  '\n## Forged',
  '\n- [Forged](https://evil.example)',
  '[x](y)',
  '![x](y)',
  '<https://evil.example>',
  '# ',
  '> ',
  '1. ',
  '- ',
  '|',
];
/** Text built of arbitrary code points (surrogate halves included) and the pieces above. */
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...BREAKERS)), { maxLength: 8 })
  .map((parts) => parts.join(''));

const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Throws unless `xml` is a well-formed XML 1.0 document: allowed characters, one root, strict syntax. */
function assertWellFormed(xml: string): { texts: Map<string, string[]> } {
  const bad = NOT_XML.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML`);
  const parser = sax.parser(true);
  const errors: string[] = [];
  const stack: string[] = [];
  const texts = new Map<string, string[]>();
  let roots = 0;
  parser.onerror = (e) => {
    errors.push(e.message.split('\n')[0]!);
    parser.resume();
  };
  parser.onopentag = (tag) => {
    if (stack.length === 0) roots++;
    stack.push(tag.name);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => {
    if (stack.length === 0 && t.trim()) errors.push('text outside the root element');
    const name = stack.at(-1);
    if (name) texts.set(name, [...(texts.get(name) ?? []), t]);
  };
  parser.write(xml).close();
  if (roots !== 1) errors.push(`${roots} root elements`);
  if (errors.length) throw new Error(errors.join('; '));
  return { texts };
}

const site = sampleSite();
const at = (path: string) => `https://x.example${path}`;
const post = site.posts[0]!;

/** The sample site with every text an output writes replaced by `t`. */
function siteWith(t: (n: number) => string): Site {
  const author = {
    ...site.author.get(post.data.authors[0]!)!,
    data: { ...site.author.get(post.data.authors[0]!)!.data, name: t(0) },
  };
  const category = {
    ...site.category.get(post.data.categories[0]!)!,
    data: { ...site.category.get(post.data.categories[0]!)!.data, name: t(1), description: t(2) },
  };
  const edited = {
    ...post,
    data: { ...post.data, title: t(3), description: t(4), authors: [author.id], categories: [category.id], faqs: [] },
  };
  const service = { ...site.services[0]!, data: { ...site.services[0]!.data, title: t(5), summary: t(6) } };
  const comparison = { ...site.comparisons[0]!, data: { ...site.comparisons[0]!.data, title: t(7), summary: t(8) } };
  return {
    ...site,
    settings: {
      ...site.settings,
      siteName: t(9),
      description: t(10),
      intro: { heading: t(11), text: t(12) },
    },
    posts: [edited],
    post: new Map([[edited.id, edited]]),
    services: [service],
    comparisons: [comparison],
    categories: [category],
    category: new Map([[category.id, category]]),
    authors: [author],
    author: new Map([[author.id, author]]),
  } as unknown as Site;
}

/** The characters that start Markdown syntax, where no backslash escapes them. */
function unescaped(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') i++;
    else if ('[]<>`'.includes(markdown[i]!)) out += markdown[i];
  }
  return out;
}
/** Every way a reader may end a line. */
const lines = (s: string) => s.split(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/);
/** How a line starts, as Markdown reads it: a heading, quote, list item, link or plain text. */
const lineKind = (line: string) =>
  /^#+ /.test(line)
    ? 'heading'
    : /^>/.test(line)
      ? 'quote'
      : /^- \[/.test(line)
        ? 'link item'
        : /^([-+*]|\d+[.)])( |$)/.test(line)
          ? 'list item'
          : /^\|/.test(line)
            ? 'table'
            : line
              ? 'text'
              : 'blank';

/** Asserts `markdown` (written from arbitrary text) has the lines and syntax of `plain` (from plain words). */
function assertSameStructure(markdown: string, plain: string) {
  expect(lines(markdown).map(lineKind)).toEqual(lines(plain).map(lineKind));
  expect(unescaped(markdown)).toBe(unescaped(plain));
}

describe('XML outputs', () => {
  it('escapeXml gives element text and attribute values that parse back to the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { texts } = assertWellFormed(`<a title="${escapeXml(t)}">${escapeXml(t)}</a>`);
        expect((texts.get('a') ?? []).join('')).toBe(xmlChars(t));
      }),
      RUNS,
    );
  });

  it('RSS feeds stay well-formed XML whatever the titles, names, summaries and bodies hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 14, maxLength: 14 }), async (texts) => {
        const edited = siteWith((n) => texts[n]!);
        const options = feedOptions(
          {
            title: texts[12]!,
            description: texts[13]!,
            pagePath: '/journal/',
            feedPath: '/rss.xml',
            posts: edited.posts,
          },
          edited,
          'https://x.example',
          new Map([[post.id, `<p>${texts[11]}</p>`]]),
        );
        assertWellFormed(await getRssString(options));
      }),
      RUNS,
    );
  });
});

describe('JSON-LD', () => {
  it('parses back to the same data and never closes its script element', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const data = { '@context': 'https://schema.org', name: a, about: [{ text: b }] };
        const json = serializeJsonLd(data);
        expect(JSON.parse(json)).toEqual(data);
        expect(json).not.toMatch(/<\/?script|<!--|[<>&\u2028\u2029]/i);
      }),
      RUNS,
    );
  });
});

describe('llms.txt and Markdown copies', () => {
  it('markdownText is one line that opens no link, code, HTML or block', () => {
    fc.assert(
      fc.property(text, (t) => {
        const md = markdownText(t);
        expect(lines(md)).toHaveLength(1);
        expect(unescaped(md)).toBe('');
        expect(lineKind(md)).toBe(md ? 'text' : 'blank');
      }),
      RUNS,
    );
  });

  it('llms.txt has the same lines, links and headings whatever the content says', () => {
    const plain = llmsTxt(
      siteWith(() => 'Plain words'),
      at,
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 13, maxLength: 13 }), (texts) => {
        // Each text ends in a letter, so none is blank once white space and controls are gone.
        assertSameStructure(
          llmsTxt(
            siteWith((n) => `${texts[n]}x`),
            at,
          ),
          plain,
        );
      }),
      RUNS,
    );
  });

  it("a post's Markdown copy has the same header lines, links and headings whatever its fields say", () => {
    const copy = (s: Site) => postMarkdown({ ...s.posts[0]!, body: 'Body.' } as never, s, at);
    const plain = copy(siteWith(() => 'Plain words'));
    fc.assert(
      fc.property(fc.array(text, { minLength: 13, maxLength: 13 }), (texts) => {
        assertSameStructure(copy(siteWith((n) => `${texts[n]}x`)), plain);
      }),
      RUNS,
    );
  });
});

describe('text rules', () => {
  const kinds = Object.keys(TEXT_KINDS) as TextKind[];
  it("the admin's pattern and the build's explanation refuse exactly the same text", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...kinds), fc.boolean(), (t, kind, required) => {
        const short = t.slice(0, TEXT_KINDS[kind].max);
        expect(textPattern(kind, required).test(short)).toBe(textProblem('field', short, kind, required) === undefined);
      }),
      { numRuns: 1000 },
    );
  });
});
