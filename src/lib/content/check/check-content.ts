import { typeset } from '../../markdown/typeset';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_FILE, settingsSchema } from '../../../content-model/types';
import { isoDate } from '../../format';
import { describeIssues } from '../friendly-errors';
import { isPublished } from '../publish';
import { findReferenceProblems, type CheckedEntry, type Snapshot } from '../references';
import { checkBodyImages } from './check-images';
import { checkLengths } from './check-lengths';
import { checkCanonical, checkEntryLinks, checkSettingsLinks } from './check-links';
import { checkSlugs } from './check-slugs';
import { checkFaqTopics } from './check-topics';
import { checkCardText } from './check-card-text';
import { COLLECTIONS, type SchemaFactory } from './collections';
import type { Entry } from './entry';
import { imageField } from './image-field';
import { checkContentFiles } from './content-files';
import { readCollection, readYaml } from './read-content';
import { readText } from './read-text';
import { error, type Problem } from './problem';
import { scanBody } from './scan-body';
import { liveFigureKeys } from '../figure-sources';
import { reservedIds } from '../../markdown/heading-ids';
import { buildSiteIndex } from './site-index';

/** What decides which posts are live, as in a build. */
export interface CheckOptions {
  /** The moment the publish rule compares dates with (default: now). */
  now?: Date;
  /** Check as a staging build that shows drafts and scheduled posts (default: false). */
  showUnpublished?: boolean;
  /** The project whose `src/pages/` and `public/` the content is published with (default: the content root). */
  projectRoot?: string;
}

/** The outcome of a check: every problem, and how many files were read. */
export interface CheckResult {
  problems: Problem[];
  files: number;
  /**
   * When the outcome may change with no file changed: the next publish date of a scheduled post (ISO
   * time), after which links to it become valid; absent when no post is scheduled.
   */
  validUntil?: string;
  /** The images live entries' Figure blocks show (`figureKey`s), which a build bundles and no others. */
  figures?: string[];
  /**
   * What was read, for a build to start on before Astro loads the content (share images are drawn
   * from it): every entry and the validated settings. Not part of a remembered result.
   */
  content?: CheckedContent;
}

/** The entries and settings a check read and validated. */
export interface CheckedContent {
  entries: Entry[];
  settings?: Record<string, unknown>;
}

/**
 * A validator for one collection: its schema is built once (building a zod schema costs far more
 * than using it) and image paths resolve from the file being validated.
 */
function validator(root: string, schema: SchemaFactory) {
  let current = '';
  const built = schema(imageField(root, () => current));
  return (file: string, raw: unknown, problems: Problem[]) => {
    if (raw === undefined) return undefined;
    current = file;
    const result = built.safeParse(raw);
    if (result.success) return result.data as Record<string, unknown>;
    for (const issue of describeIssues(result.error.issues)) problems.push(error(file, issue.field, issue.message));
    return undefined;
  };
}

function readSettings(root: string, problems: Problem[]): Record<string, unknown> | undefined {
  const path = join(root, SETTINGS_FILE);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    problems.push(error(SETTINGS_FILE, '(file)', 'missing (create it in the admin under Settings)'));
    return undefined;
  }
  // A link or other non-regular file is reported by checkContentFiles, and not read.
  if (!stat.isFile()) return undefined;
  const text = readText(path, SETTINGS_FILE, problems);
  if (text === undefined) return undefined;
  const raw = readYaml(text, SETTINGS_FILE, 1, problems);
  return validator(root, (image) => settingsSchema(image, typeset))(SETTINGS_FILE, raw, problems);
}

/**
 * Checks all content under `root/content/` without building the site: schemas, references, slugs,
 * MDX safety, links, images (where they lie and what their bytes are) and alt text, meta lengths,
 * and the files themselves (no links, UTF-8 only). Returns every problem at once.
 */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? new Date();
  const problems: Problem[] = checkContentFiles(root);
  const entries: Entry[] = [];
  for (const spec of COLLECTIONS) {
    const validate = validator(root, spec.schema);
    for (const raw of readCollection(root, spec, problems)) {
      const data = validate(raw.file, raw.raw, problems);
      const facts = spec.extension === '.mdx' ? scanBody(raw.body, raw.file, raw.bodyLine, spec.blocks ?? [], reservedIds(raw.raw as { faqs?: unknown })) : undefined;
      problems.push(...(facts?.problems ?? []));
      const post = spec.name === 'posts' && data ? (data as { draft: boolean; publishedAt: Date }) : undefined;
      const live = !post || isPublished(post, now, options.showUnpublished ?? false);
      const hiddenBecause = post && !live ? (post.draft ? 'a draft' : `scheduled for ${isoDate(post.publishedAt)}`) : undefined;
      entries.push({ ...raw, collection: spec.name, data, facts, live, hiddenBecause });
    }
  }
  const settings = readSettings(root, problems);
  const snapshot = Object.fromEntries(COLLECTIONS.map((c) => [c.name, [] as CheckedEntry[]])) as Snapshot;
  for (const entry of entries) {
    const data = entry.data ?? (entry.raw && typeof entry.raw === 'object' ? (entry.raw as Record<string, unknown>) : {});
    snapshot[entry.collection].push({ id: entry.id, filePath: entry.file, data, body: entry.body });
  }
  const live = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e.live]));
  for (const p of findReferenceProblems(snapshot, (_, e) => e.filePath ?? e.id, (c, e) => live.get(`${c}/${e.id}`) ?? true)) {
    problems.push(error(p.file, p.field, p.message));
  }
  const project = options.projectRoot ?? root;
  problems.push(...checkSlugs(project, entries), ...checkFaqTopics(entries));
  const index = buildSiteIndex(project, entries, Number(settings?.postsPerPage ?? 10));
  for (const entry of entries) {
    problems.push(
      ...checkEntryLinks(entry, index),
      ...checkCanonical(entry, settings?.siteUrl as string | undefined),
      ...checkBodyImages(root, entry),
      ...checkLengths(entry),
    );
  }
  if (settings) problems.push(...checkSettingsLinks(SETTINGS_FILE, settings, index));
  problems.push(...checkCardText(entries, settings, SETTINGS_FILE));
  const order = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  problems.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file));
  const scheduled = entries
    .filter((e) => e.collection === 'posts' && e.data && !e.live && !(e.data as { draft: boolean }).draft)
    .map((e) => (e.data as { publishedAt: Date }).publishedAt.getTime());
  const validUntil = scheduled.length > 0 ? new Date(Math.min(...scheduled)).toISOString() : undefined;
  return {
    problems,
    files: entries.length + 1,
    ...(validUntil ? { validUntil } : {}),
    figures: liveFigureKeys(entries),
    content: { entries, settings },
  };
}
