import { performance } from 'node:perf_hooks';
import { checkContent, formatReport, hasErrors } from '../lib/content/check';

/**
 * `npm run check`: validates everything in `content/` without building, prints every problem as
 * `file: field: what is wrong (how to fix it)` and exits 1 on any error. QUIRE_SHOW_UNPUBLISHED=true
 * checks as a staging build, where drafts and scheduled posts are live.
 */
const started = performance.now();
const { problems, files } = checkContent(process.cwd(), {
  showUnpublished: process.env.QUIRE_SHOW_UNPUBLISHED === 'true',
});
console.log(formatReport(problems, files));
console.log(`(${Math.round(performance.now() - started)} ms)`);
process.exitCode = hasErrors(problems) ? 1 : 0;
