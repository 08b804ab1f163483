import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './dist-files';

/** How two built sites differ: files only one has, and files both have with different bytes. */
export interface TreeDifference {
  onlyInBefore: string[];
  onlyInAfter: string[];
  changed: { file: string; firstDifference: string }[];
}

const TEXT = /(\.(html|xml|txt|css|js|mjs|json|svg|webmanifest|md|map)|(^|\/)_(headers|redirects))$/;

/** Where two texts first part, as a short excerpt of each side (line number and the line's neighbourhood). */
function firstDifference(file: string, before: Buffer, after: Buffer): string {
  if (!TEXT.test(file)) return `${before.length} bytes before, ${after.length} bytes after`;
  const a = before.toString('utf8');
  const b = after.toString('utf8');
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const line = a.slice(0, at).split('\n').length;
  const excerpt = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 60));
  return `line ${line}: before ${excerpt(a)}, after ${excerpt(b)}`;
}

/**
 * Compares two `dist/` folders byte for byte. Used to prove that a restructure leaves the built site as
 * it was (`npm run compare-build`).
 */
export function compareTrees(before: string, after: string): TreeDifference {
  const left = new Set(listFiles(before));
  const right = new Set(listFiles(after));
  const changed: TreeDifference['changed'] = [];
  for (const file of [...left].filter((f) => right.has(f)).sort()) {
    const a = readFileSync(join(before, file));
    const b = readFileSync(join(after, file));
    if (!a.equals(b)) changed.push({ file, firstDifference: firstDifference(file, a, b) });
  }
  return {
    onlyInBefore: [...left].filter((f) => !right.has(f)).sort(),
    onlyInAfter: [...right].filter((f) => !left.has(f)).sort(),
    changed,
  };
}

/** True when the two trees hold the same files with the same bytes. */
export const identical = (difference: TreeDifference) =>
  difference.onlyInBefore.length + difference.onlyInAfter.length + difference.changed.length === 0;
