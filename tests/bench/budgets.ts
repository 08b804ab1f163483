import type { SizeResult } from './results';

/** One budget of issue 7, checked against a run. */
export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
}

const ratio = (a: number, b: number) => a / b;
const x = (value: number) => `${value.toFixed(2)}x`;

/** Checks the budgets that one benchmark size can show. */
export function sizeBudgets(result: SizeResult): BudgetCheck[] {
  const { posts, site, reference } = result;
  const cold = ratio(site.cold.ms, reference.cold.ms);
  const warm = ratio(site.warm.ms, reference.warm.ms);
  const article = site.article;
  const htmlCss = article.html.gzip + article.css.gzip;
  const at = `(${posts} posts)`;
  return [
    { name: `cold build vs reference ${at}`, limit: '<= 1.50x', measured: x(cold), pass: cold <= 1.5 },
    { name: `warm rebuild vs reference ${at}`, limit: '<= 1.10x', measured: x(warm), pass: warm <= 1.1 },
    {
      name: `share images redrawn, warm ${at}`,
      limit: '0',
      measured: String(site.warm.og?.drawn ?? 'n/a'),
      pass: site.warm.og?.drawn === 0,
    },
    {
      name: `share images redrawn, one post edited ${at}`,
      limit: '1',
      measured: String(site.edit.og?.drawn ?? 'n/a'),
      pass: site.edit.og?.drawn === 1,
    },
    {
      name: `peak memory ${at}`,
      limit: '< 2048 MB',
      measured: site.peakMb === undefined ? 'n/a' : `${site.peakMb} MB`,
      pass: site.peakMb !== undefined && site.peakMb < 2048,
    },
    {
      name: `article: framework JavaScript ${at}`,
      limit: 'none',
      measured: article.frameworkScripts.length ? article.frameworkScripts.join(' ') : 'none',
      pass: article.frameworkScripts.length === 0,
    },
    {
      name: `article: HTML + CSS gzipped ${at}`,
      limit: '< 30 KB',
      measured: `${(htmlCss / 1024).toFixed(1)} KB`,
      pass: htmlCss < 30 * 1024,
    },
    {
      name: `article: font files ${at}`,
      limit: '<= 2',
      measured: String(article.fonts.length),
      pass: article.fonts.length <= 2,
    },
  ];
}

/** Linear growth: ms per page at the largest size at most 1.2x ms per page at the smallest. */
export function growthBudget(results: SizeResult[]): BudgetCheck | undefined {
  if (results.length < 2) return undefined;
  const sorted = [...results].sort((a, b) => a.posts - b.posts);
  const small = sorted[0]!;
  const large = sorted.at(-1)!;
  const growth = ratio(large.site.msPerPage, small.site.msPerPage);
  return {
    name: `ms per page, ${large.posts} vs ${small.posts} posts`,
    limit: '<= 1.20x',
    measured: x(growth),
    pass: growth <= 1.2,
  };
}

/** Every budget a run can check. */
export const allBudgets = (results: SizeResult[]): BudgetCheck[] => [
  ...results.flatMap(sizeBudgets),
  ...[growthBudget(results)].filter((b): b is BudgetCheck => b !== undefined),
];
