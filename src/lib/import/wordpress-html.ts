import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { figureNode } from './body-tree';
import type { ReportLine } from './model';
import { oneLine } from './text';

/**
 * A WordPress post's content (`content:encoded`) as an mdast tree: Gutenberg block comments removed,
 * classic-editor paragraphs restored (WordPress's `wpautop`), `[caption]` shortcodes made figures,
 * other shortcodes and embeds reported, FAQ blocks of Yoast and Rank Math taken out as questions.
 */

/** A question and answer read from an FAQ block. */
export interface FaqItem {
  question: string;
  answer: Root;
}

export interface ConvertedHtml {
  root: Root;
  faqs: FaqItem[];
}

/** Block-level tags around which WordPress's `wpautop` breaks paragraphs. */
const BLOCKS =
  'p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|blockquote|pre|figure|figcaption|hr|dl|dt|dd|section|article|aside|header|footer|form|details|summary|iframe|video|audio|script|style';

/** A chunk that is a block (or its end tag, or a comment) and is not to be wrapped in `<p>`. */
const BLOCK_START = new RegExp(`^(?:<\\/?(?:${BLOCKS})[\\s>/]|<!--)`, 'i');

/**
 * WordPress's `wpautop` in short, for classic-editor posts (stored without `<p>`): text between blank
 * lines, or between block-level tags, becomes a paragraph; a single line break inside it `<br>`.
 * `<pre>` blocks are left as they are.
 */
