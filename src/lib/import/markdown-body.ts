import type { Heading, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { visit } from './body-tree';
import type { ReportLine } from './model';
import { htmlToMdast } from './wordpress-html';

/**
 * A Markdown site's post body as an mdast tree Quire can print as MDX: template tags of the generator
 * handled first (Hugo shortcodes; Jekyll and Eleventy Liquid), then the Markdown parsed as GFM, raw
 * HTML (which MDX would read as JSX) converted to Markdown, and heading ids (`{#id}`) remembered so
 * `#anchor` links can follow their headings.
 */

/** Which generator's template syntax a body may hold. */
export type Flavour = 'hugo' | 'jekyll' | 'eleventy' | 'astro';

/** A link target the planner resolves to a post of the site by its file: `quire-ref:<name>`. */
export const REF = 'quire-ref:';

const FENCE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;

/** `fn` applied to the text outside fenced code blocks. */
function outsideCode(text: string, fn: (part: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(FENCE)) {
    out += fn(text.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
  }
  return out + fn(text.slice(last));
}

const attrs = (text: string): Record<string, string> =>
  Object.fromEntries(
    [...text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)].map((m) => [
      m[1]!.toLowerCase(),
      m[2] ?? m[3] ?? m[4] ?? '',
    ]),
  );

const firstArg = (text: string) =>
  text
    .match(/"([^"]*)"|'([^']*)'|(\S+)/)
    ?.slice(1)
    .find((v) => v !== undefined) ?? '';

