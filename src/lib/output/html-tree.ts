import { Parser } from 'htmlparser2';

/** An element of a built page: its tag, attributes (lower-case names) and, for script/style, its text. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  /** Whether the element opens before the document's `</head>` (every element, when there is none). */
  inHead: boolean;
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
  let headClosed = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element = { tag: name, attrs: attribs, text: '', inHead: !headClosed };
        out.push(element);
        raw = RAW_TEXT.has(name) ? element : undefined;
      },
      ontext(text) {
        if (raw) raw.text += text;
      },
      onclosetag(name, implied) {
        raw = undefined;
        if (name === 'head' && !implied) headClosed = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  // A document without `</head>` is read whole for head tags, as a crawler falls back to doing.
  if (!headClosed) for (const element of out) element.inHead = true;
  return out;
}
