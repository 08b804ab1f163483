import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './dist-files';
import { htmlElements } from './html-tree';

/** Script types a browser runs; other types (`application/ld+json`) are data, which CSP does not govern. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** A CSP source expression for a piece of inline code: `'sha256-...'`. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of every inline script, inline style element and style attribute in the built pages. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Collects the inline code of every HTML page in `dist/`, each hash once, sorted so the output is stable. */
export function collectInlineCode(dist: string): InlineCode {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    for (const { tag, attrs, text } of htmlElements(readFileSync(join(dist, file), 'utf8'))) {
      if (tag === 'script' && attrs.src === undefined && EXECUTABLE.test((attrs.type ?? '').trim())) {
        scripts.add(cspHash(text));
      }
      if (tag === 'style') styles.add(cspHash(text));
      if (attrs.style !== undefined) styleAttributes.add(cspHash(attrs.style));
    }
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { scripts: sorted(scripts), styles: sorted(styles), styleAttributes: sorted(styleAttributes) };
}
