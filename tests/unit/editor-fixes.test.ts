import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/lib/admin/editor-fixes';

/**
 * `src/lib/admin/editor-fixes.ts` works around Keystatic's body editor from the outside; these pin what
 * it relies on in the installed `@keystatic/core`, so an upgrade that changes it fails here, not silently
 * in an editor's hands (the behaviour itself is played in tests/browser/admin-trust.test.ts).
 */
const browserBuild = (() => {
  const dist = join(dirname(createRequire(import.meta.url).resolve('@keystatic/core/package.json')), 'dist');
  const file = readdirSync(dist)
    .filter((name) => name.endsWith('.js') && !/\.(node|worker|react-server)\./.test(name))
    .find((name) => readFileSync(join(dist, name), 'utf8').includes('new EditorView('));
  return readFileSync(join(dist, file!), 'utf8');
})();

describe("what the admin's editor fixes rely on in Keystatic", () => {
  it('keeps the ProseMirror view in a React ref, where editorView() finds it', () => {
    expect(browserBuild).toMatch(/const view = new EditorView\(\{\s*mount: mountRef\.current/);
    expect(browserBuild).toContain('viewRef.current = view;');
  });

  it('marks the editor area and its toolbar', () => {
    expect(browserBuild).toContain('"data-keystatic-editor": "root"');
    expect(browserBuild).toContain('"data-keystatic-editor": "toolbar"');
  });

  it('still labels the link button "Divider" (when this fails, drop nameLinkButton: upstream fixed it)', () => {
    expect(browserBuild).toMatch(
      /"aria-label": "Divider",\s*command: \(state_0, dispatch\) => \{\s*const aroundFrom = markAround\(state_0\.selection\.\$from, props\.link\)/,
    );
    // The real divider's icon, which nameLinkButton tells apart from the link's.
    expect(browserBuild).toMatch(
      /"aria-label": "Divider",\s*command: insertNode\(nodes\.divider\)[\s\S]{0,200}src: minusIcon/,
    );
  });
});

describe('the status a post reads in the admin’s list', () => {
  it.each([
    [true, '2026-01-01', 'Draft'],
    [true, '2027-01-01', 'Draft'],
    [false, '2026-12-05', 'Live'],
    [false, '2026-12-06', 'Scheduled for 2026-12-06'],
  ])('draft %s, published %s: %s', (draft, date, status) => {
    expect(statusText(draft, date, new Date('2026-12-05T09:00:00Z'))).toBe(status);
  });
});
