import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/check';
import { scanBody } from '../../src/lib/content/check/scan-body';
import { ALL_BLOCKS } from '../../src/lib/markdown/body-rules';
import { unsafeUrl } from '../../src/lib/content/check/url-safety';

const scan = (body: string, bodyLine = 1) => scanBody(body, 'content/journal/x.mdx', bodyLine, ALL_BLOCKS);

describe('scanBody', () => {
  it('accepts every block the admin writes, with literal props', () => {
    const body = [
      '## Options',
      '<Comparison comparison="pricing-models" />',
      '<FaqGroup title="More" faqs={["a", "b"]} />',
      '<Callout kind="tip" title="Note">\nText with a [link](/faq/#a).\n</Callout>',
      '<Figure src="../images/figures/x.png" alt="A chart" caption="" />',
      '<CallToAction headline="Talk" text="" label="Go" href="/services/" />',
    ].join('\n\n');
    const facts = scan(body);
    expect(facts.problems).toEqual([]);
    expect(facts.links.map((l) => l.url)).toEqual(['/faq/#a', '/services/']);
    expect(facts.images).toEqual([
      { url: '../images/figures/x.png', alt: 'A chart', field: 'body (line 11) <Figure src>' },
    ]);
  });

  it('gives headings the ids Astro gives them: smart punctuation, no symbols, numbered repeats', () => {
    const facts = scan('## It\'s done -- mostly\n\n## It\'s done -- mostly\n\n### Q&A: 3 "quick" wins');
    expect([...facts.anchors]).toEqual(['its-done--mostly', 'its-done--mostly-1', 'qa-3-quick-wins']);
  });

  it('counts lines from the top of the file', () => {
    const facts = scan('Text\n\n{alert(1)}\n', 12);
    expect(facts.problems.map(formatProblem)).toEqual([
      'content/journal/x.mdx: body (line 14): JavaScript expression {alert(1)} is not allowed (remove the braces, or write \\{ to show a brace)',
    ]);
  });

  it('reports a spread of props and a fragment', () => {
    const facts = scan('<Callout {...props}>\nx\n</Callout>\n\n<>y</>');
    expect(facts.problems.map((p) => p.message)).toEqual([
      '<Callout>: spread props {...} are not allowed (write each prop as name="value")',
      'fragments (<>...</>) are not allowed (remove the <> and </>)',
    ]);
  });
});

describe('unsafeUrl', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['vbscript:x', 'vbscript'],
    ['data:text/html,x', 'data'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j', (url, scheme) => {
    expect(unsafeUrl(url)).toContain(`uses ${scheme}:`);
  });

  it.each(['/journal/x/', '#top', '../x/', 'https://a.example/', 'mailto:a@b.example', 'tel:+1555', '//cdn.example/x'])(
    'allows %j',
    (url) => {
      expect(unsafeUrl(url)).toBeUndefined();
    },
  );
});
