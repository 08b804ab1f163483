/** Attribute of an element that only repeats, for small screens, what another element says. */
export const FEED_OMIT = 'data-feed-omit';

/** Removes every element whose opening tag carries `FEED_OMIT`, with its content (nested tags of its name counted). */
function omitMarked(html: string): string {
  const marked = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\s${FEED_OMIT}\\b[^>]*>`, 'i');
  let out = html;
  for (let found = marked.exec(out); found; found = marked.exec(out)) {
    const tag = new RegExp(`<(/?)${found[1]}\\b[^>]*>`, 'gi');
    tag.lastIndex = found.index + found[0].length;
    let depth = 1;
    let end = out.length;
    for (let next = tag.exec(out); next; next = tag.exec(out)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    out = out.slice(0, found.index) + out.slice(end);
  }
  return out;
}

/**
 * Makes a rendered article body fit for a feed reader: scripts, styles, `<template>`s, heading
 * self-links and the elements marked `FEED_OMIT` (a comparison's phone cards, which repeat its table)
 * removed (readers run no scripts and have no styles to hide them), and every site-relative
 * `href`, `src` and `srcset` made absolute (`#fragment` links point into the article's page) so links
 * and images work outside the site.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const absolute = (url: string) => {
    if (url.startsWith('#')) return `${pageUrl}${url}`;
    return url.startsWith('/') && !url.startsWith('//') ? new URL(url, pageUrl).href : url;
  };
  return omitMarked(html)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<a\b[^>]*\bclass="heading-anchor"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/\s(href|src)="([^"]*)"/g, (_, name: string, url: string) => ` ${name}="${absolute(url)}"`)
    .replace(/\ssrcset="([^"]*)"/g, (_, set: string) => {
      const items = set.split(',').map((item) => {
        const [url = '', ...descriptor] = item.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(' ');
      });
      return ` srcset="${items.join(', ')}"`;
    });
}
