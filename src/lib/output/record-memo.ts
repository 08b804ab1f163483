import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stampedMemo } from '../incremental/stamped-memo';
import type { PageRecord } from './page-record';

interface Saved {
  inputs: string;
  records: Record<string, PageRecord>;
}

/**
 * The page records of the last build, kept in Astro's cache folder for the next one: each file's
 * digest under its stamp (size, modification time: `stamped-memo.ts`), so an untouched page is not
 * even read, and each record under its digest, so a page written again with the same bytes is read
 * but not parsed. `inputs` (the reader's code) must match for a record to be taken back.
 */
export function recordMemo(folder: string, inputs: unknown) {
  const digestsFile = `${folder}/page-digests.json`;
  const recordsFile = `${folder}/page-records.json`;
  const key = JSON.stringify(inputs);
  const digests = stampedMemo<string>(digestsFile, 'sha1');
  let earlier: Saved['records'] = {};
  try {
    const saved = JSON.parse(readFileSync(recordsFile, 'utf8')) as Saved;
    if (saved.inputs === key) earlier = saved.records;
  } catch {
    // No records yet, or unreadable: every page is parsed again.
  }
  const now: Saved['records'] = {};
  return {
    /** The digest the last build took of `name` (at `path`), if the file has not been touched since. */
    digest: (name: string, path: string): string | undefined => digests.get(name, path),
    /** The record kept under `digest`, if any. */
    record(digest: string): PageRecord | undefined {
      const record = now[digest] ?? earlier[digest];
      if (record) now[digest] = record;
      return record;
    },
    /** Keeps the digest of `name` under its current stamp, and its record under the digest. */
    set(name: string, path: string, digest: string, record: PageRecord): void {
      digests.set(name, path, digest);
      now[digest] = record;
    },
    /** Writes what this build used or worked out, for the next build (atomically). */
    save(): void {
      digests.save();
      mkdirSync(dirname(recordsFile), { recursive: true });
      const saved: Saved = { inputs: key, records: now };
      writeFileSync(`${recordsFile}.${process.pid}.tmp`, JSON.stringify(saved));
      renameSync(`${recordsFile}.${process.pid}.tmp`, recordsFile);
    },
  };
}

export type RecordMemo = ReturnType<typeof recordMemo>;
