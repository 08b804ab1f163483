import { fontsCover } from '../../../og/fonts';
import type { Entry } from './entry';
import { warning, type Problem } from './problem';

/**
 * Per collection, the fields its generated share image shows (`src/og/cards.ts`), and whether the
 * entry can replace that image with its own (`seo.ogImage`).
 */
const CARD_FIELDS: Partial<Record<Entry['collection'], { fields: string[]; ownImage: boolean }>> = {
  posts: { fields: ['title'], ownImage: true },
  services: { fields: ['title', 'summary', 'duration'], ownImage: true },
  comparisons: { fields: ['title', 'options[].name'], ownImage: false },
  categories: { fields: ['name', 'description'], ownImage: false },
  authors: { fields: ['name', 'role'], ownImage: false },
};
/** The site card shows the site name and the tagline, or the description when there is no tagline. */
const settingsFields = (settings: Record<string, unknown>) => ['siteName', settings.tagline ? 'tagline' : 'description'];

/** The values at `path` ("options[].name" is every option's name), each with its field name. */
function valuesAt(data: Record<string, unknown>, path: string): [string, unknown][] {
  const [head, rest] = path.split('[].') as [string, string?];
  const value = data[head];
  if (rest === undefined) return [[head, value]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) =>
    item && typeof item === 'object'
      ? valuesAt(item as Record<string, unknown>, rest).map(([field, v]): [string, unknown] => [`${head}[${i}].${field}`, v])
      : [],
  );
}

function missingGlyphs(file: string, field: string, value: unknown, fix: string): Problem[] {
  if (typeof value !== 'string' || fontsCover(value)) return [];
  const lacking = [...new Set([...value].filter((char) => !fontsCover(char)))];
  const shown = lacking.slice(0, 5).join(' ') + (lacking.length > 5 ? ` and ${lacking.length - 5} more` : '');
  return [
    warning(
      file,
      field,
      `the generated share image cannot draw ${shown} (its bundled font has Latin, Greek and Cyrillic letters only) and would show a box for each (${fix})`,
    ),
  ];
}

/**
 * Warnings for text a generated share image would show with characters its font lacks (Chinese,
 * Japanese, Arabic, emoji…): the build draws a box for each, so the editor hears of it here rather
 * than from a reader's link preview.
 */
export function checkCardText(entries: readonly Entry[], settings: Record<string, unknown> | undefined, settingsFile: string): Problem[] {
  if (!settings || settings.ogImages === false) return [];
  const off = "turn off 'Generate social images' in Settings";
  const problems = settingsFields(settings).flatMap((field) => missingGlyphs(settingsFile, field, settings[field], off));
  for (const entry of entries) {
    const spec = CARD_FIELDS[entry.collection];
    const data = entry.data;
    if (!spec || !data) continue;
    if (spec.ownImage && (data.seo as { ogImage?: unknown } | undefined)?.ogImage) continue;
    const fix = spec.ownImage ? `set a 'Custom social image' under SEO, or ${off}` : off;
    for (const path of spec.fields) {
      for (const [field, value] of valuesAt(data, path)) problems.push(...missingGlyphs(entry.file, field, value, fix));
    }
  }
  return problems;
}
