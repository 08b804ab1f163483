import type { PageRecord } from './page-record';
import { readDist } from './read-dist';

export { cspHash } from './csp-hash';

/** Hashes of every inline script, inline style element and style attribute in the built pages. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** The inline code of the given page records, each hash once, sorted so the output is stable. */
export function inlineCodeOf(records: Iterable<PageRecord>): InlineCode {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  for (const { inline } of records) {
    for (const hash of inline.scripts) scripts.add(hash);
    for (const hash of inline.styles) styles.add(hash);
    for (const hash of inline.styleAttributes) styleAttributes.add(hash);
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), styleAttributes: [...styleAttributes].sort() };
}

/** Collects the inline code of every HTML page in `dist/` (reading each page). */
export const collectInlineCode = async (dist: string): Promise<InlineCode> =>
  inlineCodeOf((await readDist(dist)).records.values());
