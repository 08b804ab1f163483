/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` become `\u003c`-style
 * escapes (still the same JSON), so no text an editor types can close the script element or open a
 * comment in it; U+2028 and U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