/** Hugo shortcodes: `figure` becomes an image, `ref`/`relref` a link target; the rest is removed and reported. */
function hugoShortcodes(text: string, report: ReportLine[]): string {
  const removed = new Map<string, number>();
  const out = text
    .replace(/\{\{[<%]\s*(?:rel)?ref\s+([^>%]*?)\s*[>%]\}\}/g, (_all, arg: string) => `${REF}${firstArg(arg)}`)
    .replace(/\{\{[<%]\s*figure\s+([^>%]*?)\s*\/?[>%]\}\}/g, (_all, arg: string) => {
      const a = attrs(arg);
      const caption = (a.caption ?? a.title ?? '').replace(/"/g, "'");
      return `\n\n![${(a.alt ?? '').replace(/[[\]]/g, '')}](<${a.src ?? ''}>${caption ? ` "${caption}"` : ''})\n\n`;
    })
    .replace(/\{\{[<%]\s*(\/?)([\w-]+)[^]*?[>%]\}\}/g, (_all, closing: string, name: string) => {
      if (!closing) removed.set(name, (removed.get(name) ?? 0) + 1);
      return '';
    });
  for (const [name, count] of removed)
    report.push({
      kind: 'dropped',
      message: `Hugo shortcode {{< ${name} >}}${count > 1 ? ` (${count} times)` : ''}: no Quire equivalent`,
    });
  return out;
}

/** Liquid (Jekyll, Eleventy): `post_url` and `link` become link targets, `highlight` a code block; other tags are removed and reported. */
function liquid(text: string, report: ReportLine[]): string {
  const removed = new Map<string, number>();
  const highlighted = text.replace(
    /\{%-?\s*highlight\s+([\w+-]+)[^%]*-?%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}/g,
    (_all, lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\``,
  );
  const out = outsideCode(highlighted, (part) =>
    part
      .replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '')
      .replace(/\{%-?\s*post_url\s+(\S+)\s*-?%\}/g, (_all, name: string) => `${REF}${name}`)
      .replace(/\{%-?\s*link\s+(\S+)\s*-?%\}/g, (_all, path: string) => `${REF}${path}`)
      .replace(/\{\{-?\s*site\.baseurl\s*-?\}\}/g, '')
      .replace(/\{\{-?\s*(["'])([^"']*)\1\s*\|\s*(?:relative|absolute)_url\s*-?\}\}/g, (_all, _q, path: string) => path)
      .replace(/\{%-?\s*([\w-]+)[^%]*-?%\}/g, (_all, name: string) => {
        removed.set(name, (removed.get(name) ?? 0) + 1);
        return '';
      })
      .replace(/\{\{[^}]*\}\}/g, () => {
        removed.set('{{ … }}', (removed.get('{{ … }}') ?? 0) + 1);
        return '';
      }),
  );
  for (const [name, count] of removed)
    report.push({
      kind: 'dropped',
      message: `template tag ${name.startsWith('{') ? name : `{% ${name} %}`}${count > 1 ? ` (${count} times)` : ''}: no Quire equivalent`,
    });
  return out;
}

/** Kramdown and Hugo attribute lists: `## Title {#id}` keeps the id for anchors; `{: .class}` lines go. */
function headingAttributes(text: string, ids: { text: string; id: string }[]): string {
  const remember = (_all: string, heading: string, id: string) => {
    ids.push({ text: heading.replace(/^#+\s*/, '').trim(), id });
    return heading;
  };
  return outsideCode(text, (part) =>
    part
      .replace(/^(#{1,6}[ \t]+.*?)[ \t]*\{[ \t]*#([\w-]+)[^}\n]*\}[ \t]*$/gm, remember)
      .replace(/^(#{1,6}[ \t]+.*?)[ \t]*\n[ \t]*\{:[ \t]*#([\w-]+)[^}\n]*\}[ \t]*$/gm, remember)
      .replace(/^[ \t]*\{:[^}\n]*\}[ \t]*$/gm, '')
      .replace(/\{:[^}\n]*\}/g, ''),
  );
}

/** Parses `text` (a body) of a site of `flavour`. */
export function markdownBody(text: string, flavour: Flavour, report: ReportLine[]): Root {
  const ids: { text: string; id: string }[] = [];
  let source = text;
  if (flavour === 'hugo') source = hugoShortcodes(source, report);
  if (flavour === 'jekyll' || flavour === 'eleventy') source = liquid(source, report);
  source = headingAttributes(source, ids);
  const root = fromMarkdown(source, {
    extensions: [gfmTable(), gfmStrikethrough(), gfmAutolinkLiteral()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmAutolinkLiteralFromMarkdown()],
  });
  convertHtml(root, report);
  visit(root, (node) => {
    if (node.type !== 'heading') return;
    const found = ids.find((i) => i.text === toString(node));
    if (found) (node as Heading).data = { ...node.data, oldId: found.id } as never;
  });
  return root;
}

/** Replaces raw HTML: blocks by their Markdown, inline tags by their text (`<br>` a line break, `<img>` an image). */
function convertHtml(root: Root, report: ReportLine[]): void {
  const inlineTags = new Set<string>();
  let blocks = 0;
  const flow = (children: RootContent[]): RootContent[] =>
    children.flatMap((node) => {
      if (node.type === 'html') {
        blocks++;
        return htmlToMdast(node.value, report).children;
      }
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
        (node as { children: RootContent[] }).children = flow((node as { children: RootContent[] }).children);
      }
      if ('children' in node) phrasing(node as Nodes);
      return [node];
    });
  const phrasing = (node: Nodes) => {
    if (!('children' in node)) return;
    const parent = node as { children: Nodes[] };
    parent.children = parent.children.flatMap((child): Nodes[] => {
      if (child.type !== 'html') {
        phrasing(child);
        return [child];
      }
      const tag = child.value.match(/^<\/?([a-zA-Z][\w-]*)/)?.[1]?.toLowerCase();
      if (tag === 'br') return [{ type: 'break' }];
      if (tag === 'img') {
        const converted = htmlToMdast(child.value, report);
        const images: PhrasingContent[] = [];
        visit(converted, (n) => {
          if (n.type === 'image') images.push(n);
        });
        return images;
      }
      if (tag) inlineTags.add(tag);
      return [];
    });
  };
  root.children = flow(root.children);
  if (blocks) report.push({ kind: 'converted', message: `${blocks} raw HTML block(s) converted to Markdown` });
  if (inlineTags.size)
    report.push({
      kind: 'converted',
      message: `inline HTML tags ${[...inlineTags].map((t) => `<${t}>`).join(', ')} removed (their text is kept)`,
    });
}
