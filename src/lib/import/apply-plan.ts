import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { authorFile, categoryFile, faqFile, postFile, type EntryFile } from './entry-files';
import { placeholderImage } from './images';
import type { ImportPlan, ReportLine } from './model';

/**
 * Writes an import plan into a project, safely: a file that exists is left alone unless the last
 * import wrote it and nobody changed it since (then it is updated if the source changed), or
 * `force` is set. What each import wrote is remembered in {@link MANIFEST} (path and SHA-256), so a
 * re-import after a new export updates changed posts only and never overwrites an editor's work.
 */

/** The import's memory of what it wrote, at the project root (commit it with the content). */
export const MANIFEST = '.quire-import.json';

export type Action = 'new' | 'updated' | 'unchanged' | 'kept' | 'overwritten' | 'reused';

export interface FileOutcome {
  path: string;
  action: Action;
  noun: string;
  source?: string;
  report?: ReportLine[];
}

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** What the imports wrote: each file's SHA-256, and the source (`wordpress:export.xml`) that wrote it. */
export interface Manifest {
  files: Record<string, string>;
  sources: Record<string, string>;
}

/** The manifest of a project (empty when nothing was imported yet). */
export function readManifest(root: string): Manifest {
  const path = join(root, MANIFEST);
  if (!existsSync(path)) return { files: {}, sources: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    return { files: parsed.files ?? {}, sources: parsed.sources ?? {} };
  } catch (error) {
    throw new Error(
      `${MANIFEST}: cannot be read (${(error as Error).message}); delete it to start over, and use --force to overwrite imported files`,
    );
  }
}

/** Whether a file at `path` exists that no import wrote: the import must not take its slug. */
export const notImported = (root: string, path: string, manifest: Manifest): boolean =>
  existsSync(join(root, path)) && !(path in manifest.files);

/** Whether the file at `path` was written by the import of another source. */
export const writtenByOther = (root: string, path: string, manifest: Manifest, source: string): boolean =>
  existsSync(join(root, path)) && path in manifest.files && manifest.sources[path] !== source;

function decide(root: string, path: string, bytes: Buffer | string, manifest: Manifest, force: boolean): Action {
  const full = join(root, path);
  if (!existsSync(full)) return 'new';
  const current = readFileSync(full);
  const wanted = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  if (current.equals(wanted)) return 'unchanged';
  if (manifest.files[path] === sha(current)) return 'updated';
  return force ? 'overwritten' : 'kept';
}

export interface ApplyOptions {
  root: string;
  /** Which source this import reads (`wordpress:export.xml`), remembered per file. */
  source: string;
  dryRun: boolean;
  force: boolean;
  /** Entries that already exist and are used as they are (an author or category of the same slug), not written. */
  reuse?: Set<string>;
}

/** Decides (and unless `dryRun` performs) every write of a plan; returns what happened to each file. */
export async function applyPlan(
  plan: ImportPlan,
  { root, source, dryRun, force, reuse = new Set() }: ApplyOptions,
): Promise<FileOutcome[]> {
  const manifest = readManifest(root);
  const entries: (EntryFile & { report?: ReportLine[] })[] = [
    ...plan.authors.map(authorFile),
    ...plan.categories.map(categoryFile),
    ...plan.faqs.map(faqFile),
    ...plan.posts.map((post) => ({ ...postFile(post), report: post.report })),
  ];
  const outcomes: FileOutcome[] = [];
  const writes: { path: string; bytes: Buffer | string }[] = [];
  for (const entry of entries) {
    if (reuse.has(entry.path)) {
      const same = readFileSync(join(root, entry.path), 'utf8') === entry.text;
      outcomes.push({ path: entry.path, action: same ? 'unchanged' : 'reused', noun: entry.noun });
      continue;
    }
    const action = decide(root, entry.path, entry.text, manifest, force);
    outcomes.push({ path: entry.path, action, noun: entry.noun, source: entry.source, report: entry.report });
    if (action !== 'unchanged' && action !== 'kept') writes.push({ path: entry.path, bytes: entry.text });
  }
  for (const image of plan.images) {
    const bytes = image.from ? readFileSync(image.from) : await placeholderImage();
    const action = decide(root, image.to, bytes, manifest, force);
    outcomes.push({ path: image.to, action, noun: 'image' });
    if (action !== 'unchanged' && action !== 'kept') writes.push({ path: image.to, bytes });
  }
  if (dryRun) return outcomes;
  for (const { path, bytes } of writes) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
    manifest.files[path] = sha(bytes);
    manifest.sources[path] = source;
  }
  for (const outcome of outcomes) {
    if (outcome.action !== 'unchanged' || outcome.path in manifest.files) continue;
    manifest.files[outcome.path] = sha(readFileSync(join(root, outcome.path)));
    manifest.sources[outcome.path] = source;
  }
  const sorted = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  const text = JSON.stringify({ files: sorted(manifest.files), sources: sorted(manifest.sources) }, null, 2);
  writeFileSync(join(root, MANIFEST), `${text}\n`);
  return outcomes;
}
