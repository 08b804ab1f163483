import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, entryTitle, type ContentTypeName } from '../../src/content-model/types';
import { answerEntries, entryTitles, titlesOf } from '../../src/lib/admin/entry-titles';
import {
  fetchEntryTitles,
  isEntryList,
  pickedOptions,
  pickerOptions,
  titleOrSlug,
  type EntryTitles,
} from '../../src/keystatic/entry-titles';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A project folder holding only `files` (path from the root to text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'quire-titles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const small = project({
  'content/categories/zebra.yaml': 'name: Zebra crossings\ndescription: x\n',
  'content/categories/apples.yaml': 'name: apples and pears\ndescription: x\n',
  'content/categories/no-name.yaml': 'description: written by hand, without a name\n',
  'content/journal/a-draft.mdx': '---\ntitle: A draft in progress\ndraft: true\n---\n\nBody.\n',
  'content/journal/later.mdx': '---\ntitle: Scheduled for 2999\npublishedAt: 2999-01-01\n---\n\nBody.\n',
  'content/faqs/why.mdx': '---\nquestion: Why does it cost "that much"?\ntopic: Pricing\n---\n\nAnswer.\n',
  'content/categories/notes.txt': 'not an entry',
});

afterAll(() => rmSync(small, { recursive: true, force: true }));

describe('the title an entry is shown by in the admin', () => {
  it.each(Object.keys(CONTENT_TYPES) as ContentTypeName[])(
    'is the slug field of %s, the field its file name is made from',
    (type) => {
      const field = CONTENT_TYPES[type].slugField;
      expect((CONTENT_TYPES[type].fields as Record<string, { admin: { kind: string } }>)[field]?.admin.kind).toBe(
        'slug',
      );
      expect(entryTitle(type, { [field]: '  Named  ' })).toBe('Named');
      expect(entryTitle(type, { [field]: '' })).toBeUndefined();
      expect(entryTitle(type, undefined)).toBeUndefined();
    },
  );
});

describe('the titles of a collection', () => {
  it('lists every entry by title, drafts and scheduled posts included, sorted by title', () => {
    expect(entryTitles(small, 'categories')).toEqual([
      { slug: 'apples', title: 'apples and pears' },
      { slug: 'no-name', title: 'no-name' },
      { slug: 'zebra', title: 'Zebra crossings' },
    ]);
    expect(entryTitles(small, 'posts')).toEqual([
      { slug: 'a-draft', title: 'A draft in progress' },
      { slug: 'later', title: 'Scheduled for 2999' },
    ]);
    expect(entryTitles(small, 'faqs')).toEqual([{ slug: 'why', title: 'Why does it cost "that much"?' }]);
    expect(entryTitles(small, 'authors')).toEqual([]);
  });

  it('keeps two entries of the same title apart by their slugs', () => {
    const same = titlesOf('categories', [
      { id: 'b', raw: { name: 'Same' } },
      { id: 'a', raw: { name: 'Same' } },
    ]);
    expect(same).toEqual([
      { slug: 'a', title: 'Same' },
      { slug: 'b', title: 'Same' },
    ]);
  });

  it('reads the sample content: a comparison by its title', () => {
    expect(entryTitles(ROOT, 'comparisons')).toContainEqual({
      slug: 'pricing-models',
      title: 'Hourly, fixed price, retainer or equity',
    });
  });
});

describe('the dev server’s answer to GET <base>api/quire/entries/<collection>', () => {
  it('gives the titles of a collection of the content model', () => {
    expect(answerEntries(small, '/', '/api/quire/entries/faqs')).toEqual({
      status: 200,
      body: [{ slug: 'why', title: 'Why does it cost "that much"?' }],
    });
    expect(answerEntries(small, '/insights', '/insights/api/quire/entries/faqs/')?.status).toBe(200);
  });

  it('is a 404 for any name that is not a collection, and reads no path from the request', () => {
    for (const name of ['nope', 'toString', '__proto__', '..', '../content', '%2e%2e', 'faqs/why', 'settings', '']) {
      expect(answerEntries(small, '/', `/api/quire/entries/${name}`)?.status, name).toBe(404);
    }
  });

  it('leaves other requests alone', () => {
    expect(answerEntries(small, '/', '/api/keystatic/update')).toBeUndefined();
    expect(answerEntries(small, '/insights', '/api/quire/entries/faqs')).toBeUndefined();
  });
});

describe('what a picker shows', () => {
  const ready = (entries: { slug: string; title: string }[]): EntryTitles => ({
    state: 'ready',
    entries,
    titles: new Map(entries.map((e) => [e.slug, e.title])),
  });
  const titles = ready([
    { slug: 'ai', title: 'AI in production' },
    { slug: 'lead', title: 'Technical leadership' },
  ]);

  it('offers every entry by title, and a stored slug that is no entry flagged, never dropped', () => {
    expect(pickerOptions(titles, ['gone', 'ai'])).toEqual([
      { slug: 'ai', title: 'AI in production', found: true },
      { slug: 'lead', title: 'Technical leadership', found: true },
      { slug: 'gone', title: 'gone', found: false },
    ]);
    expect(pickedOptions(titles, ['lead', 'gone', 'ai'])).toEqual([
      { slug: 'lead', title: 'Technical leadership', found: true },
      { slug: 'gone', title: 'gone', found: false },
      { slug: 'ai', title: 'AI in production', found: true },
    ]);
  });

  it('shows the stored slugs, unflagged, until the titles arrive', () => {
    expect(pickedOptions({ state: 'loading' }, ['ai'])).toEqual([{ slug: 'ai', title: 'ai', found: true }]);
    expect(pickerOptions({ state: 'loading' }, ['ai'])).toEqual([{ slug: 'ai', title: 'ai', found: true }]);
    expect(titleOrSlug({ state: 'unavailable' }, 'ai')).toBe('ai');
    expect(titleOrSlug(titles, 'ai')).toBe('AI in production');
    expect(titleOrSlug(titles, 'gone')).toBe('gone');
  });

  it('accepts only a list of slugs and titles as the answer', () => {
    expect(isEntryList([{ slug: 'a', title: 'A' }])).toBe(true);
    expect(isEntryList({ error: 'no collection' })).toBe(false);
    expect(isEntryList([{ slug: 'a' }])).toBe(false);
    expect(isEntryList([null])).toBe(false);
  });

  it('asks for no titles with GitHub storage, whose branch the files on disk need not match', async () => {
    const github = { PUBLIC_KEYSTATIC_STORAGE: 'github', PUBLIC_KEYSTATIC_GITHUB_REPO: 'o/r' };
    await expect(fetchEntryTitles('faqs', '/', github)).resolves.toBeUndefined();
  });
});
