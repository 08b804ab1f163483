import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

/** A `{/* note *\/}` expression: shows nothing on the page. */
const isComment = (node: Node): boolean =>
  node.type === 'mdxFlowExpression' && /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(node.value ?? '');

/**
 * Whether an MDX body ends with a `<CallToAction>` block: its last top-level node (after any trailing
 * whitespace or `{/* comments *\/}`) is that block. A call to action earlier in the body, or one inside a
 * paragraph, does not count: the page still closes with the site's default one then. A body that cannot
 * be parsed counts as not ending with one (the content check reports it).
 */
export function endsWithCallToAction(body: string): boolean {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as Node;
  } catch {
    return false;
  }
  const visible = (tree.children ?? []).filter((node) => !isComment(node));
  const last = visible.at(-1);
  return last?.type === 'mdxJsxFlowElement' && last.name === 'CallToAction';
}
