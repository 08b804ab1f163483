import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Results a build step works out from its inputs and keeps for the next build in Astro's cache folder,
 * under a stamp of those inputs (the pages of dist/, the content files): when the stamp is the same,
 * the next build reuses the result instead of working it out again.
 */

const resultFile = (folder: string, stamp: string, inputs: unknown) =>
  join(folder, `${stamp}-${createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16)}`);

/**
 * A result an earlier build worked out for the same stamp and the same `inputs`, kept in `folder`;
 * `undefined` when there is none.
 */
export function recalled(folder: string, stamp: string, inputs: unknown): string | undefined {
  try {
    return readFileSync(resultFile(folder, stamp, inputs), 'utf8');
  } catch {
    return undefined;
  }
}

/** Keeps a result for `recalled`, replacing what the folder held (only the last build's result is useful). */
export function remember(folder: string, stamp: string, inputs: unknown, value: string): void {
  const file = resultFile(folder, stamp, inputs);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, value);
  renameSync(`${file}.${process.pid}.tmp`, file);
}