export function autop(html: string): string {
  const kept: string[] = [];
  const protectedHtml = html
    .replace(/\r\n?/g, '\n')
    .replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `\n\n\u0000${kept.push(pre) - 1}\u0000\n\n`)
    .replace(new RegExp(`(<(?:${BLOCKS})[\\s>/])`, 'gi'), '\n\n$1')
    .replace(new RegExp(`(<\\/(?:${BLOCKS})>)`, 'gi'), '$1\n\n');
  return protectedHtml
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const pre = chunk.match(/^\u0000(\d+)\u0000$/);
      if (pre) return kept[Number(pre[1])]!;
      return BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`;
    })
    .join('\n\n');
}

/** Shortcodes WordPress and common plugins register whose name alone says they are shortcodes. */
const KNOWN_SHORTCODES = [
  'gallery',
  'embed',
  'video',
  'audio',
  'playlist',
  'caption',
  'wp_caption',
  'contact-form-7',
  'gravityform',
  'instagram',
  'tweet',
  'youtube',
  'vimeo',
  'code',
  'sourcecode',
  'button',
  'toc',
];

/**
 * Rewrites `[caption]` as a figure and `[embed]url[/embed]` as a link, and takes out every other
 * shortcode (keeping the text an enclosing one wraps), reporting each. A bracketed word is a shortcode
 * when it has attributes, a closing tag, or a name from `KNOWN_SHORTCODES`, so "[sic]" stays text.
 */
export function replaceShortcodes(html: string, report: ReportLine[]): string {
  let out = html.replace(
    /\[(caption|wp_caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/g,
    (_all, _name, attrs: string, inner: string) => {
      const img = inner.match(/<img\b[^>]*>/i)?.[0] ?? '';
      const captionAttr = attrs.match(/caption="([^"]*)"/)?.[1];
      const caption = captionAttr ?? inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i, '').trim();
      return `<figure>${img}<figcaption>${caption}</figcaption></figure>`;
    },
  );
  out = out.replace(/\[embed[^\]]*\]\s*(https?:\/\/[^\s[]+)\s*\[\/embed\]/g, (_all, url: string) => {
    report.push({ kind: 'converted', message: `embed ${url} -> a link (Quire does not embed other sites)` });
    return `<p><a href="${url}">${url}</a></p>`;
  });
  const seen = new Map<string, number>();
  const shortcode = /\[(\/)?([a-zA-Z][\w-]*)((?:\s+[^\]]*)?)\s*(\/)?\]/g;
  out = out.replace(shortcode, (all, closing: string | undefined, name: string, attrs: string) => {
    const lower = name.toLowerCase();
    const closed = new RegExp(`\\[\\/${name}\\]`).test(html);
    if (!closing && !attrs.trim() && !closed && !KNOWN_SHORTCODES.includes(lower)) return all;
    if (!closing) seen.set(lower, (seen.get(lower) ?? 0) + 1);
    return '';
  });
  for (const [name, count] of seen) {
    report.push({
      kind: 'dropped',
      message: `shortcode [${name}]${count > 1 ? ` (${count} times)` : ''}: no Quire equivalent (the text it wrapped is kept)`,
    });
  }
  return out;
}

const classes = (node: Element): string[] => {
  const value = node.properties?.className as unknown;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};
const hasClass = (node: Element, name: string) => classes(node).includes(name);

function findAll(node: HastRoot | Element, test: (el: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    else findAll(child, test, found);
  }
  return found;
}

function remove(node: HastRoot | Element, test: (el: Element) => boolean): void {
  const kept = (node.children as ElementContent[]).filter((child) => child.type !== 'element' || !test(child));
  node.children = kept;
  for (const child of kept) if (child.type === 'element') remove(child, test);
}

const isFaqBlock = (el: Element) =>
  hasClass(el, 'wp-block-yoast-faq-block') ||
  hasClass(el, 'schema-faq') ||
  hasClass(el, 'wp-block-rank-math-faq-block') ||
  hasClass(el, 'rank-math-block');

/** The questions of Yoast (`.schema-faq-section`) and Rank Math (`.rank-math-faq-item`) FAQ blocks. */
function readFaqs(tree: HastRoot, report: ReportLine[]): FaqItem[] {
  const items: FaqItem[] = [];
  for (const block of findAll(tree, isFaqBlock)) {
    const sections = findAll(block, (el) => hasClass(el, 'schema-faq-section') || hasClass(el, 'rank-math-faq-item'));
    for (const section of sections) {
      const [question] = findAll(
        section,
        (el) => hasClass(el, 'schema-faq-question') || hasClass(el, 'rank-math-question'),
      );
      const [answer] = findAll(section, (el) => hasClass(el, 'schema-faq-answer') || hasClass(el, 'rank-math-answer'));
      const text = question ? oneLine(toString(toMdast(question)), 160) : '';
      if (!text || !answer) {
        report.push({ kind: 'dropped', message: 'FAQ item without a question or an answer' });
        continue;
      }
      items.push({ question: text, answer: toMdast({ type: 'root', children: answer.children }) as Root });
    }
  }
  remove(tree, isFaqBlock);
  return items;
}

/** HTML comments (`<!--more-->`, leftovers of plugins) are dropped: MDX has no HTML comments. */
const NODE_HANDLERS = { comment: () => undefined };

/** Handlers that differ from hast-util-to-mdast's defaults. */
function handlers(report: ReportLine[]): Record<string, Handle> {
  const heading: Handle = (state, node: Element, parent) => {
    const result = (defaultHandlers as Record<string, Handle>)[node.tagName]!(state, node, parent);
    const id = node.properties?.id;
    if (result && !Array.isArray(result) && typeof id === 'string')
      result.data = { ...result.data, oldId: id } as never;
    return result;
  };
  const dropped =
    (what: string): Handle =>
    (_state, node: Element) => {
      const src = String(node.properties?.src ?? '');
      report.push({ kind: 'dropped', message: `${what}${src ? ` ${src}` : ''}: not allowed in a Quire body` });
      return undefined;
    };
  return {
    h1: heading,
    h2: heading,
    h3: heading,
    h4: heading,
    h5: heading,
    h6: heading,
    figure: (state, node: Element) => figure(state, node, report),
    iframe: dropped('embedded frame'),
    video: dropped('video'),
    audio: dropped('audio'),
    object: dropped('object'),
    embed: dropped('embed'),
    script: dropped('script'),
    style: dropped('style'),
    form: dropped('form'),
    noscript: () => undefined,
    u: (state, node: Element) => state.all(node),
  };
}

/** A `<figure>`: an image with its caption as a Figure block; a table or quote with its caption after it; an embed as a link. */
function figure(state: State, node: Element, report: ReportLine[]) {
  const caption =
    (node.children.find((c) => c.type === 'element' && c.tagName === 'figcaption') as Element | undefined) ??
    findAll(node, (el) => el.tagName === 'figcaption')[0];
  const captionText = caption ? oneLine(toString(toMdast(caption)), 300) : '';
  const imgs = findAll(node, (el) => el.tagName === 'img');
  const [img] = imgs;
  const hasTable = findAll(node, (el) => el.tagName === 'table' || el.tagName === 'blockquote').length > 0;
  if (hasClass(node, 'wp-block-embed') || classes(node).some((c) => c.startsWith('wp-block-embed'))) {
    const url = toString(toMdast(node)).replace(captionText, '').trim().split(/\s+/)[0] ?? '';
    report.push({
      kind: 'converted',
      message: `embed ${url || '(no address)'} -> a link (Quire does not embed other sites)`,
    });
    if (!/^https?:\/\//.test(url)) return undefined;
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'link', url, title: null, children: [{ type: 'text', value: captionText || url }] }],
    };
    return paragraph;
  }
  if (img && imgs.length === 1 && !hasTable) {
    return figureNode(
      String(img.properties?.src ?? ''),
      oneLine(String(img.properties?.alt ?? ''), 300),
      captionText || undefined,
    );
  }
  // A gallery (each image, or inner figure with its own caption, a Figure of its own), a table or a
  // quote: its content, then its caption.
  const rest: Element = { ...node, children: node.children.filter((c) => c !== caption) as ElementContent[] };
  const content = state.toFlow(state.all(rest));
  if (captionText)
    content.push({
      type: 'paragraph',
      children: [{ type: 'emphasis', children: [{ type: 'text', value: captionText }] }],
    });
  return content;
}

/** Converts a post's HTML. */
export function wordpressHtml(html: string, report: ReportLine[]): ConvertedHtml {
  const gutenberg = /<!--\s*wp:/.test(html);
  let source = html.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '');
  if (gutenberg) report.push({ kind: 'converted', message: 'Gutenberg block comments removed' });
  source = replaceShortcodes(source, report);
  if (!gutenberg) source = autop(source);
  const tree = fromHtml(source, { fragment: true });
  const faqs = readFaqs(tree, report);
  const root = toMdast(tree, { handlers: handlers(report), nodeHandlers: NODE_HANDLERS }) as Root;
  dropEmpty(root);
  return { root, faqs };
}

/** HTML found in a Markdown file (a block, or a figure), converted as post HTML is, without WordPress's paragraph rules. */
export function htmlToMdast(html: string, report: ReportLine[]): Root {
  const root = toMdast(fromHtml(html, { fragment: true }), {
    handlers: handlers(report),
    nodeHandlers: NODE_HANDLERS,
  }) as Root;
  dropEmpty(root);
  return root;
}

/** Paragraphs left empty by what was taken out of them. */
function dropEmpty(root: Root): void {
  root.children = root.children.filter(
    (node: RootContent) =>
      node.type !== 'paragraph' ||
      node.children.some((c: PhrasingContent) => c.type !== 'break' && !(c.type === 'text' && !c.value.trim())),
  );
}
