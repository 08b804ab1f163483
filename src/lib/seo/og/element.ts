/** A node satori draws: an element made of a tag, its style and children, or text. */
export type OgNode = OgElement | string | number | null | undefined | false;

/** The element shape satori reads (the shape React elements have), built without React. */
export interface OgElement {
  type: string;
  key: null;
  props: { style?: Record<string, string | number>; children?: OgNode | OgNode[] };
}

/** Builds an element: `h('div', { display: 'flex' }, 'text', h(...))`. */
export function h(type: string, style: Record<string, string | number>, ...children: OgNode[]): OgElement {
  const kept = children.filter((child) => child !== null && child !== undefined && child !== false);
  return { type, key: null, props: { style, children: kept.length === 1 ? kept[0] : kept } };
}
