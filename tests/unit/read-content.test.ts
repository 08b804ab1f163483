import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionSpec } from '../../src/lib/content/check/collections';
import { formatProblem, type Problem } from '../../src/lib/content/check';
import { readCollection } from '../../src/lib/content/check/read-content';

const spec = { folder: 'content/journal', extension: '.mdx' } as CollectionSpec;

/** Reads one MDX file with `source` as the check reads it. */
function read(source: string) {
  const root = mkdtempSync(join(tmpdir(), 'quire-read-'));
  try {
    mkdirSync(join(root, spec.folder), { recursive: true });
    writeFileSync(join(root, spec.folder, 'x.mdx'), source);
    const problems: Problem[] = [];
    const [entry] = readCollection(root, spec, problems);
    return { ...entry!, problems: problems.map(formatProblem) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('reading an MDX entry', () => {
  it('splits the frontmatter from the body and says on which line the body starts', () => {
    const entry = read('---\ntitle: A\npublishedAt: 2026-02-30\n---\nBody\n');
    expect(entry.raw).toEqual({ title: 'A', publishedAt: '2026-02-30' });
    expect(entry).toMatchObject({ body: 'Body\n', bodyLine: 5, problems: [] });
  });

  it('finds the frontmatter where the build does: after blank lines, with CRLF line ends', () => {
    expect(read('\n\n---\ntitle: A\n---\nBody')).toMatchObject({ raw: { title: 'A' }, body: 'Body', bodyLine: 6 });
    expect(read('---\r\ntitle: A\r\n---\r\nBody')).toMatchObject({ raw: { title: 'A' }, body: 'Body', bodyLine: 4 });
    expect(read('---\ntitle: A\n---')).toMatchObject({ raw: { title: 'A' }, body: '', bodyLine: 4 });
  });

  it('names the line of a YAML error in the file', () => {
    expect(read('\n---\ntitle: A\n  bad: [\n---\n').problems).toEqual([
      expect.stringMatching(/^content\/journal\/x\.mdx: frontmatter \(line 4\): cannot be read as YAML/),
    ]);
  });

  it('reports frontmatter that is missing or not YAML', () => {
    expect(read('Body only\n').problems).toEqual([
      'content/journal/x.mdx: frontmatter: missing (start the file with a --- line, the fields, and another ---)',
    ]);
    expect(read('+++\ntitle = "A"\n+++\nBody\n').problems).toEqual([
      'content/journal/x.mdx: frontmatter: written between +++ lines, which the admin does not read (write it as YAML between --- lines)',
    ]);
  });
});
