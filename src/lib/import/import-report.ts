import type { ImportResult } from './run-import';

const VERB = {
  new: 'new',
  updated: 'updated (source changed)',
  unchanged: 'unchanged',
  kept: 'kept (exists; not overwritten)',
  overwritten: 'overwritten (--force)',
  reused: 'exists; used as it is',
} as const;

/**
 * The import's report: per post what was imported, converted and dropped and why, then the other
 * files by what happened to them, then notes about the whole source and a count.
 */
export function formatImport({ plan, outcomes }: ImportResult, dryRun: boolean): string {
  const lines: string[] = [];
  const would = dryRun ? 'would be ' : '';
  for (const outcome of outcomes.filter((o) => o.noun === 'post')) {
    lines.push(`${outcome.path}: ${would}${VERB[outcome.action]}${outcome.source ? ` <- ${outcome.source}` : ''}`);
    for (const line of outcome.report ?? []) lines.push(`  ${line.kind}: ${line.message}`);
  }
  const others = outcomes.filter((o) => o.noun !== 'post' && o.action !== 'unchanged');
  if (others.length) lines.push('', 'Other files:');
  for (const outcome of others) lines.push(`  ${outcome.path}: ${would}${VERB[outcome.action]}`);
  if (plan.notes.length) lines.push('', 'Notes:');
  for (const note of plan.notes) lines.push(`  ${note.kind}: ${note.message}`);
  const count = (action: keyof typeof VERB) => outcomes.filter((o) => o.action === action).length;
  lines.push(
    '',
    `${plan.posts.length} posts, ${plan.authors.length} authors, ${plan.categories.length} categories, ${plan.faqs.length} FAQs, ${plan.images.length} images: ` +
      `${count('new')} new, ${count('updated')} updated, ${count('overwritten')} overwritten, ${count('unchanged')} unchanged, ${count('kept')} kept` +
      (count('reused') ? `, ${count('reused')} existing authors or categories used` : ''),
  );
  return lines.join('\n');
}
