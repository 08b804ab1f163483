import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../output/dist-files';

/**
 * A built file as the last build left it: its size and modification time. A file whose stamp still
 * matches has not been touched since; any edit, replacement or truncation changes it.
 */
export type FileStamp = [size: number, mtimeMs: number];

/**
 * What the last build left in `dist/` that a later build may keep instead of deleting and restoring:
 * its pages (every file a route wrote or restored) and bundles (a folder made by one after-build step,
 * kept whole or not at all, labelled with the digest of what it was made from).
 */
export interface OutputRecord {
  version: 1;
  pages: Record<string, FileStamp>;
  bundles: Record<string, { digest: string; files: Record<string, FileStamp> }>;
}

/** What `keepUnchanged` kept: the page files, the bundles (name to digest) and how many files it removed. */
export interface Kept {
  pages: Set<string>;
  bundles: Map<string, string>;
  removed: number;
}

/** A file's stamp now; `undefined` when it is not a file. */
export const stampOf = (file: string): FileStamp | undefined => {
  try {
    const stat = statSync(file);
    return stat.isFile() ? [stat.size, stat.mtimeMs] : undefined;
  } catch {
    return undefined;
  }
};

/** Whether a stamp taken now is the recorded one. */
export const sameStamp = (a: FileStamp | undefined, b: FileStamp): boolean =>
  a !== undefined && a[0] === b[0] && a[1] === b[1];

/** Stamps of the given files below `dist` (files that do not exist are left out). */
export function stampFiles(dist: string, files: Iterable<string>): Record<string, FileStamp> {
  const stamps: Record<string, FileStamp> = {};
  for (const file of files) {
    const stamp = stampOf(join(dist, file));
    if (stamp) stamps[file] = stamp;
  }
  return stamps;
}

/** Reads the record of the last build; `undefined` when there is none or it cannot be read. */
export function readRecord(file: string): OutputRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as OutputRecord;
    return record.version === 1 && record.pages && record.bundles ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the record for the next build (atomically: a half-written record is never read). */
export function writeRecord(file: string, record: OutputRecord): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(record));
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/**
 * Empties `dist` at the start of a build, like Astro does, except for the files the last build's
 * record lists with an unchanged stamp: pages stay where they are (Astro's incremental build leaves a
 * page that exists in `dist/` alone when it can skip it, and writes over it when it cannot), and a
 * bundle stays only if every file in its folder is the one recorded. Anything else (assets, public
 * files, a page edited by hand, a stray file) is removed, so nothing survives that this build does not
 * produce or vouch for.
 */
export function keepUnchanged(dist: string, record: OutputRecord | undefined): Kept {
  const kept: Kept = { pages: new Set(), bundles: new Map(), removed: 0 };
  if (!existsSync(dist)) return kept;
  const keep = new Set<string>();
  if (record) {
    for (const [file, stamp] of Object.entries(record.pages)) {
      if (sameStamp(stampOf(join(dist, file)), stamp)) {
        kept.pages.add(file);
        keep.add(file);
      }
    }
    for (const [name, bundle] of Object.entries(record.bundles)) {
      const folder = join(dist, name);
      const present = existsSync(folder) ? listFiles(folder) : [];
      const intact =
        present.length === Object.keys(bundle.files).length &&
        present.every((file) => {
          const stamp = bundle.files[file];
          return stamp !== undefined && sameStamp(stampOf(join(folder, file)), stamp);
        });
      if (intact) {
        kept.bundles.set(name, bundle.digest);
        for (const file of present) keep.add(`${name}/${file}`);
      }
    }
  }
  const keptFolders = new Set<string>();
  for (const file of keep) {
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) keptFolders.add(folder);
  }
  const sweep = (folder: string) => {
    for (const item of readdirSync(join(dist, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${item.name}` : item.name;
      // Like Astro's own emptying, a Git checkout of the output (a deploy branch) is left alone.
      if (path === '.git') continue;
      if (item.isDirectory() && keptFolders.has(path)) sweep(path);
      else if (!keep.has(path)) {
        kept.removed += item.isDirectory() ? listFiles(join(dist, path)).length : 1;
        rmSync(join(dist, path), { recursive: true, force: true });
      }
    }
  };
  sweep('');
  return kept;
}

/**
 * After the routes ran: removes pages kept at the start that this build did not produce (a post
 * deleted, unpublished or renamed since), and the folders they leave empty. Returns their paths.
 */
export function removeUnproduced(dist: string, kept: Iterable<string>, produced: Set<string>): string[] {
  const stale = [...kept].filter((file) => !produced.has(file));
  for (const file of stale) {
    rmSync(join(dist, file), { force: true });
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) {
      const path = join(dist, folder);
      if (existsSync(path) && readdirSync(path).length > 0) break;
      rmSync(path, { recursive: true, force: true });
    }
  }
  return stale;
}
