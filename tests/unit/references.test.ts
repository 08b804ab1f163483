import { describe, expect, it } from 'vitest';
import { bodyReferences, findBrokenReferences, type Snapshot } from '../../src/lib/content/references';

const entry = (id: string, data: Record<string, unknown> = {}, body = '') => ({ id, data, body });
const snapshot = (overrides: Partial<Snapshot> = {}): Snapshot => ({
  posts: [],
  faqs: [entry('pricing'), entry('start-date')],
  services: [entry('code-audit')],
  comparisons: [entry('cto-models')],
  authors: [entry('maren')],
  categories: [entry('ai')],
  ...overrides,
});
const fileOf = (collection: string, e: { id: string }) => `content/${collection}/${e.id}`;

describe('bodyReferences', () => {
  it('reads single and list attributes the way the admin writes them', () => {
    const body = '<Comparison comparison="cto-models" />\n\n<FaqGroup title="More" faqs={["pricing", "start-date"]} />';
    expect(bodyReferences(body, 'Comparison', 'comparison')).toEqual(['cto-models']);
    expect(bodyReferences(body, 'FaqGroup', 'faqs')).toEqual(['pricing', 'start-date']);
  });
});

describe('findBrokenReferences', () => {
  it('accepts references that exist', () => {
    const post = entry(
      'p',
      { authors: ['maren'], categories: ['ai'], faqs: ['pricing'], services: ['code-audit'] },
      '<Comparison comparison="cto-models" />',
    );
    expect(findBrokenReferences(snapshot({ posts: [post] }), fileOf)).toEqual([]);
  });

  it('names the file, the field, the missing slug and the choices', () => {
    const post = entry(
      'p',
      { authors: ['maren', 'nobody'], categories: ['ai'], faqs: ['pricing', 'pricing-2026'] },
      '<Comparison comparison="gone" />\n<FaqGroup faqs={["nope"]} />',
    );
    const service = entry('s', { faqs: [], relatedPosts: ['missing-post'] });
    expect(findBrokenReferences(snapshot({ posts: [post], services: [service] }), fileOf)).toEqual([
      'content/posts/p: authors[1]: no author "nobody" (pick one of: maren)',
      'content/posts/p: faqs[1]: no FAQ "pricing-2026" (pick one of: pricing, start-date)',
      'content/posts/p: body <Comparison comparison>: no comparison "gone" (pick one of: cto-models)',
      'content/posts/p: body <FaqGroup faqs>: no FAQ "nope" (pick one of: pricing, start-date)',
      'content/services/s: relatedPosts[0]: no post "missing-post" (pick one of: p)',
    ]);
  });
});
