/**
 * A regular expression for a host path pattern as `_headers` and `_redirects` write them: `*` matches
 * the rest of the path (including `/`), `:name` one segment, and a trailing slash is optional.
 */
export function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/\/$/, '')
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}/?$`);
}

/** Whether a request path matches a host path pattern (see `patternRegExp`). */
export const matchesPattern = (pattern: string, path: string): boolean => patternRegExp(pattern).test(path);
