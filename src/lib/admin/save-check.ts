import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, formatProblem, type Problem } from '../content/check';
import type { AdminUpdate } from './save-plan';

/** The content under `root` with `update` applied, in a temporary copy; `remove` deletes it. */
function applied(root: string, update: AdminUpdate): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'quire-save-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const { path, contents } of update.additions) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), Buffer.from(contents, 'base64url'));
  }
  for (const { path } of update.deletions) rmSync(join(dir, path), { force: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The errors a save would add to `npm run check` (the build's own content check, run on a copy of
 * `content/` with the save applied): those of the entries saved, and those it causes in other entries
 * (an FAQ deleted while posts still list it). Errors that were there before the save are not its own.
 */
export function saveProblems(root: string, update: AdminUpdate, showUnpublished = false): Problem[] {
  const errors = (dir: string) =>
    checkContent(dir, { showUnpublished, projectRoot: root }).problems.filter((p) => p.severity === 'error');
  // An error already there counts as the same wherever its line moved to (text added above it).
  const key = (p: Problem) => formatProblem({ ...p, field: p.field.replace(/ \(line \d+\)/, '') });
  const before = new Set(errors(root).map(key));
  const copy = applied(root, update);
  try {
    return errors(copy.dir).filter((p) => !before.has(key(p)));
  } finally {
    copy.remove();
  }
}

/** A check message for the admin's one-line notice: a long list of choices left out. */
const brief = (message: string) =>
  message.replace(/\((pick one of|one of): [^)]{60,}\)/, '(pick another in the admin)');

/**
 * What the admin shows when it refuses a save (one paragraph above the form): what was not done, each
 * problem as `file: field: message`, and what to do.
 */
export function refusal(problems: readonly Problem[], deleting = false): string {
  const shown = problems.slice(0, 6).map((p) => `${p.file.replace(/^content\//, '')}: ${p.field}: ${brief(p.message)}`);
  if (problems.length > 6) shown.push(`and ${problems.length - 6} more (npm run check lists them all)`);
  const what = deleting
    ? "Not deleted: other entries still use this one, and the site's build would stop."
    : "Not saved: the site's build would stop on this.";
  const fix = deleting ? 'Remove it from those entries first.' : 'Fix it and save again.';
  return `${what} ${shown.map((line) => `• ${line}`).join(' ')} ${fix}`;
}
