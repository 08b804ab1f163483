import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { alignment, bodyTables, tableLabel } from '../../src/lib/markdown/body-tables';

const html = (markdown: string): string =>
  (markdownToHtml(markdown, { hastPlugins: [bodyTables()] }) as { html: string }).html;

describe('body tables', () => {
  it('frames a GFM table in a named section with column headers and no inline style', () => {
    const out = html(
      ['| When | Choose | Cost |', '| :--- | :---: | ---: |', '| Soon | An audit | $9,000 |'].join('\n'),
    );
    expect(out).toContain('<section class="table-scroll" tabindex="0" aria-label="Table: When, Choose, Cost"><table>');
    expect(out).toContain('<th scope="col">When</th>');
    expect(out).toContain('<th data-align="center" scope="col">Choose</th>');
    expect(out).toContain('<td data-align="right">$9,000</td>');
    expect(out).not.toContain('style=');
    expect(out.trim().endsWith('</table></section>')).toBe(true);
  });

  it('leaves a body without tables alone', () => {
    expect(html('Just a paragraph.')).not.toContain('table-scroll');
  });

  it('names a frame by its column headings, or just "Table"', () => {
    expect(tableLabel(['  Situation ', '', 'Start\nwith'])).toBe('Table: Situation, Start with');
    expect(tableLabel([])).toBe('Table');
    expect(alignment('text-align:right')).toBe('right');
    expect(alignment(undefined)).toBeUndefined();
  });
});
