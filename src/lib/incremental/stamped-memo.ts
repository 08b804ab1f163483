import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sameStamp, stampOf, type FileStamp } from './kept-output';

interface Saved<T> {
  inputs: string;
  values: Record<string, [...FileStamp, T]>;
}

/**
 * Values a build worked out from files in `dist/` (a page's digest, what the sitemap needs from it),
 * kept in `file` for the next build, each under the stamp (size, modification time) its file had.
 * The next build takes a value back only while its file still has that stamp: Astro rewrites a page it
 * renders again, and `dist/` keeps an unchanged page untouched (`kept-output.ts`), so a page the last
 * build left alone is never read twice. `inputs` (the site URL and base) must match too.
 */
export function stampedMemo<T>(file: string, inputs: unknown) {
  const key = JSON.stringify(inputs);
  let earlier: Saved<T>['values'] = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Saved<T>;
    if (saved.inputs === key) earlier = saved.values;
  } catch {
    // No memo yet, or unreadable: every value is worked out again.
  }
  const now: Saved<T>['values'] = {};
  return {
    /** The value kept for `name` (the file at `path`), if the file has not changed since. */
    get(name: string, path: string): T | undefined {
      const entry = earlier[name];
      if (!entry || !sameStamp(stampOf(path), [entry[0], entry[1]])) return undefined;
      now[name] = entry;
      return entry[2];
    },
    /** Records the value worked out for `name` now, under the file's current stamp. */
    set(name: string, path: string, value: T): void {
      const stamp = stampOf(path);
      if (stamp) now[name] = [...stamp, value];
    },
    /** Writes the values got or set in this build for the next (atomically). */
    save(): void {
      mkdirSync(dirname(file), { recursive: true });
      const saved: Saved<T> = { inputs: key, values: now };
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(saved));
      renameSync(`${file}.${process.pid}.tmp`, file);
    },
  };
}
