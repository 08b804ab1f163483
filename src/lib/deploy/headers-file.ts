import { cacheRulesBelow } from './cache-rules';
import { matchesPattern } from './path-pattern';

/** One block of a `_headers` file (Netlify, Cloudflare Pages): a path pattern and its headers. */
export interface HeadersRule {
  /** Request path pattern, base path included (`/insights/_astro/*`). */
  path: string;
  /** Header names and values, in file order. */
  headers: [string, string][];
}

/** Reads a `_headers` file: unindented lines are paths, indented `Name: value` lines their headers. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length && line.includes(':')) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Writes `_headers` blocks under a `#` comment line. */
export function renderHeadersFile(comment: string, rules: HeadersRule[]): string {
  const blocks = rules.map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)]);
  return [`# ${comment}`, ...blocks.flat(), ''].join('\n');
}

/**
 * The headers a host sends for a request path: every matching rule applies, and a header set by
 * several rules gets their values joined with `, ` (as Cloudflare Pages does).
 */
export function headersFor(rules: HeadersRule[], path: string): Record<string, string> {
  const found = new Map<string, [string, string]>();
  for (const rule of rules.filter((r) => matchesPattern(r.path, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = found.get(key);
      found.set(key, [before?.[0] ?? name, before ? `${before[1]}, ${value}` : value]);
    }
  }
  return Object.fromEntries(found.values());
}

/** The caching rules as `_headers` blocks, one per path, below `base`. */
export function cacheHeadersRules(base: string): HeadersRule[] {
  return cacheRulesBelow(base).flatMap((rule) =>
    rule.paths.map((path) => ({ path, headers: [['Cache-Control', rule.cacheControl]] as [string, string][] })),
  );
}

/** The headers a `_headers` file sets for every path (its `/*` blocks, merged). */
export const siteWideHeaders = (rules: HeadersRule[]): Record<string, string> =>
  headersFor(
    rules.filter((rule) => rule.path === '/*'),
    '/',
  );
