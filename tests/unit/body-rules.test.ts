import { mdxToJs } from 'satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/check';
import { blocksFor } from '../../src/lib/content/check/collections';
import { scanBody } from '../../src/lib/content/check/scan-body';
import { ALL_BLOCKS, readLiteral } from '../../src/lib/markdown/body-rules';
import { contentIsData } from '../../src/lib/markdown/content-is-data';

const ROOT = '/project';
const POST = 'content/journal/x.mdx';

/** Compiles a body as the build does, with the build's content-is-data plugin; the error, or undefined. */
async function buildError(body: string, file = POST): Promise<string | undefined> {
  try {
    await mdxToJs(body, {
      mdastPlugins: [contentIsData({ root: ROOT, blocksFor })],
      fileURL: pathToFileURL(`${ROOT}/${file}`),
      jsxImportSource: 'astro',
    });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

const checkLines = (body: string, file = POST) => scanBody(body, file, 1, blocksFor(file)).problems.map(formatProblem);

/** Bodies an attacker with editor rights might write; none may compile. */
const HOSTILE: [string, string][] = [
  ['an expression disguised as a comment', 'Text\n\n{/* a */ process.exit(3) /* b */}\n'],
  ['a disguised comment inline', 'Total: {/**/require("child_process").execSync("id")/**/} items.\n'],
  ['a line comment then code', '{// note\nglobalThis.x = 1}\n'],
  ['a plain comment', '{/* just a note */}\n'],
  ['an export', 'export const x = await import("node:fs")\n'],
  ['an import', 'import fs from "node:fs"\n\nText\n'],
  ['code in a block prop', '<FaqGroup faqs={process.env.SECRET.split(",")} />\n'],
  ['a comment-wrapped prop', '<FaqGroup faqs={/* x */ ["a"] /* y */} />\n'],
  ['a template literal prop', '<Callout title={`${1}`}>\nx\n</Callout>\n'],
  ['an object prop', '<Callout title={{"a": 1}}>\nx\n</Callout>\n'],
  ['a spread', '<Callout {...globalThis}>\nx\n</Callout>\n'],
  ['an Astro directive', '<Callout set:html="<script>alert(1)</script>">\nx\n</Callout>\n'],
  ['a member component', '<Astro.self />\n'],
  ['a lowercase element', '<script>alert(1)</script>\n'],
  ['an unknown component', '<Chart data="x" />\n'],
  ['a handler on a block', '<Callout onClick="alert(1)">\nx\n</Callout>\n'],
  ['a fragment', '<>x</>\n'],
  ['an expression inside a block', '<Callout>\n{alert(1)}\n</Callout>\n'],
];

describe('the body rules, in the check and in the build', () => {
  it.each(HOSTILE)('refuse %s in both', async (_, body) => {
    const check = checkLines(body);
    expect(check.length, 'the check reports it').toBeGreaterThan(0);
    const error = await buildError(body);
    expect(error, 'the build refuses it').toBeDefined();
    // Every line the build prints is one the check prints too.
    for (const line of error!.split('\n\n')[0]!.split('\n')) expect(check).toContain(line);
  });

  it('refuse the disguised comment with the file, the line and the fix', async () => {
    const body = 'Intro\n\n{/* a */ process.exit(3) /* b */}\n';
    const expected =
      'content/journal/x.mdx: body (line 3): JavaScript expression {/* a */ process.exit(3) /* b */} is not allowed (remove the braces, or write \\{ to show a brace)';
    expect(checkLines(body)).toEqual([expected]);
    expect(await buildError(body)).toContain(expected);
  });

  it('let the build compile what the check accepts', async () => {
    const body = [
      '## Options',
      '<Comparison comparison="pricing-models" />',
      '<FaqGroup title="More" faqs={["a", "b"]} />',
      '<Callout kind="tip" title="Note">\nText with a [link](/faq/#a) and \\{braces\\}.\n</Callout>',
      '<Figure src="../images/figures/x.png" alt="A chart" caption="" />',
      '<CallToAction headline="Talk" text="" label="Go" href="/services/" />',
    ].join('\n\n');
    expect(checkLines(body)).toEqual([]);
    expect(await buildError(body)).toBeUndefined();
  });

  it('leave a block with an empty required prop to the check, so the dev server can show it in place', async () => {
    const body = '<CallToAction label="Go" href="/services/" />\n';
    expect(checkLines(body)).toEqual([
      'content/journal/x.mdx: body (line 1) <CallToAction headline>: headline is required',
    ]);
    expect(await buildError(body)).toBeUndefined();
  });

  it('refuse a frontmatter layout, which Astro would import as a module', async () => {
    let error = '';
    try {
      await mdxToJs('Text\n', {
        mdastPlugins: [contentIsData({ root: ROOT, blocksFor })],
        fileURL: pathToFileURL(`${ROOT}/${POST}`),
        jsxImportSource: 'astro',
        data: { astro: { frontmatter: { title: 'x', layout: 'data:text/javascript,process.exit(1)' } } } as never,
      });
    } catch (e) {
      error = (e as Error).message;
    }
    expect(error).toBe(
      'content/journal/x.mdx: layout: a layout is a module the build would run, which content cannot choose (remove the line)',
    );
  });

  it('allow no blocks in FAQ answers, which are shown without components', async () => {
    const faq = 'content/faqs/q.mdx';
    const body = 'Yes.\n\n<Callout kind="tip">\nx\n</Callout>\n';
    const expected =
      'content/faqs/q.mdx: body (line 3): <Callout> cannot be used here: this text is shown without blocks (remove the block and write it as text)';
    expect(checkLines(body, faq)).toEqual([expected]);
    expect(await buildError(body, faq)).toContain(expected);
    expect(await buildError('Yes, **within a week**.\n', faq)).toBeUndefined();
    expect(blocksFor(POST)).toEqual(ALL_BLOCKS);
  });

  it('apply to MDX anywhere in the project, with no blocks outside the content collections', async () => {
    expect(await buildError('{1}\n', 'src/pages/x.mdx')).toContain('src/pages/x.mdx: body (line 1)');
    expect(blocksFor('content/elsewhere/x.mdx')).toEqual([]);
  });
});

describe('readLiteral', () => {
  it.each([
    ['"text"', 'text'],
    ['3', 3],
    ['true', true],
    ['["a", "b"]', ['a', 'b']],
    ['[["a"], 1, false]', [['a'], 1, false]],
  ])('reads %s', (source, value) => {
    expect(readLiteral(source)).toEqual(value);
  });

  it.each(["'single'", 'null', '{"a": 1}', '[null]', 'x', '/* c */ 1', '1 /* c */', '`t`', '1e400', '-0x1', '["a",]'])(
    'refuses %s',
    (source) => {
      expect(readLiteral(source)).toBeUndefined();
    },
  );
});
