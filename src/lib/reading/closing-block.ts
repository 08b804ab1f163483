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

/** A call to action's props, as the CallToAction component takes them. */
export interface CallToActionProps {
  headline: string;
  text?: string;
  label: string;
  href: string;
  secondaryLabel?: string;
  secondaryHref?: string;
}

/** What a post chose to close with (`closing`): the site's default call to action, its own, or none. */
export type ClosingChoice =
  { discriminant: 'default' | 'none'; value?: null } | { discriminant: 'own'; value: CallToActionProps };

/**
 * The call to action that closes a post: none when its body already ends with one (never two in a
 * row), else what the post chose: the site's default, its own, or none.
 */
export function closingCallToAction(
  body: string,
  closing: ClosingChoice,
  siteDefault: CallToActionProps,
): CallToActionProps | undefined {
  if (endsWithCallToAction(body)) return undefined;
  if (closing.discriminant === 'own') return closing.value;
  return closing.discriminant === 'default' ? siteDefault : undefined;
}
