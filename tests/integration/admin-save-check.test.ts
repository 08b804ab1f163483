import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusal, saveProblems } from '../../src/lib/admin/save-check';
import { ROOT } from '../support/run';

/**
 * The admin refuses a save with the build's own content check (`npm run check`), run on the content as
 * it would be after the save: no second copy of the rules.
 */
const encode = (text: string) => Buffer.from(text).toString('base64url');
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
const saving = (path: string, text: string) => ({ additions: [{ path, contents: encode(text) }], deletions: [] });
const messages = (update: Parameters<typeof saveProblems>[1]) =>
  saveProblems(ROOT, update).map((p) => `${p.file}: ${p.field}: ${p.message}`);

const POST = 'content/journal/scoping-an-mvp-without-regret.mdx';
const TABLE = 'content/comparisons/pricing-models.yaml';

describe('a save the build would refuse', () => {
  it.each([
    [
      'a body link without https://',
      `${read(POST).trimEnd()}\n\nSee [the checklist](www.example.com/x).\n`,
      /body \(line \d+\): link "www\.example\.com\/x" must start with/,
    ],
    [
      'a body image without alt text',
      `${read(POST).trimEnd()}\n\n![](../images/figures/x.png)\n`,
      /body \(line \d+\).*alt/i,
    ],
  ])('is refused for %s, with the check’s message for the file and field', (_, text, message) => {
    const found = messages(saving(POST, text));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.startsWith(`${POST}: `))).toBe(true);
    expect(found.join('\n')).toMatch(message);
  });

  it('is refused for a comparison row with fewer cells than options', () => {
    const yaml = read(TABLE);
    // Drop the last cell of the first row.
    const cut = yaml.replace(
      /(rows:\n  - criterion: [^\n]*\n    cells:\n(?:      - [\s\S]*?\n)(?:(?!      - |  - )[^\n]*\n)*)((?:      - [\s\S]*?\n(?:(?!      - |  - )[^\n]*\n)*))(?=  - criterion)/,
      '$1',
    );
    expect(cut).not.toBe(yaml);
    expect(messages(saving(TABLE, cut)).join('\n')).toMatch(new RegExp(`^${TABLE}: rows\\[0\\]`, 'm'));
  });

  it('is refused for deleting an FAQ that entries use, naming each of them', () => {
    const found = messages({ additions: [], deletions: [{ path: 'content/faqs/audit-turnaround.mdx' }] });
    expect(found).toEqual([
      expect.stringMatching(/^content\/journal\/what-a-code-audit-finds\.mdx: faqs\[\d\]: no FAQ "audit-turnaround"/),
      expect.stringMatching(/^content\/services\/code-audit\.mdx: faqs\[\d\]: no FAQ "audit-turnaround"/),
    ]);
    expect(
      refusal(saveProblems(ROOT, { additions: [], deletions: [{ path: 'content/faqs/audit-turnaround.mdx' }] }), true),
    ).toMatch(
      /^Not deleted: other entries still use this one[\s\S]*• journal\/what-a-code-audit-finds\.mdx: faqs\[\d\]: no FAQ "audit-turnaround" \(pick another in the admin\)[\s\S]*Remove it from those entries first\.$/,
    );
  });

  it('is let through when it adds no error', () => {
    expect(messages(saving(POST, read(POST).replace('title: Scoping', 'title: Scoping well')))).toEqual([]);
  });

  it('is let through when an error already there only moves down a line', () => {
    const root = mkdtempSync(join(tmpdir(), 'quire-save-check-'));
    try {
      cpSync(`${ROOT}content`, join(root, 'content'), { recursive: true });
      cpSync(`${ROOT}src/pages`, join(root, 'src/pages'), { recursive: true });
      const broken = `${read(POST).trimEnd()}\n\nSee [the checklist](www.example.com/x).\n`;
      writeFileSync(join(root, POST), broken);
      const added = broken.replace(/\n---\n/, '\n---\nA new first paragraph.\n\n');
      expect(added).not.toBe(broken);
      expect(saveProblems(root, saving(POST, added))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
