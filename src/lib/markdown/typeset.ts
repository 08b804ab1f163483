import { markdownToMdast } from 'satteri';
import { BLOCKS, type BlockName } from '../../content-model/blocks';
import type { Field } from '../../content-model/fields';

/** The smart punctuation bodies get (`astro.config.mjs` `markdown`), for text outside a body. */
const FEATURES = { smartPunctuation: true } as const;

/** ASCII punctuation Markdown could read as syntax; quotes, hyphens and dots are left for smart punctuation. */
const SYNTAX = /[!#$%&()*+,/:;<=>?@[\\\]^_`{|}~]/g;

/** The text of an mdast tree, in order. */
function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('');
}

/** One line, typeset: what a body paragraph holding it shows. */
function typesetLine(line: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(line)!;
  const [, lead, content, trail] = match as unknown as [string, string, string, string];
  // A line of dashes alone would be a rule in a body: it stays as written.
  if (!content || /^[-\s]+$/.test(content)) return line;
  const escaped = content
    .replace(SYNTAX, '\\$&')
    // A hyphen or numbered item at the start would open a list.
    .replace(/^-(?=\s)/, '\\-')
    .replace(/^(\d+)\./, '$1\\.');
  return lead + textOf(markdownToMdast(escaped, { features: FEATURES }) as never) + trail;
}

/**
 * Text typeset as a body's text is: straight quotes curled (“ ” ‘ ’, apostrophes ’), `--` an en dash,
 * `---` an em dash, `...` an ellipsis, by the same parser and rules the build applies to bodies. Titles,
 * questions, names, labels and every other text field go through it (`src/content-model/fields.ts`
 * `text`), and so do the text props of body blocks, so a reader sees one typography everywhere. Line
 * breaks and surrounding white space are kept; text that is already typeset comes back unchanged.
 */
export function typeset(text: string): string {
  if (!/['"]|--|\.\.\./.test(text)) return text;
  return text.split('\n').map(typesetLine).join('\n');
}

/**
 * A body block's props with its text props typeset (those its spec in `src/content-model/blocks.ts`
 * declares as text: headlines, titles, alt text, captions), as a block component shows them. Paths,
 * links and references stay as written.
 */
export function typesetProps<P extends object>(name: BlockName, props: P): P {
  const spec: Record<string, Field<unknown>> = BLOCKS[name].props;
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [
      key,
      spec[key]?.admin.kind === 'text' && typeof value === 'string' ? typeset(value) : value,
    ]),
  ) as P;
}
