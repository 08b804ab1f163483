import { cacheRulesBelow, REVALIDATE } from './cache-rules';
import { patternRegExp } from './path-pattern';
import type { RedirectRule } from './redirects-file';

/** What an nginx server block for a built site needs to know. */
export interface NginxSite {
  /** Base path the site was built for (`/`, `/insights/`). */
  base: string;
  /** `server_name`, the site's host name. */
  serverName: string;
  /** Folder that holds the site at its base path: `<root><base>index.html` is the home page. */
  root: string;
  /** `listen` address; default `80`. */
  listen?: string;
  /** Headers every response carries (the security headers of the build). */
  headers: Record<string, string>;
  /** Redirects to answer (the rules of the build's `_redirects`). */
  redirects: RedirectRule[];
}

const quote = (value: string) => `"${value.replace(/"/g, '\\"')}"`;
/** A host path pattern as a PCRE for nginx (slashes unescaped). */
const regex = (pattern: string) => patternRegExp(pattern).source.replace(/\\\//g, '/');
/** Whether a `_redirects` source is one exact path (no `*` or `:placeholder`). */
const isExact = (path: string) => !/[*:]/.test(path);

/**
 * An nginx `map` and `server` block (for the `http` context, e.g. `/etc/nginx/conf.d/quire.conf`)
 * serving a built site as the CDN files describe it: clean URLs, `404.html` with status 404, the
 * caching rules, the given headers and redirects, and robots.txt at the host root.
 */
export function nginxConf(site: NginxSite): string {
  const { base } = site;
  const cache = cacheRulesBelow(base).flatMap((rule) => [
    `    # ${rule.name}`,
    ...rule.paths.map((path) => `    ${quote(`~${regex(path)}`)} ${quote(rule.cacheControl)};`),
  ]);
  const redirects = site.redirects.map(({ from, to, status }) =>
    isExact(from)
      ? `    location = ${from} { return ${status} ${to}; }`
      : `    # not converted (a pattern): ${from} ${to} ${status}`,
  );
  const robots =
    base === '/'
      ? []
      : [
          '    # Crawlers read robots.txt only at the host root.',
          `    location = /robots.txt { try_files ${base}robots.txt =404; }`,
        ];
  return [
    'map $uri $quire_cache_control {',
    `    default ${quote(REVALIDATE)};`,
    ...cache,
    '}',
    '',
    'server {',
    `    listen ${site.listen ?? '80'};`,
    `    server_name ${site.serverName};`,
    `    root ${site.root.replace(/\/$/, '')};`,
    '    index index.html;',
    '    charset utf-8;',
    '    absolute_redirect off;',
    `    error_page 404 ${base}404.html;`,
    '',
    '    add_header Cache-Control $quire_cache_control always;',
    ...Object.entries(site.headers).map(([name, value]) => `    add_header ${name} ${quote(value)} always;`),
    '',
    `    location ${base} {`,
    '        try_files $uri $uri/ =404;',
    '    }',
    `    location = ${base}_headers { return 404; }`,
    `    location = ${base}_redirects { return 404; }`,
    ...robots,
    ...redirects,
    '}',
    '',
  ].join('\n');
}
