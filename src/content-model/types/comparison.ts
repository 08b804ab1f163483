import { contentType } from '../content-type';
import { checkbox, group, list, select, slugTitle, text } from '../fields';
import { LABELS, VERDICTS } from '../vocabulary';

/** Bounds on the number of option columns in a comparison. */
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 5;

/** Comparison tables (`content/comparisons/<slug>.yaml`), embeddable in bodies and with a page of their own. */
export const comparisons = contentType({
  label: 'Comparisons',
  noun: 'comparison',
  folder: 'content/comparisons',
  extension: '.yaml',
  url: '/compare/{slug}/',
  ownPage: true,
  slugField: 'title',
  columns: ['title'],
  fields: {
    title: slugTitle('Title', 'Shown as the table caption and the page title.'),
    summary: text('Summary', { kind: 'summary', required: true }),
    options: list(
      'Options (columns)',
      group(
        undefined,
        {
          name: text('Name', { kind: 'label', required: true }),
          description: text('Short description'),
          highlighted: checkbox('Highlight this option'),
        },
        'required',
      ),
      {
        description: `${OPTIONS_MIN} to ${OPTIONS_MAX} options; highlight at most one. Each row below has one cell per option, in this order: after moving, adding or removing an option, move, add or remove the matching cell in every row.`,
        itemLabel: (option) => option.name || 'Option',
        min: OPTIONS_MIN,
        max: OPTIONS_MAX,
        tooFew: `add at least ${OPTIONS_MIN} options`,
        tooMany: `use at most ${OPTIONS_MAX} options`,
      },
    ),
    rows: list(
      'Rows (criteria)',
      group(
        undefined,
        {
          criterion: text('Criterion', { kind: 'title', required: true }),
          cells: list(
            'Cells (one per option, in option order)',
            group(undefined, { verdict: select('Verdict', VERDICTS, 'none'), text: text('Text') }, 'required'),
            { itemLabel: (cell) => `${LABELS[cell.verdict] ?? cell.verdict}: ${cell.text ?? ''}` },
          ),
        },
        'required',
      ),
      { itemLabel: (row) => row.criterion || 'Criterion', min: 1, tooFew: 'add at least one row' },
    ),
    footnote: text('Footnote or source', { kind: 'summary' }),
  },
  refine: (table, ctx) => {
    const highlighted = table.options.filter((o) => o.highlighted).length;
    if (highlighted > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `${highlighted} options are highlighted (highlight at most one)`,
      });
    }
    table.rows.forEach((row, index) => {
      if (row.cells.length !== table.options.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'cells'],
          message: `row "${row.criterion}" has ${row.cells.length} cells for ${table.options.length} options (add or remove cells so there is one per option)`,
        });
      }
    });
  },
});
