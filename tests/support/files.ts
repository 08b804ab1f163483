import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

/** Every file below `dir` (relative path) with the SHA-256 of its bytes. */
export function fileDigests(dir: string): Map<string, string> {
  const walk = (current: string): string[] =>
    readdirSync(current).flatMap((name) =>
      statSync(join(current, name)).isDirectory() ? walk(join(current, name)) : [join(current, name)],
    );
  return new Map(
    walk(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

/** Rewrites `file` below `dir` with `change`, failing the test when the change alters nothing. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, file).not.toBe(before);
  writeFileSync(path, after);
}
