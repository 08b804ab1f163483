import { describeIssues } from '../content/friendly-errors';
import { ALL_BLOCKS, type BlockName } from '../../content-model/blocks';
import { blockSchemas, checkBlockProps } from '../../content-model/types';

/**
 * What an MDX body may hold: Markdown, and the blocks its content type allows with props that are
 * literal text, numbers, true/false or lists of them. No JavaScript expression of any kind (comments in
 * braces included), no import or export, no raw HTML, no fragments, no spread props. The content check
 * and the build's MDX pipeline (`content-is-data.ts`) both judge every node with {@link judgeMdxNode}.
 */

/** A prop value as the admin writes it: text, or a literal list (`faqs={["a", "b"]}`). */
export type LiteralValue = string | number | boolean | LiteralValue[];

/** The MDX node fields the rules read; the same in Sätteri's mdast and hast. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** One thing a node may not be; `suffix` narrows the place (` <Callout kind>`). */
export interface NodeProblem {
  suffix: string;
  message: string;
  /**
   * A block prop value the block's schema refuses (a required prop left empty): reported by the check,
   * which stops the build, and shown in place by the dev server. Every other problem is code or
   * markup, which the build's MDX pipeline refuses outright.
   */
  invalidValue?: true;
}

/** What the rules say about one node. */
export interface NodeVerdict {
  problems: NodeProblem[];
  /** For an allowed block: its name and the props that are literal values. */
  block?: { name: BlockName; props: Record<string, LiteralValue>; invalid: Set<string> };
  /** False when the node itself is refused: its content is not looked at further. */
  descend: boolean;
}

export { ALL_BLOCKS } from '../../content-model/blocks';

const DANGEROUS_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed'];
const PROP_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

const isLiteral = (value: unknown): value is LiteralValue =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every(isLiteral));

/**
 * Reads `{...}` in a prop as a literal value: JSON text only (`"a"`, `3`, `true`, `["a", "b"]`), which
 * means the same as JavaScript and cannot hold code or comments. `undefined` when it is anything else.
 */
export function readLiteral(source: string): LiteralValue | undefined {
  try {
    const value: unknown = JSON.parse(source);
    return isLiteral(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const expressionProblem = (code: string): NodeProblem => {
  const text = code.trim().replace(/\s+/g, ' ');
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  // Only for the wording: both kinds are refused.
  const comment =
    text !== '' &&
    code
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .trim() === '';
  return {
    suffix: '',
    message: comment
      ? `comment {${shown}} is not allowed: nothing in braces is (remove it, or write \\{ to show a brace)`
      : `JavaScript expression {${shown}} is not allowed (remove the braces, or write \\{ to show a brace)`,
  };
};

function judgeElement(node: MdxNode, blocks: readonly BlockName[]): NodeVerdict {
  const name = node.name;
  if (!name) {
    return {
      problems: [{ suffix: '', message: 'fragments (<>...</>) are not allowed (remove the <> and </>)' }],
      descend: false,
    };
  }
  const problems: NodeProblem[] = [];
  const html = /^[a-z]/.test(name) || /[.:-]/.test(name);
  const known = !html && name in blockSchemas;
  if (html) {
    const tag = name.toLowerCase();
    problems.push({
      suffix: '',
      message: DANGEROUS_ELEMENTS.includes(tag)
        ? `raw <${tag}> is not allowed: it would run or embed code in readers' browsers (remove it)`
        : `raw HTML <${name}> is not allowed (use Markdown, or a block from the admin's "+" menu)`,
    });
  } else if (!known) {
    problems.push({ suffix: '', message: `unknown component <${name}> (use one of: ${ALL_BLOCKS.join(', ')})` });
  } else if (!blocks.includes(name as BlockName)) {
    problems.push({
      suffix: '',
      message: blocks.length
        ? `<${name}> cannot be used here (use one of: ${blocks.join(', ')})`
        : `<${name}> cannot be used here: this text is shown without blocks (remove the block and write it as text)`,
    });
  }
  const props: Record<string, LiteralValue> = {};
  const invalid = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    const prop = attribute.name ?? '';
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({
        suffix: '',
        message: `<${name}>: spread props {...} are not allowed (write each prop as name="value")`,
      });
    } else if (/^on/i.test(prop)) {
      problems.push({
        suffix: '',
        message: `<${name}>: event handler ${prop} is not allowed: it would run code in readers' browsers (remove it)`,
      });
    } else if (!known) {
      continue;
    } else if (!PROP_NAME.test(prop)) {
      problems.push({ suffix: ` <${name} ${prop}>`, message: 'unknown prop (remove it or check the spelling)' });
    } else if (attribute.value === null || attribute.value === undefined) {
      props[prop] = true;
    } else if (typeof attribute.value === 'string') {
      props[prop] = attribute.value;
    } else {
      const code = String((attribute.value as { value?: unknown }).value ?? '');
      const literal = readLiteral(code);
      if (literal !== undefined) props[prop] = literal;
      else {
        invalid.add(prop);
        problems.push({
          suffix: ` <${name} ${prop}>`,
          message: `{${code.trim().replace(/\s+/g, ' ')}} is JavaScript, which is not allowed (use text, or a list such as ["a", "b"])`,
        });
      }
    }
  }
  if (!known || problems.some((p) => p.suffix === '')) return { problems, descend: false };
  const block = name as BlockName;
  const result = checkBlockProps(block, props, true);
  for (const issue of result.success ? [] : describeIssues(result.error.issues)) {
    const prop = issue.field.replace(/[.[].*$/, '');
    if (invalid.has(prop)) continue;
    invalid.add(prop);
    problems.push({
      suffix: ` <${block} ${issue.field}>`,
      message: issue.message.replace('unknown field', 'unknown prop'),
      invalidValue: true,
    });
  }
  return { problems, block: { name: block, props, invalid }, descend: true };
}

/**
 * The rules' verdict on one node of a parsed body, `undefined` for plain Markdown nodes (always
 * allowed). `blocks` are the blocks the body's content type allows.
 */
export function judgeMdxNode(node: MdxNode, blocks: readonly BlockName[]): NodeVerdict | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return {
        problems: [
          {
            suffix: '',
            message:
              'import and export lines are not allowed (remove the line; insert blocks from the admin\'s "+" menu)',
          },
        ],
        descend: false,
      };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { problems: [expressionProblem(String(node.value ?? ''))], descend: false };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return judgeElement(node, blocks);
    case 'html':
    case 'raw':
      return {
        problems: [
          { suffix: '', message: 'raw HTML is not allowed (use Markdown, or a block from the admin\'s "+" menu)' },
        ],
        descend: false,
      };
    default:
      return undefined;
  }
}

/** A problem found anywhere in a body, with the line (of the parsed text) it starts on. */
export interface BodyProblem extends NodeProblem {
  line: number;
}

/** Judges every node of a parsed body; returns each problem once, in document order. */
export function bodyProblems(root: MdxNode, blocks: readonly BlockName[]): BodyProblem[] {
  const found: BodyProblem[] = [];
  const visit = (node: MdxNode) => {
    const verdict = judgeMdxNode(node, blocks);
    for (const problem of verdict?.problems ?? []) found.push({ ...problem, line: node.position?.start.line ?? 1 });
    if (verdict && !verdict.descend) return;
    node.children?.forEach(visit);
  };
  visit(root);
  return found;
}
