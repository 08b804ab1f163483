import { TEXT_KINDS, type TextKind } from '../../content-model/vocabulary';

/**
 * Text from another system made to fit a Quire text field: control, bidi-override and other characters
 * the fields refuse removed, white space collapsed (line breaks kept in multi-line kinds), and cut at a
 * word boundary with "…" when longer than the field allows.
 */
const REFUSED =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** `value` on one line, at most `max` characters. */
export function oneLine(value: string, max: number): string {
  return cut(
    value
      .replace(/\r\n?/g, '\n')
      .replace(/[\t\n]/g, ' ')
      .replace(REFUSED, '')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
}

/** `value` fitted to a text field of `kind`. */
export function fitText(value: string, kind: TextKind): string {
  const { max, multiline } = TEXT_KINDS[kind];
  if (!multiline) return oneLine(value, max);
  const cleaned = value
    .replace(/\r\n?/g, '\n')
    .replace(REFUSED, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cut(cleaned, max);
}

/** Cut at the last space that leaves room for "…". */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const room = value.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.-]+$/, '')}…`;
}
