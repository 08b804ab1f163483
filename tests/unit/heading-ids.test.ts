import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/lib/content/check/scan-body';
import { ALL_BLOCKS } from '../../src/lib/markdown/body-rules';
import { bodyHeadingIds, headingIdMaker, LAYOUT_IDS, reservedIds } from '../../src/lib/markdown/heading-ids';

const BODY = ['## Main', '## Browse', '## Main', '### Pricing', '## Why it slips', '## main section'].join('\n\n');
const FAQS = ['pricing'];

/** The ids the build's MDX pipeline gives the headings, read from the compiled module. */
async function builtIds(body: string, frontmatter: Record<string, unknown>): Promise<string[]> {
  const { code } = await mdxToJs(body, {
    hastPlugins: [bodyHeadingIds()],
    jsxImportSource: 'astro',
    data: {
      astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
    },
  });
  return [...code.matchAll(/\bid: "([^"]+)"/g)].map((m) => m[1]!);
}

describe('body heading ids', () => {
  it('never take an id of the layout or of an attached FAQ', async () => {
    const ids = await builtIds(BODY, { faqs: FAQS });
    expect(ids).toEqual([
      'main-section',
      'browse-section',
      'main-1',
      'pricing-section',
      'why-it-slips',
      'main-section-1',
    ]);
    for (const id of ids) expect(reservedIds({ faqs: FAQS }).has(id), id).toBe(false);
  });

  it('are the anchors the content check expects', async () => {
    const reserved = reservedIds({ faqs: FAQS });
    const facts = scanBody(BODY, 'content/journal/x.mdx', 1, ALL_BLOCKS, reserved);
    expect([...facts.anchors]).toEqual(await builtIds(BODY, { faqs: FAQS }));
  });

  it('leave ordinary slugs as Astro makes them', () => {
    const id = headingIdMaker(new Set(LAYOUT_IDS));
    expect(['Q&A: 3 "quick" wins', 'Q&A: 3 "quick" wins'].map(id)).toEqual(['qa-3-quick-wins', 'qa-3-quick-wins-1']);
  });
});
