import type { z } from 'astro/zod';

/** Writes a zod issue path the way an editor reads it: `rows[1].cells`, `hero.alt`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** One line per problem: `file: field: what is wrong (how to fix it)`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], file: string): string[] {
  return issues.map((issue) => {
    const field = formatPath(issue.path) || '(entry)';
    if (issue.code === 'unrecognized_keys') {
      return `${file}: ${field ? `${field}: ` : ''}unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (remove them or check the spelling)`.replace(
        '(entry): ',
        '',
      );
    }
    return `${file}: ${field}: ${issue.message}`;
  });
}

/** Parses `input` with `schema`, or throws one error listing every problem with its file and field. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(formatIssues(result.error.issues, file).join('\n'));
}
