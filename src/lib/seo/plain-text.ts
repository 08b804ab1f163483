import { mdxToMdast, type MdastNode } from 'satteri';

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableRow', 'code']);

/**
 * The readable text of a Markdown/MDX body: paragraphs separated by blank lines, links and emphasis
 * reduced to their words, block components reduced to the text inside them. Used where only plain text
 * fits, such as an FAQ answer in JSON-LD.
 */
export function plainText(markdown: string): string {
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) parts.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const walk = (node: MdastNode) => {
    const { type } = node as { type: string };
    const value = (node as { value?: unknown }).value;
    if (type === 'text' || type === 'inlineCode' || type === 'code') current += String(value ?? '');
    else if (type === 'break') current += ' ';
    if (BLOCKS.has(type)) flush();
    for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child);
    if (BLOCKS.has(type)) flush();
  };
  walk(mdxToMdast(markdown));
  flush();
  return parts.join('\n\n');
}
