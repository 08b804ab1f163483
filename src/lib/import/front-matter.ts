import { load } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';

/** A Markdown file split into its front matter (YAML `---` or TOML `+++`, as Hugo allows) and its body. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Lines the front matter took, so body line numbers can be told. */
  offset: number;
}

/** Splits and parses; a front matter that cannot be read fails with the file's name and the parser's message. */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fence = source.startsWith('---\n') ? '---' : source.startsWith('+++\n') ? '+++' : undefined;
  if (!fence) return { data: {}, body: source, offset: 0 };
  const end = source.indexOf(`\n${fence}`, 3);
  if (end < 0)
    throw new Error(`${file}: the front matter opened with ${fence} is never closed (add a ${fence} line after it)`);
  const raw = source.slice(4, end + 1);
  const after = source.indexOf('\n', end + 1);
  const body = after < 0 ? '' : source.slice(after + 1);
  let data: unknown;
  try {
    data = fence === '---' ? load(raw) : parseToml(raw);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new Error(`${file}: front matter (${fence === '---' ? 'YAML' : 'TOML'}) cannot be read: ${message}`);
  }
  if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new Error(`${file}: front matter is not a set of fields (write it as key: value lines)`);
  }
  return { data: (data ?? {}) as Record<string, unknown>, body, offset: raw.split('\n').length + 1 };
}

/** The first of `keys` that is set, as text. */
export function textOf(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** A list of texts: a YAML/TOML list, or Jekyll's space-separated (or comma-separated) text. */
export function listOf(data: Record<string, unknown>, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const value = data[key];
    if (Array.isArray(value))
      out.push(...value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String));
    else if (typeof value === 'string') out.push(...(value.includes(',') ? value.split(',') : value.split(/\s+/)));
  }
  return [...new Set(out.map((v) => v.trim()).filter(Boolean))];
}

/** Names: a list, or one text (commas separate several; spaces do not, a name has them). */
export function namesOf(data: Record<string, unknown>, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const value = data[key];
    if (Array.isArray(value)) out.push(...value.filter((v) => typeof v === 'string').map(String));
    else if (typeof value === 'string') out.push(...value.split(','));
  }
  return [...new Set(out.map((v) => v.trim()).filter(Boolean))];
}

/** A day (`YYYY-MM-DD`, UTC) from a YAML/TOML date, a date-time text, or a day text; undefined when there is none. */
export function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // Jekyll writes `2023-11-07 08:30:00 +0100`: made ISO 8601 (`2023-11-07T08:30:00+01:00`).
  const iso = text.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2').replace(/\s*([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

/** Whether a front matter value says yes (`true`, `"true"`, `yes`). */
export const truthy = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && /^(true|yes)$/i.test(value.trim()));
