import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_MAX, SLUG_PATTERN, shortenSlug } from '../../../content-model/vocabulary';
import type { CollectionSpec } from './collections';
import { error, type Problem } from './problem';
import { readText } from './read-text';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  /** The slug: the file name without its extension. */
  id: string;
  /** Path from the project root. */
  file: string;
  /** Frontmatter or YAML data as written; `undefined` when it could not be read. */
  raw: unknown;
  /** The MDX body (empty for YAML files). */
  body: string;
  /** Line of the file on which the body starts, for locating body problems. */
  bodyLine: number;
}

/**
 * Reads YAML the way the check compares it: like Astro (js-yaml), but dates stay text so that a day
 * that does not exist (2026-02-30) is reported instead of rolling over to the next month.
 */
export function readYaml(text: string, file: string, firstLine: number, problems: Problem[]): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: file }) ?? {};
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const line = firstLine + e.mark.line;
    problems.push(
      error(file, `frontmatter (line ${line})`, `cannot be read as YAML: ${e.reason} (check the indentation and quotes)`),
    );
    return undefined;
  }
}

const linesIn = (text: string) => text.split('\n').length - 1;

/**
 * Splits an MDX file into its frontmatter data and body. The frontmatter is found by the function the
 * build uses (`extractFrontmatter`, which also allows blank lines before it), so the check and the
 * build agree on where it ends; its YAML is read as `readYaml` says.
 */
function readMdx(source: string, file: string, problems: Problem[]): Omit<RawEntry, 'id' | 'file'> {
  const yaml = extractFrontmatter(source);
  const at = yaml === undefined ? -1 : source.indexOf(`---${yaml}---`);
  if (yaml === undefined || at === -1) {
    const toml = yaml !== undefined;
    problems.push(
      error(
        file,
        'frontmatter',
        toml
          ? 'written between +++ lines, which the admin does not read (write it as YAML between --- lines)'
          : 'missing (start the file with a --- line, the fields, and another ---)',
      ),
    );
    return { raw: undefined, body: source, bodyLine: 1 };
  }
  // The body starts on the line after the closing ---, also when there is none (the file ends there).
  const closed = at + yaml.length + 6;
  const end = closed + (/^\r?\n/.exec(source.slice(closed))?.[0].length ?? 0);
  const lineAfter = end === source.length && !source.endsWith('\n') ? 2 : 1;
  return {
    // The YAML starts with the rest of the opening --- line, so its line 0 is that line.
    raw: readYaml(yaml, file, linesIn(source.slice(0, at)) + 1, problems),
    body: source.slice(end),
    bodyLine: linesIn(source.slice(0, end)) + lineAfter,
  };
}

/**
 * Reads every entry of a collection, reporting files the site would silently skip or misname and
 * files that are not UTF-8 (read as entries without data). Links and other non-regular files are
 * skipped here: `checkContentFiles` reports them.
 */
export function readCollection(root: string, spec: CollectionSpec, problems: Problem[]): RawEntry[] {
  const dir = join(root, spec.folder);
  if (!existsSync(dir)) return [];
  const entries: RawEntry[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!item.isFile() || item.name.startsWith('.')) continue;
    const file = `${spec.folder}/${item.name}`;
    const dot = item.name.lastIndexOf('.');
    const id = dot > 0 ? item.name.slice(0, dot) : item.name;
    if (!item.name.endsWith(spec.extension)) {
      problems.push(
        error(
          file,
          'file name',
          `the site only reads ${spec.extension} files here, so this file is ignored (rename it to ${id}${spec.extension} or remove it)`,
        ),
      );
      continue;
    }
    if (!SLUG_PATTERN.test(id)) {
      const suggestion = shortenSlug(id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
      problems.push(
        error(
          file,
          'file name',
          `"${id}" is not a valid slug: it becomes the URL (rename the file to ${suggestion || 'a-slug'}${spec.extension}: lowercase words joined by hyphens)`,
        ),
      );
    } else if (id.length > SLUG_MAX) {
      problems.push(
        error(
          file,
          'file name',
          `the slug is ${id.length} characters long, more than the ${SLUG_MAX} a URL may have here (rename the file to ${shortenSlug(id)}${spec.extension}, or shorten the slug under the title in the admin)`,
        ),
      );
    }
    const source = readText(join(dir, item.name), file, problems);
    const read =
      source === undefined
        ? { raw: undefined, body: '', bodyLine: 1 }
        : spec.extension === '.mdx'
        ? readMdx(source, file, problems)
        : { raw: readYaml(source, file, 1, problems), body: '', bodyLine: 1 };
    entries.push({ id, file, ...read });
  }
  return entries;
}
