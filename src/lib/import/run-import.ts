import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { CONTENT_TYPES, SETTINGS_FILE } from '../../content-model/types';
import { applyPlan, notImported, readManifest, writtenByOther, type FileOutcome, type Manifest } from './apply-plan';
import { basename } from 'node:path';
import type { ImportPlan } from './model';
import { planMarkdown } from './markdown-site';
import { planWordpress } from './wordpress';

/** One import, as the CLI runs it. */
export interface ImportRequest {
  source: 'wordpress' | 'markdown';
  /** The WXR file, or the Markdown site's folder. */
  input: string;
  /** The project whose `content/` is written. */
  root: string;
  uploads?: string;
  tags?: 'report' | 'categories';
  dryRun?: boolean;
  force?: boolean;
  /** Called as posts are converted (long imports show progress). */
  progress?: (done: number, total: number) => void;
}

export interface ImportResult {
  plan: ImportPlan;
  outcomes: FileOutcome[];
}

/** The new site's address, from the settings (canonical addresses are written on it). */
function siteUrl(root: string): string {
  const file = join(root, SETTINGS_FILE);
  if (!existsSync(file)) throw new Error(`${SETTINGS_FILE}: missing (set up the site before importing into it)`);
  const url = (load(readFileSync(file, 'utf8')) as { siteUrl?: unknown } | null)?.siteUrl;
  if (typeof url !== 'string' || !url.startsWith('https://'))
    throw new Error(`${SETTINGS_FILE}: siteUrl must be set (https://...) before importing`);
  return url;
}

/** Slugs of a collection's files that no import wrote (the import must not take them). */
function editorSlugs(root: string, type: keyof typeof CONTENT_TYPES, manifest: Manifest): string[] {
  const { folder, extension } = CONTENT_TYPES[type];
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && notImported(root, `${folder}/${name}`, manifest))
    .map((name) => name.slice(0, -extension.length));
}

/** Reads the source, plans the import and writes it (or, with `dryRun`, only says what it would write). */
export async function runImport(request: ImportRequest): Promise<ImportResult> {
  const { root, input } = request;
  if (!existsSync(input)) throw new Error(`${input}: not found`);
  const manifest = readManifest(root);
  const source = `${request.source}:${basename(input)}`;
  const reserved = { posts: editorSlugs(root, 'posts', manifest) };
  let plan: ImportPlan;
  if (request.source === 'wordpress') {
    if (!statSync(input).isFile()) throw new Error(`${input}: not a file (give the .xml file WordPress exported)`);
    if (request.uploads && !existsSync(request.uploads))
      throw new Error(`${request.uploads}: uploads folder not found`);
    plan = planWordpress(readFileSync(input, 'utf8'), {
      file: input,
      uploads: request.uploads,
      tags: request.tags ?? 'report',
      siteUrl: siteUrl(root),
      reserved,
      progress: request.progress,
    });
  } else {
    if (!statSync(input).isDirectory()) throw new Error(`${input}: not a folder (give the Markdown site's folder)`);
    plan = planMarkdown(input, { siteUrl: siteUrl(root), reserved, progress: request.progress });
  }
  // An author or category that exists is the same person or subject: it is used, not rewritten, unless
  // this very import wrote it last and nobody changed it (then a new export may update it) or --force.
  const reuse = new Set(
    [
      ...plan.authors.map((a) => `${CONTENT_TYPES.authors.folder}/${a.slug}.yaml`),
      ...plan.categories.map((c) => `${CONTENT_TYPES.categories.folder}/${c.slug}.yaml`),
    ].filter(
      (path) => !request.force && (notImported(root, path, manifest) || writtenByOther(root, path, manifest, source)),
    ),
  );
  const outcomes = await applyPlan(plan, {
    root,
    source,
    dryRun: request.dryRun ?? false,
    force: request.force ?? false,
    reuse,
  });
  return { plan, outcomes };
}
