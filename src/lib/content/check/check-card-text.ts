import { CARD_TEXT_FIELDS, valuesAt } from '../../seo/og/cards';
import { fontsCover } from '../../seo/og/fonts';
import type { Entry } from './entry';
import { warning, type Problem } from './problem';

/** Collections whose entries may set their own share image (`seo.ogImage`) in place of the card. */
const OWN_IMAGE = new Set<string>(['posts', 'services']);
/** The site card shows the site name and the tagline, or the description when there is no tagline. */
const settingsFields = (settings: Record<string, unknown>) => ['siteName', settings.tagline ? 'tagline' : 'description'];

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
    const fields: readonly string[] | undefined = CARD_TEXT_FIELDS[entry.collection as keyof typeof CARD_TEXT_FIELDS];
    const data = entry.data;
    if (!fields || !data) continue;
    const ownImage = OWN_IMAGE.has(entry.collection);
    if (ownImage && (data.seo as { ogImage?: unknown } | undefined)?.ogImage) continue;
    const fix = ownImage ? `set a 'Custom social image' under SEO, or ${off}` : off;
    for (const path of fields) {
      for (const [field, value] of valuesAt(data, path)) problems.push(...missingGlyphs(entry.file, field, value, fix));
    }
  }
  return problems;
}
