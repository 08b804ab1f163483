/** Runs of white space and control characters: line feeds, carriage returns, U+2028/2029, NEL, tabs... */
const BREAKS = /[\s\p{Cc}]+/gu;
/** Invisible characters that only reorder or hide text: bidi controls and noncharacters. */
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/gu;
/** What starts a Markdown block when it begins a line: a heading, a quote, a list item, a table, a rule. */
const BLOCK_START = /^[#>+\-*=|~:]/;

/**
 * Text an editor typed (a title, a name, a description) as one line of Markdown that says only what it
 * says, in llms.txt and the Markdown copies: white space and control characters collapse to single
 * spaces, so it can never start a line of its own; `\`, `` ` ``, `[`, `]`, `<` and `>` are escaped, so it
 * cannot open a link, an image, code, an autolink or HTML; and a leading `#`, `>`, `-`, list number and
 * the like is escaped, so the line it starts (or a quote it fills) is not a heading or a list.
 */
export function markdownText(text: string): string {
  const line = text.replace(HIDDEN, '').replace(BREAKS, ' ').trim();
  return line
    .replace(/[\\`[\]<>]/g, '\\$&')
    .replace(BLOCK_START, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link destination for Markdown: parentheses and white space escaped or encoded so the link cannot end early. */
export const markdownUrl = (url: string): string =>
  url.replace(/[\s\p{Cc}]/gu, (c) => encodeURIComponent(c)).replace(/[\\()<>]/g, '\\$&');
