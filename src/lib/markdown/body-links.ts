import type { HastPluginDefinition } from 'satteri';
import { isExternal } from '../urls';

/**
 * A Sätteri hast plugin for Markdown and MDX bodies: links to other sites get `rel="noopener"`
 * (kept with any rel they had), and site paths such as `/journal/x/` get the base path, so bodies
 * link correctly when the site is served below one (`/insights/journal/x/`).
 */
export function bodyLinks(options: { base: string }): HastPluginDefinition {
  const prefix = options.base.replace(/\/$/, '');
  return {
    name: 'quire:body-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        if (isExternal(href)) {
          const rel: unknown = node.properties?.rel;
          const current = Array.isArray(rel)
            ? rel.map(String)
            : String(rel ?? '')
                .split(/\s+/)
                .filter(Boolean);
          if (!current.includes('noopener')) ctx.setProperty(node, 'rel', [...current, 'noopener']);
        } else if (prefix && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
          ctx.setProperty(node, 'href', `${prefix}${href}`);
        }
      },
    },
  };
}
