/**
 * Makes a rendered article body fit for a feed reader: scripts, styles, `<template>`s and heading
 * self-links removed (readers run no scripts and have no styles to hide them), and every site-relative
 * `href`, `src` and `srcset` made absolute (`#fragment` links point into the article's page) so links
 * and images work outside the site.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const absolute = (url: string) => {
    if (url.startsWith('#')) return `${pageUrl}${url}`;
    return url.startsWith('/') && !url.startsWith('//') ? new URL(url, pageUrl).href : url;
  };
  return html
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
