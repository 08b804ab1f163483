import { dump } from 'js-yaml';
import type { Root } from 'mdast';
import { gfmAutolinkLiteralToMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Files as the admin writes them, so that the first save in the admin changes only what the editor
 * changed. Keystatic (`serializeEntryToFiles` and `serializeFromEditorStateMDX` in @keystatic/core)
 * dumps the front matter with js-yaml's defaults, fields in the order of the schema and unset fields
 * left out, writes dates as unquoted `YYYY-MM-DD`, and prints the body with mdast-util-to-markdown,
 * the GFM and MDX extensions and `rule: '-'`. The same calls are made here.
 */

/** A calendar date the way Keystatic's date field hands it to js-yaml: unquoted `2026-03-04`. */
export function yamlDate(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.toISOString = () => day;
  date.toString = () => day;
  return date;
}

/** Drops `undefined` values (Keystatic leaves unset fields out), recursively, keeping key order. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, prune(v)]),
    );
  }
  return value;
}

/** Fields in the order of the type's schema (`order`), then any others. */
export function ordered(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, data[k]]));
}

/** YAML of an entry's data, as Keystatic dumps it. */
export const yamlText = (data: Record<string, unknown>): string => dump(prune(data));

/** An MDX body, printed as Keystatic prints the editor's document. */
export function mdxText(root: Root): string {
  return toMarkdown(root, {
    extensions: [gfmAutolinkLiteralToMarkdown(), gfmStrikethroughToMarkdown(), gfmTableToMarkdown(), mdxToMarkdown()],
    rule: '-',
  });
}

/** An `.mdx` entry: front matter between `---` lines, then the body. */
export const mdxFile = (data: Record<string, unknown>, body: Root): string =>
  `---\n${yamlText(data)}---\n${mdxText(body)}`;
