import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
}

/**
 * Whether an MDX body ends with a `<CallToAction>` block: its last top-level node is that block. A call
 * to action earlier in the body, or one inside a paragraph, does not count: the page still closes with
 * the site's default one then. A body that cannot be parsed counts as not ending with one (the content
 * check reports it).
 */
export function endsWithCallToAction(body: string): boolean {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as Node;
  } catch {
    return false;
  }
  const last = tree.children?.at(-1);
  return last?.type === 'mdxJsxFlowElement' && last.name === 'CallToAction';
}
