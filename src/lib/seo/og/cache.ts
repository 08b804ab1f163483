import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A content-addressed store of rendered cards: the key is a hash of everything a card shows plus the
 * versions of its template, the frame and the fonts, so an unchanged card is never drawn twice and a
 * changed one always is. Entries are never rewritten, so several builds may share one folder.
 */
export function imageCache(dir: string) {
  let ready: Promise<unknown> | undefined;
  const file = (key: string) => join(dir, `${key}.png`);
  return {
    /** The cache key of a card description. */
    key: (parts: unknown): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32),
    /** Whether an image is cached under `key`. */
    has: (key: string): boolean => existsSync(file(key)),
    /** The cached image, or `undefined` on a miss. */
    read: (key: string): Promise<Buffer | undefined> => readFile(file(key)).catch(() => undefined),
    /** Stores an image (written to a temporary name, then renamed, so a reader never sees half a file). */
    async write(key: string, png: Buffer): Promise<void> {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const temporary = `${file(key)}.${process.pid}.tmp`;
      await writeFile(temporary, png);
      await rename(temporary, file(key));
    },
  };
}
