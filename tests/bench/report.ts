import type { BudgetCheck } from './budgets';
import type { Machine, SiteResult, SizeResult } from './results';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const og = (run: SiteResult['cold']) => (run.og ? `${run.og.drawn} / ${run.og.cached} / ${run.og.kept}` : 'n/a');
const memory = (value?: number) => (value === undefined ? 'n/a' : `${value} MB`);

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The line that says what the builds ran on. */
export const machineLine = ({ cores, pinnedTo, loadAverage }: Machine): string =>
  `Machine: ${cores} cores${pinnedTo ? `, every build pinned to ${pinnedTo}` : ''}; load average at the start ${loadAverage.join(', ')}.`;

/** The benchmark's results as Markdown: the machine, one row per size and site, then the article page and the budgets. */
export function formatReport(results: SizeResult[], budgets: BudgetCheck[], machine?: Machine): string {
  const builds = markdownTable(
    [
      'posts',
      'site',
      'cold',
      'warm',
      'one post edited',
      'ms/page',
      'OG drawn / cached / kept (cold, warm, edit)',
      'peak RSS',
      'dist/',
      'HTML pages',
    ],
    results.flatMap(({ posts, site, reference }) =>
      (
        [
          ['Quire', site],
          ['reference', reference],
        ] as const
      ).map(([name, r]) => [
        String(posts),
        name,
        seconds(r.cold.ms),
        seconds(r.warm.ms),
        seconds(r.edit.ms),
        r.msPerPage.toFixed(1),
        r.cold.og ? `${og(r.cold)}, ${og(r.warm)}, ${og(r.edit)}` : 'n/a',
        memory(r.peakMb),
        mb(r.distBytes),
        String(r.htmlPages),
      ]),
    ),
  );
  const pages = markdownTable(
    ['posts', 'HTML raw / gz', 'CSS raw / gz', 'JS raw / gz', 'inline scripts', 'fonts'],
    results.map(({ posts, site: { article: a } }) => [
      String(posts),
      `${kb(a.html.raw)} / ${kb(a.html.gzip)}`,
      `${kb(a.css.raw)} / ${kb(a.css.gzip)}`,
      `${kb(a.js.raw)} / ${kb(a.js.gzip)}`,
      String(a.inlineScripts),
      String(a.fonts.length),
    ]),
  );
  const checks = markdownTable(
    ['budget', 'limit', 'measured', 'result'],
    budgets.map((b) => [b.name, b.limit, b.measured, b.pass ? 'pass' : '**FAIL**']),
  );
  return `## Builds\n\n${machine ? `${machineLine(machine)}\n\n` : ''}${builds}\n\n## Article page\n\n${pages}\n\n## Budgets\n\n${checks}\n`;
}
