import { readFileSync } from 'node:fs';
import { error, type Problem } from './problem';

/** Decodes strictly: a byte that is not UTF-8 throws instead of becoming U+FFFD. A BOM is dropped. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8 text, or reports it (`file` names it from the project root) and
 * returns `undefined` when it is not: Latin-1 or Windows-1252 bytes, or UTF-16 (whose ASCII letters
 * leave NUL bytes even when it decodes), which a lenient read would quietly garble.
 */
export function readText(path: string, file: string, problems: Problem[]): string | undefined {
  let text: string | undefined;
  try {
    text = utf8.decode(readFileSync(path));
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
  }
  if (text !== undefined && !text.includes('\0')) return text;
  problems.push(
    error(file, '(file)', 'is not saved as UTF-8 text, so some letters would be garbled (save the file as UTF-8)'),
  );
  return undefined;
}
