import { adminPath, CONTENT_TYPES } from '../../content-model/types';
import { collection, fields } from '@keystatic/core';
import { OPTIONS_MAX, OPTIONS_MIN } from '../../schemas/comparison';
import { VERDICTS, selectOptions } from '../../schemas/vocabulary';
import { optional, required, titleSlug } from '../shared';

/** Comparison tables: `content/comparisons/<slug>.yaml`. */
export const comparisons = collection({
  label: 'Comparisons',
  slugField: 'title',
  path: adminPath('comparisons'),
  format: { data: 'yaml' },
  columns: ['title'],
  previewUrl: CONTENT_TYPES.comparisons.url,
  schema: {
    title: titleSlug('Title', 'Shown as the table caption and the page title.'),
    summary: required('Summary', undefined, 'summary'),
    options: fields.array(
      fields.object({
        name: required('Name', undefined, 'label'),
        description: optional('Short description'),
        highlighted: fields.checkbox({ label: 'Highlight this option', defaultValue: false }),
      }),
      {
        label: 'Options (columns)',
        description: `${OPTIONS_MIN} to ${OPTIONS_MAX} options; highlight at most one. Each row below has one cell per option, in this order: after moving, adding or removing an option, move, add or remove the matching cell in every row.`,
        itemLabel: (props) => props.fields.name.value || 'Option',
        validation: { length: { min: OPTIONS_MIN, max: OPTIONS_MAX } },
      },
    ),
    rows: fields.array(
      fields.object({
        criterion: required('Criterion'),
        cells: fields.array(
          fields.object({
            verdict: fields.select({ label: 'Verdict', options: selectOptions(VERDICTS), defaultValue: 'none' }),
            text: optional('Text'),
          }),
          {
            label: 'Cells (one per option, in option order)',
            itemLabel: (props) => `${props.fields.verdict.value}: ${props.fields.text.value}`,
          },
        ),
      }),
      {
        label: 'Rows (criteria)',
        itemLabel: (props) => props.fields.criterion.value || 'Criterion',
        validation: { length: { min: 1 } },
      },
    ),
    footnote: optional('Footnote or source', undefined, 'summary'),
  },
});
