import type { z } from 'astro/zod';

/** Writes a zod issue path the way an editor reads it: `rows[1].cells`, `hero.alt`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Each issue as the field it concerns and what is wrong; an unknown field is named as the field itself. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): { field: string; message: string }[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: formatPath([...issue.path, key]),
        message: 'unknown field (remove it or check the spelling)',
      }));
    }
    const field = formatPath(issue.path) || '(entry)';
    return [{ field, message: friendlyMessage(issue, field) }];
  });
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
    return `${file}: ${field}: ${friendlyMessage(issue, field)}`;
  });
}

const KINDS: Record<string, string> = {
  boolean: 'true or false',
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** Zod's own wording ("Invalid input: expected boolean, received string") rewritten for an editor. */
function friendlyMessage(issue: z.core.$ZodIssue, field: string): string {
  const received = /^Invalid input: expected \w+, received (\w+)$/.exec(issue.message)?.[1];
  if (issue.code !== 'invalid_type' || !received) return issue.message;
  if (received === 'undefined') return `${field} is required`;
  const expected = KINDS[issue.expected] ?? issue.expected;
  return `${field} must be ${expected}, not ${KINDS[received] ?? received} (check the value in the admin)`;
}

/** Parses `input` with `schema`, or throws one error listing every problem with its file and field. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(formatIssues(result.error.issues, file).join('\n'));
}
