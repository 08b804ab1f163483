import { formatProblem, type Problem } from './problem';

/** The report printed by `npm run check` and the build: errors, then warnings, one line each. */
export function formatReport(problems: Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lines = [`Content check: ${count(files, 'file')}, ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}`];
  if (errors.length) lines.push('', 'Errors:', ...errors.map(formatProblem));
  if (warnings.length) lines.push('', 'Warnings:', ...warnings.map(formatProblem));
  return lines.join('\n');
}

/** Whether any problem is an error (the check then fails). */
export const hasErrors = (problems: Problem[]): boolean => problems.some((p) => p.severity === 'error');
