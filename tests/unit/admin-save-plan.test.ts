import { describe, expect, it } from 'vitest';
import { planSave, readList, recordFormerSlug, slugChanges, writeList } from '../../src/lib/admin/save-plan';

const encode = (text: string) => Buffer.from(text).toString('base64url');
const decode = (contents: string) => Buffer.from(contents, 'base64url').toString('utf8');

const post = (former: string) => `---\ntitle: Audits\n${former}seo:\n  noindex: false\n---\n\nBody text.\n`;

/** What Keystatic sends when a post's slug changes from `old-name` to `new-name`. */
const rename = {
  additions: [
    { path: 'content/journal/new-name.mdx', contents: encode(post('formerSlugs: []\n')) },
    { path: 'content/images/journal/new-name/hero/image.jpg', contents: encode('jpeg') },
  ],
  deletions: [{ path: 'content/images/journal/old-name/hero/image.jpg' }, { path: 'content/journal/old-name.mdx' }],
};

const service =
  '---\ntitle: Code audit\nfaqs: []\nrelatedPosts:\n  - other-post\n  - old-name\norder: 2\n---\n\nText.\n';
const disk: Record<string, string> = {
  'content/journal/old-name.mdx': post('formerSlugs: []\n'),
  'content/services/code-audit.mdx': service,
  'content/services/untouched.mdx': service.replace('old-name', 'third-post'),
};

describe('a save that changes a slug', () => {
  const planned = planSave(rename, Object.keys(disk), (path) => disk[path]!);

  it('is recognised as a rename, and a new entry is not', () => {
    expect(slugChanges(rename)).toEqual([{ collection: 'posts', from: 'old-name', to: 'new-name' }]);
    expect(slugChanges({ additions: [rename.additions[0]!], deletions: [] })).toEqual([]);
  });

  it('records the old slug in the former slugs, so the old address redirects', () => {
    const entry = planned.additions.find((a) => a.path === 'content/journal/new-name.mdx')!;
    expect(decode(entry.contents)).toBe(post('formerSlugs:\n  - old-name\n'));
  });

  it('points the entries that named the old slug at the new one, touching nothing else', () => {
    const repointed = planned.additions.find((a) => a.path === 'content/services/code-audit.mdx')!;
    expect(decode(repointed.contents)).toBe(service.replace('  - old-name', '  - new-name'));
    expect(planned.additions.some((a) => a.path === 'content/services/untouched.mdx')).toBe(false);
  });

  it('writes images before the entries that show them, and deletes entries before their images', () => {
    expect(planned.additions.map((a) => a.path)).toEqual([
      'content/images/journal/new-name/hero/image.jpg',
      'content/journal/new-name.mdx',
      'content/services/code-audit.mdx',
    ]);
    expect(planned.deletions.map((d) => d.path)).toEqual([
      'content/journal/old-name.mdx',
      'content/images/journal/old-name/hero/image.jpg',
    ]);
  });

  it('keeps earlier former slugs, and drops the new slug from them when an entry is renamed back', () => {
    const text = post('formerSlugs:\n  - first-name\n  - new-name\n');
    expect(recordFormerSlug(text, '.mdx', { collection: 'posts', from: 'old-name', to: 'new-name' })).toBe(
      post('formerSlugs:\n  - first-name\n  - old-name\n'),
    );
  });

  it('leaves a save that renames nothing as it was, apart from its order', () => {
    const edit = { additions: [rename.additions[0]!], deletions: [] };
    expect(planSave(edit, Object.keys(disk), (path) => disk[path]!)).toEqual(edit);
  });
});

describe('top-level YAML lists as Keystatic writes them', () => {
  it.each([
    ['key: []\nnext: 1\n', []],
    ['key:\n  - a\n  - b\nnext: 1\n', ['a', 'b']],
    ['other: 1\n', undefined],
  ])('reads %j', (yaml, items) => {
    expect(readList(yaml, 'key')).toEqual(items);
  });

  it('writes an empty list inline and items one a line, adding the key when missing', () => {
    expect(writeList('key:\n  - a\nnext: 1\n', 'key', [])).toBe('key: []\nnext: 1\n');
    expect(writeList('key: []\nnext: 1\n', 'key', ['a'])).toBe('key:\n  - a\nnext: 1\n');
    expect(writeList('next: 1\n', 'key', ['a'])).toBe('next: 1\nkey:\n  - a\n');
  });
});
