import { createHash } from 'node:crypto';
import { builtPages } from './built-pages';

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
  const hashes = (texts: string[]) => [...new Set(texts.map(cspHash))].sort();
  const pages = [...builtPages(dist).values()];
  return {
    scripts: hashes(pages.flatMap((p) => p.inline.scripts)),
    styles: hashes(pages.flatMap((p) => p.inline.styles)),
    styleAttributes: hashes(pages.flatMap((p) => p.inline.styleAttributes)),
  };
}
