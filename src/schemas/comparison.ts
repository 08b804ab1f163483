import { z } from 'astro/zod';
import { optionalText, requiredText } from './shared';
import { VERDICTS } from './vocabulary';

/** Bounds on the number of option columns in a comparison. */
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 5;

const option = z
  .object({
    /** Column heading. */
    name: requiredText('options[].name', 'label'),
    /** One short line under the heading. */
    description: optionalText('options[].description'),
    /** Marks the recommended option (at most one per table; default: false). */
    highlighted: z.boolean().default(false),
  })
  .strict();

const cell = z
  .object({
    /** yes / partial / no, or none for a text-only cell (default: none). */
    verdict: z.enum(VERDICTS, { error: `verdict must be one of: ${VERDICTS.join(', ')}` }).default('none'),
    /** Short text shown in the cell. */
    text: optionalText('cells[].text'),
  })
  .strict();

const row = z
  .object({
    /** What this row compares. */
    criterion: requiredText('rows[].criterion'),
    /** One cell per option, in option order. */
    cells: z.array(cell),
  })
  .strict();

/** A comparison table (`content/comparisons/<slug>.yaml`), embeddable in posts and with its own page. */
export const comparisonSchema = () =>
  z
    .object({
      /** Table caption and page title; its slug is the file name. */
      title: requiredText('title'),
      /** One or two sentences on what is compared, for whom. */
      summary: requiredText('summary', 'summary'),
      /** The option columns, 2 to 5. */
      options: z
        .array(option)
        .min(OPTIONS_MIN, { error: `add at least ${OPTIONS_MIN} options` })
        .max(OPTIONS_MAX, { error: `use at most ${OPTIONS_MAX} options` }),
      /** Criteria rows, each with one cell per option. */
      rows: z.array(row).min(1, { error: 'add at least one row' }),
      /** Footnote or source line under the table (optional). */
      footnote: optionalText('footnote', 'summary'),
    })
    .strict()
    .superRefine((table, ctx) => {
      const highlighted = table.options.filter((o) => o.highlighted).length;
      if (highlighted > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `${highlighted} options are highlighted (highlight at most one)`,
        });
      }
      table.rows.forEach((r, index) => {
        if (r.cells.length !== table.options.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'cells'],
            message: `row "${r.criterion}" has ${r.cells.length} cells for ${table.options.length} options (add or remove cells so there is one per option)`,
          });
        }
      });
    });
