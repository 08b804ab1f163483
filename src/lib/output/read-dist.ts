import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './dist-files';
import { readPageRecord, textDigest, type PageRecord } from './page-record';
import type { RecordMemo } from './record-memo';

/** Files of `dist/` the after-build pass reads: HTML pages, and XML sitemaps and feeds. */
export const isPageFile = (file: string): boolean => /\.(html|xml)$/.test(file);

/** Pages read at once: enough to keep the disk busy, few enough that the pages never sit in memory together. */
const BATCH = 32;

/** What the after-build pass found in some files of `dist/`. */
export interface PagesRead {
  /** Each file's record, by path relative to `dist/`, in the order of `files`. */
  records: Map<string, PageRecord>;
  /** Each file's digest (SHA-1 of its bytes), by path relative to `dist/`. */
  digests: Map<string, string>;
  /** How many files were read from disk, and how many of those were parsed (no record under their digest). */
  read: number;
  parsed: number;
}

/**
 * Reads `files` of `dist/` (relative paths) a few at a time into records. With a memo, a file the last
 * build read and nothing touched since is not read, and a file whose bytes were seen before is not parsed;
 * only the records are held, never the pages' text.
 */
export async function readPages(dist: string, files: string[], memo?: RecordMemo): Promise<PagesRead> {
  const found: (readonly [string, string, PageRecord])[] = new Array(files.length);
  let read = 0;
  let parsed = 0;
  const one = async (file: string): Promise<readonly [string, string, PageRecord]> => {
    const path = join(dist, file);
    const known = memo?.digest(file, path);
    const kept = known === undefined ? undefined : memo?.record(known);
    if (known !== undefined && kept) return [file, known, kept];
    const text = await readFile(path, 'utf8');
    read += 1;
    const digest = textDigest(text);
    let record = memo?.record(digest);
    if (!record) {
      record = readPageRecord(file, text);
      parsed += 1;
    }
    memo?.set(file, path, digest, record);
    return [file, digest, record];
  };
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = await Promise.all(files.slice(start, start + BATCH).map(one));
    batch.forEach((entry, at) => (found[start + at] = entry));
  }
  return {
    records: new Map(found.map(([file, , record]) => [file, record])),
    digests: new Map(found.map(([file, digest]) => [file, digest])),
    read,
    parsed,
  };
}

/** Every file of `dist/` and the records of its pages, sitemaps and feeds (read without a memo). */
export async function readDist(dist: string): Promise<{ files: string[]; records: Map<string, PageRecord> }> {
  const files = listFiles(dist);
  const { records } = await readPages(dist, files.filter(isPageFile));
  return { files, records };
}
