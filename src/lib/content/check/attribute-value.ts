import { parseExpressionAt, type Expression } from 'acorn';

/** A prop value as the admin writes it: text, or a literal list of texts (`faqs={["a", "b"]}`). */
export type LiteralValue = string | number | boolean | LiteralValue[];

function literal(node: Expression): LiteralValue | undefined {
  if (node.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof node.value)) {
    return node.value as string | number | boolean;
  }
  if (node.type === 'ArrayExpression') {
    const items = node.elements.map((item) => (item && item.type !== 'SpreadElement' ? literal(item) : undefined));
    return items.every((item) => item !== undefined) ? (items as LiteralValue[]) : undefined;
  }
  return undefined;
}

/** Reads `{...}` in a prop as a literal value; `undefined` when it is code (a call, a variable, a function...). */
export function readLiteral(source: string): LiteralValue | undefined {
  try {
    const node = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    if (source.slice(node.end).trim() !== '') return undefined;
    return literal(node as Expression);
  } catch {
    return undefined;
  }
}
