import { createHash } from 'node:crypto';

/** A CSP source expression for a piece of inline code: `'sha256-...'`. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
