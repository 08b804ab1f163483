import { Parser } from 'htmlparser2';

/** An element of a built page: its tag, attributes (lower-case names) and, for script/style, its text. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

/** Elements whose text content the checks read (inline code for the Content-Security-Policy). */
const RAW_TEXT = new Set(['script', 'style']);

/**
 * Every element of an HTML document, in document order, from htmlparser2's streaming tokenizer: no
 * tree is built, which keeps reading thousands of built pages cheap (entities in attributes and text
 * are decoded, as a browser does).
 */
export function htmlElements(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  let raw: HtmlElement | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element = { tag: name, attrs: attribs, text: '' };
        out.push(element);
        raw = RAW_TEXT.has(name) ? element : undefined;
      },
      ontext(text) {
        if (raw) raw.text += text;
      },
      onclosetag() {
        raw = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return out;
}
