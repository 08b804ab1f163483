/**
 * `robots.txt`: every crawler may read every page; the sitemap index lists them. Crawlers read it only
 * at the root of a host, so below a base path it says so, allows just that path and is meant to be
 * served as (or merged into) the host's `/robots.txt`.
 */
export function robotsTxt(sitemapUrl: string, base = '/'): string {
  const host = new URL('/robots.txt', sitemapUrl).href;
  const note =
    base === '/'
      ? []
      : [
          `# This site lives below ${base}, but crawlers read robots.txt only at ${host}.`,
          '# Serve this file there, or add these lines to the robots.txt already there.',
        ];
  return [...note, 'User-agent: *', `Allow: ${base}`, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
