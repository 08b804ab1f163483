import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { describeIssues } from '../friendly-errors';
import { blockSchemas, type BlockName } from '../../../schemas/blocks';
import { BODY_FORBIDDEN, characterProblem } from '../../../schemas/vocabulary';
import { readLiteral, type LiteralValue } from './attribute-value';
import { error, type Problem } from './problem';
import { bodyLinkProblem, unsafeUrl } from './url-safety';

/** A link or image source found in a body, with where it was written. */
export interface BodyUrl {
  url: string;
  /** `body (line 12)` or `body (line 12) <CallToAction href>`. */
  field: string;
  /** Alt text, for images. */
  alt?: string;
}

/** What the check needs to know about one MDX body. */
export interface BodyFacts {
  problems: Problem[];
  links: BodyUrl[];
  images: BodyUrl[];
  /** Ids of the body's headings, as Astro gives them. */
  anchors: Set<string>;
}

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const BLOCK_NAMES = Object.keys(blockSchemas).sort();
const DANGEROUS_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed'];
/** Props that hold a link or an image path, per block. */
const URL_PROPS: Record<string, { prop: string; kind: 'links' | 'images' }> = {
  CallToAction: { prop: 'href', kind: 'links' },
  Figure: { prop: 'src', kind: 'images' },
};

const textOf = (node: Node): string =>
  node.type === 'text' ? String(node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** Parses an MDX body the way the build does (Sätteri, GFM and smart punctuation) and reports every problem. */
export function scanBody(body: string, file: string, bodyLine: number): BodyFacts {
  const facts: BodyFacts = { problems: [], links: [], images: [], anchors: new Set() };
  const at = (node: Node) => `body (line ${(node.position?.start.line ?? 1) + bodyLine - 1})`;
  const report = (field: string, message: string) => facts.problems.push(error(file, field, message));
  // Invisible controls would reach the page and the feeds; the first one on each line is named.
  body.split('\n').forEach((line, i) => {
    const character = BODY_FORBIDDEN.exec(line)?.[0];
    if (character) report(`body (line ${i + bodyLine})`, characterProblem('the line', character));
  });
  let tree: Node;
  try {
    tree = mdxToHast(body, { features: { gfm: true, smartPunctuation: true } }) as Node;
  } catch (e) {
    const [, line, reason] = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/s.exec((e as Error).message) ?? [];
    const where = line ? `body (line ${Number(line) + bodyLine - 1})` : 'body';
    const text = (reason ?? (e as Error).message).replace(/\((\d+):\d+\)/g, (_, l) => `(line ${Number(l) + bodyLine - 1})`);
    report(where, `cannot be read as MDX: ${text} (close every tag, and write \\{ or \\< for a literal brace or angle bracket)`);
    return facts;
  }
  const slugger = new GithubSlugger();

  /** Reports a link (held to the link policy) or an image source (held to safe schemes); true when it passes. */
  const checkUrl = (url: string, field: string, kind: 'links' | 'images' = 'links') => {
    const problem = kind === 'links' ? bodyLinkProblem(url) : unsafeUrl(url) && `link ${unsafeUrl(url)}`;
    if (problem) report(field, problem);
    return !problem;
  };

  /** Checks a JSX element; returns false when the element itself is refused (its content is then skipped). */
  const visitComponent = (node: Node): boolean => {
    const name = node.name;
    const field = at(node);
    if (!name) {
      report(field, 'fragments (<>...</>) are not allowed (remove the <> and </>)');
      return false;
    }
    const attributes = node.attributes ?? [];
    const html = /^[a-z]/.test(name) || name.includes('.') || name.includes(':');
    if (html) {
      const tag = name.toLowerCase();
      report(
        field,
        DANGEROUS_ELEMENTS.includes(tag)
          ? `raw <${tag}> is not allowed: it would run or embed code in readers' browsers (remove it)`
          : `raw HTML <${name}> is not allowed (use Markdown, or a block from the admin's "+" menu)`,
      );
    } else if (!(name in blockSchemas)) {
      report(field, `unknown component <${name}> (use one of: ${BLOCK_NAMES.join(', ')})`);
    }
    for (const attribute of attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        report(field, `<${name}>: spread props {...} are not allowed (write each prop as name="value")`);
      } else if (/^on/i.test(attribute.name ?? '')) {
        report(field, `<${name}>: event handler ${attribute.name} is not allowed: it would run code in readers' browsers (remove it)`);
      }
    }
    if (html || !(name in blockSchemas)) return false;
    const props: Record<string, LiteralValue> = {};
    const refused = new Set<string>();
    for (const attribute of attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || /^on/i.test(attribute.name)) continue;
      const value = attribute.value;
      if (value === null || value === undefined) props[attribute.name] = true;
      else if (typeof value === 'string') props[attribute.name] = value;
      else {
        const code = String((value as { value?: unknown }).value ?? '');
        const read = readLiteral(code);
        if (read !== undefined) props[attribute.name] = read;
        else {
          refused.add(attribute.name);
          report(`${field} <${name} ${attribute.name}>`, `{${code}} is JavaScript, which is not allowed (use text, or a list such as ["a", "b"])`);
        }
      }
    }
    const result = blockSchemas[name as BlockName].strict().safeParse(props);
    const issues = result.success ? [] : describeIssues(result.error.issues);
    for (const issue of issues) {
      if (refused.has(issue.field.replace(/[.[].*$/, ''))) continue;
      report(`${field} <${name} ${issue.field}>`, issue.message.replace('unknown field', 'unknown prop'));
    }
    const urlProp = URL_PROPS[name];
    const url = urlProp && props[urlProp.prop];
    if (urlProp && typeof url === 'string' && !issues.some((i) => i.field === urlProp.prop)) {
      const where = `${field} <${name} ${urlProp.prop}>`;
      if (checkUrl(url, where, urlProp.kind)) facts[urlProp.kind].push({ url, field: where, alt: String(props.alt ?? '') });
    }
    return true;
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return report(at(node), 'import and export lines are not allowed (remove the line; insert blocks from the admin\'s "+" menu)');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? ''))) return;
        return report(at(node), `JavaScript expression {${String(node.value ?? '').trim()}} is not allowed (remove the braces, or write \\{ to show a brace)`);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!visitComponent(node)) return;
        break;
      case 'element': {
        const props = node.properties ?? {};
        if (/^h[1-6]$/.test(node.tagName ?? '')) facts.anchors.add(slugger.slug(textOf(node)));
        if (node.tagName === 'a' && typeof props.href === 'string' && checkUrl(props.href, at(node))) {
          facts.links.push({ url: props.href, field: at(node) });
        }
        if (node.tagName === 'img' && typeof props.src === 'string' && checkUrl(props.src, at(node), 'images')) {
          facts.images.push({ url: props.src, field: at(node), alt: String(props.alt ?? '') });
        }
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return facts;
}
