import { htmlToHast } from 'satteri';

/** An element of a built page: its tag, attributes (lower-case names) and, for script/style, its text. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const attrValue = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : String(value));
const textOf = (node: HastNode): string => (node.children ?? []).map((c) => c.value ?? textOf(c)).join('');

/** Every element of an HTML document, in document order. */
export function htmlElements(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.tagName) {
      const attrs: Record<string, string> = {};
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (value !== false && value !== null && value !== undefined) attrs[key.toLowerCase()] = attrValue(value);
      }
      const text = node.tagName === 'script' || node.tagName === 'style' ? textOf(node) : '';
      out.push({ tag: node.tagName, attrs, text });
    }
    node.children?.forEach(walk);
  };
  walk(htmlToHast(html) as HastNode);
  return out;
}
