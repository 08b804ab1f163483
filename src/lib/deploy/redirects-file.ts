import { matchesPattern } from './path-pattern';

/** One line of a `_redirects` file: where from, where to, and the status code. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

/** Reads a `_redirects` file (`from to [status]` per line, `#` comments; the status defaults to 301). */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([from, to]) => from && to && !from.startsWith('#'))
    .map(([from, to, status]) => ({ from: from!, to: to!, status: Number.parseInt(status ?? '301', 10) }));
}

/** The first rule matching a request path (a trailing slash is optional), with `:splat` in its target filled in. */
export function findRedirect(rules: RedirectRule[], path: string): RedirectRule | undefined {
  const rule = rules.find((r) => matchesPattern(r.from, path));
  if (!rule) return undefined;
  const splat = rule.from.includes('*') ? path.slice(rule.from.indexOf('*')) : '';
  return { ...rule, to: rule.to.replace(':splat', splat) };
}
