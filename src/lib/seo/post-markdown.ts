import { FAQ_SECTION_TITLE } from '../../content-model/vocabulary';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Comparison, Faq, Post, Site } from '../content/site';
import { pick } from '../content/pick';
import { formatDate, label } from '../format';
import { paths } from '../urls';
import { markdownText, markdownUrl } from './markdown-text';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { offset: number }; end: { offset: number } };
}

/** What the conversion needs from the site. */
export type MarkdownSite = Pick<Site, 'settings' | 'author' | 'category' | 'comparison' | 'faq'>;

const attribute = (node: JsxNode, name: string): string | string[] | undefined => {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value;
  const expression = String((found.value as { value?: unknown } | undefined)?.value ?? '');
  return [...expression.matchAll(/["']([^"']*)["']/g)].map((m) => m[1] ?? '');
};
const text = (node: JsxNode, name: string) => {
  const value = attribute(node, name);
  return typeof value === 'string' ? value : undefined;
};
const quote = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
const cell = (value: string) => markdownText(value).replace(/\|/g, '\\|');

/** A comparison as a Markdown table, verdicts in words. */
function comparisonTable(table: Comparison): string {
  const { title, options, rows, footnote } = table.data;
  const head = `| Criterion | ${options.map((o) => cell(o.highlighted ? `${o.name} (recommended)` : o.name)).join(' | ')} |`;
  const rule = `| --- | ${options.map(() => '---').join(' | ')} |`;
  const body = rows.map(
    (row) =>
      `| ${cell(row.criterion)} | ${row.cells
        .map((c) => cell([c.verdict === 'none' ? '' : label(c.verdict), c.text ?? ''].filter(Boolean).join(': ')))
        .join(' | ')} |`,
  );
  return [
    `**${markdownText(title)}**`,
    '',
    head,
    rule,
    ...body,
    ...(footnote ? ['', `*${markdownText(footnote)}*`] : []),
  ].join('\n');
}

/** FAQs as questions in bold followed by their answers. */
const faqList = (faqs: Faq[]) =>
  faqs.map((f) => `**${markdownText(f.data.question)}**\n\n${(f.body ?? '').trim()}`).join('\n\n');

/**
 * Rewrites an MDX body as plain Markdown: each block component becomes what it shows (a comparison a
 * table, an FAQ group its questions and answers, a call to action a quoted link, a callout a quote, a
 * figure its image), and site paths become absolute URLs.
 */
export function bodyToMarkdown(body: string, site: MarkdownSite, at: (path: string) => string): string {
  const replace = (source: string, node: JsxNode): string => {
    switch (node.name) {
      case 'Comparison': {
        const table = site.comparison.get(text(node, 'comparison') ?? '');
        return table ? comparisonTable(table) : '';
      }
      case 'FaqGroup': {
        const slugs = attribute(node, 'faqs');
        const title = text(node, 'title');
        const faqs = faqList(pick(site.faq, Array.isArray(slugs) ? slugs : slugs ? [slugs] : []));
        return title ? `### ${markdownText(title)}\n\n${faqs}` : faqs;
      }
      case 'CallToAction': {
        const lines = [
          `**${markdownText(text(node, 'headline') ?? '')}**`,
          markdownText(text(node, 'text') ?? ''),
          `[${markdownText(text(node, 'label') ?? '')}](${markdownUrl(text(node, 'href') ?? '')})`,
        ];
        return quote(lines.filter(Boolean).join('\n\n'));
      }
      case 'Callout': {
        const kind = label(text(node, 'kind') ?? 'note');
        const children = node.children ?? [];
        const inner = children.length
          ? convert(source.slice(children[0]!.position!.start.offset, children.at(-1)!.position!.end.offset))
          : '';
        return quote(`**${markdownText(text(node, 'title') ?? kind)}** (${kind.toLowerCase()})\n\n${inner}`);
      }
      case 'Figure': {
        const caption = text(node, 'caption');
        return `*Figure: ${markdownText(text(node, 'alt') ?? '')}*${caption ? `\n\n${markdownText(caption)}` : ''}`;
      }
      default:
        return source.slice(node.position!.start.offset, node.position!.end.offset);
    }
  };
  const convert = (source: string): string => {
    const blocks: JsxNode[] = [];
    const find = (node: JsxNode) => {
      if (node.type === 'mdxJsxFlowElement' && node.position) blocks.push(node);
      else node.children?.forEach(find);
    };
    find(mdxToMdast(source) as MdastNode as JsxNode);
    let out = '';
    let from = 0;
    for (const node of blocks) {
      out += source.slice(from, node.position!.start.offset) + replace(source, node);
      from = node.position!.end.offset;
    }
    return out + source.slice(from);
  };
  return absoluteLinks(convert(body), at)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Turns Markdown links and images to site paths (`](/services/x/)`) into absolute URLs. */
export const absoluteLinks = (markdown: string, at: (path: string) => string): string =>
  markdown.replace(/\]\((\/(?!\/)[^)\s]*)/g, (_, path: string) => `](${at(path)}`);

/**
 * A post as a clean Markdown document for readers and language models: title, summary, byline with
 * dates and its canonical URL, the body with blocks written out, and the FAQs the page shows. Text from
 * fields is written with `markdownText` (one line, no links or headings of its own); the body is the
 * editor's Markdown.
 */
export function postMarkdown(post: Post, site: MarkdownSite, at: (path: string) => string): string {
  const { data } = post;
  const authors = pick(site.author, data.authors).map(
    (a) => `[${markdownText(a.data.name)}](${at(paths.author(a.id))})`,
  );
  const categories = pick(site.category, data.categories).map(
    (c) => `[${markdownText(c.data.name)}](${at(paths.category(c.id))})`,
  );
  const dates = `Published ${formatDate(data.publishedAt)}${data.updatedAt ? `, updated ${formatDate(data.updatedAt)}` : ''}`;
  const faqs = pick(site.faq, data.faqs);
  return [
    `# ${markdownText(data.title)}`,
    quote(markdownText(data.description)),
    `${dates} by ${authors.join(', ')} in ${categories.join(', ')}.`,
    `Original: ${at(paths.post(post.id))}`,
    '---',
    bodyToMarkdown(post.body ?? '', site, at),
    ...(faqs.length
      ? [`## ${markdownText(data.faqsTitle ?? FAQ_SECTION_TITLE)}`, absoluteLinks(faqList(faqs), at)]
      : []),
  ]
    .join('\n\n')
    .concat('\n');
}
