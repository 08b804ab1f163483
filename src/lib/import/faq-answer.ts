import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { finishBody, type LinkVerdict } from './body-tree';
import type { ReportLine } from './model';

/**
 * An FAQ block's answer as a Quire FAQ answer holds it: Markdown only, no headings (they become bold
 * paragraphs), images, tables or code blocks (tables and images are dropped, code becomes text).
 */
export function faqAnswer(root: Root, resolveLink: (url: string) => LinkVerdict, report: ReportLine[]): Root {
  finishBody(root, { resolveLink, resolveImage: () => ({ drop: 'FAQ answers hold no images' }), report });
  const children = root.children.flatMap((node): RootContent[] => {
    if (node.type === 'heading')
      return [{ type: 'paragraph', children: [{ type: 'strong', children: node.children }] }];
    if (node.type === 'code') return [{ type: 'paragraph', children: [{ type: 'inlineCode', value: node.value }] }];
    if (node.type === 'table') {
      report.push({ kind: 'dropped', message: 'table in an FAQ answer: FAQ answers hold no tables' });
      return [];
    }
    if (node.type === 'mdxJsxFlowElement') return [];
    return [node];
  });
  if (!children.length || !toString({ type: 'root', children }).trim()) {
    return {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'See the post this question comes from.' }] }],
    };
  }
  return { type: 'root', children };
}
