/**
 * Characters XML 1.0 does not allow at all, even escaped: C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. The content check refuses them in every field,
 * but an XML output drops any that slip through (a body, hand-edited content) so the file still parses.
 */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** `text` without the characters XML 1.0 does not allow. */
export const xmlChars = (text: string): string => text.replace(NOT_XML, '');

/** Escapes text for an XML element or attribute, dropping characters XML does not allow. */
export const escapeXml = (text: string): string =>
  xmlChars(text).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
