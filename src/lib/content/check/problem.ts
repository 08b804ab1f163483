/** How serious a problem is: errors stop `npm run check` and the build, warnings are only shown. */
export type Severity = 'error' | 'warning';

/** One thing wrong with the content, located by file and field. */
export interface Problem {
  /** Stops the build (`error`) or is only reported (`warning`). */
  severity: Severity;
  /** Path of the file from the project root, e.g. `content/journal/x.mdx`. */
  file: string;
  /** Field, or where in the body: `hero.alt`, `body (line 12)`. */
  field: string;
  /** What is wrong, with how to fix it in parentheses. */
  message: string;
}

/** An error at `file: field`. */
export const error = (file: string, field: string, message: string): Problem => ({
  severity: 'error',
  file,
  field,
  message,
});

/** A warning at `file: field`. */
export const warning = (file: string, field: string, message: string): Problem => ({
  severity: 'warning',
  file,
  field,
  message,
});

/** The line a person reads: `file: field: what is wrong (how to fix it)`. */
export const formatProblem = (p: Problem): string => `${p.file}: ${p.field}: ${p.message}`;
