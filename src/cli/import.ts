import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { formatImport } from '../lib/import/import-report';
import { runImport } from '../lib/import/run-import';

/**
 * `npm run import -- wordpress <export.xml> [--uploads <folder>] [--tags report|categories]` and
 * `npm run import -- markdown <folder>`, with `--dry-run` (print the plan, write nothing) and `--force`
 * (overwrite files the import did not write or that were edited since). See docs/importing.md.
 */
const USAGE =
  'usage: npm run import -- wordpress <export.xml> [--uploads <folder>] [--tags report|categories] [--dry-run] [--force]\n' +
  '       npm run import -- markdown <folder> [--dry-run] [--force]';

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: 'string' },
      tags: { type: 'string', default: 'report' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { positionals, values } = parsed;
const [source, input, ...extra] = positionals;
if (source !== 'wordpress' && source !== 'markdown')
  fail(`say what to import from: wordpress or markdown (got ${source ?? 'nothing'})`);
if (!input) fail(`give the ${source === 'wordpress' ? 'export file' : 'folder'} to import`);
if (extra.length) fail(`unexpected ${extra.join(' ')}`);
if (values.tags !== 'report' && values.tags !== 'categories')
  fail(`--tags is report or categories (got ${values.tags})`);
if (values.uploads && source !== 'wordpress') fail('--uploads is for WordPress imports');

let lastShown = 0;
try {
  const result = await runImport({
    source,
    input: resolve(input),
    root: process.cwd(),
    uploads: values.uploads ? resolve(values.uploads) : undefined,
    tags: values.tags,
    dryRun: values['dry-run'],
    force: values.force,
    progress: (done, total) => {
      if (total < 50 || (done !== total && Date.now() - lastShown < 1000)) return;
      lastShown = Date.now();
      process.stderr.write(`converting posts: ${done}/${total}\n`);
    },
  });
  console.log(formatImport(result, values['dry-run']));
  if (result.outcomes.some((o) => o.action === 'kept' && o.noun === 'post')) {
    console.log('Some existing posts were left as they are (see "kept" above); --force overwrites them.');
  }
  console.log(
    values['dry-run'] ? 'Dry run: nothing was written.' : 'Next: npm run check, then review the report above.',
  );
} catch (error) {
  console.error(`import: ${(error as Error).message}`);
  process.exitCode = 1;
}
