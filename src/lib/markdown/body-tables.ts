import type { HastPluginDefinition } from 'satteri';

/**
 * The accessible name of a body table's scroll frame: "Table: " and its column headings, so a screen
 * reader's region list tells two tables on one page apart.
 */
export function tableLabel(headings: readonly string[]): string {
  const named = headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return named.length > 0 ? `Table: ${named.join(', ')}` : 'Table';
}

/** The GFM column alignment a cell's style attribute carries, if any. */
export function alignment(style: unknown): 'left' | 'center' | 'right' | undefined {
  const match = /text-align:\s*(left|center|right)/.exec(typeof style === 'string' ? style : '');
  return match ? (match[1] as 'left' | 'center' | 'right') : undefined;
}

/**
 * A Sätteri hast plugin for Markdown tables in bodies (a `<Comparison>` is a component, not a `<table>`
 * here, and keeps its own frame): each table is wrapped in a frame that scrolls sideways on a narrow
 * screen (`.table-scroll`, a named region and a keyboard stop, so it can be scrolled with the arrow
 * keys), and its header cells get `scope="col"`.
 */
export function bodyTables(): HastPluginDefinition {
  return {
    name: 'quire:body-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const headings: string[] = [];
        type Parent = typeof node;
        const visitCells = (parent: Parent, inHead: boolean): void => {
          for (const child of parent.children) {
            if (child.type !== 'element') continue;
            if (child.tagName === 'th' || child.tagName === 'td') {
              // GFM alignment arrives as an inline style, which the Content-Security-Policy blocks:
              // it becomes a data attribute the stylesheet aligns by (left is the default).
              const align = alignment(child.properties?.style);
              if (align !== undefined) {
                ctx.setProperty(child, 'style', undefined);
                if (align !== 'left') ctx.setProperty(child, 'dataAlign', align);
              }
              if (inHead && child.tagName === 'th') {
                headings.push(ctx.textContent(child));
                if (child.properties?.scope === undefined) ctx.setProperty(child, 'scope', 'col');
              }
            } else visitCells(child, inHead || child.tagName === 'thead');
          }
        };
        visitCells(node, false);
        ctx.wrapNode(node, {
          type: 'element',
          // A named section is a region landmark, as the comparison tables' frame is.
          tagName: 'section',
          properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableLabel(headings) },
          children: [],
        });
      },
    },
  };
}
