import { mdxToHast, mdxToMdast } from 'satteri';
import { BLOCKS, type BlockName } from '../../../content-model/blocks';
import type { AdminField } from '../../../content-model/fields';
import { bodyProblems, judgeMdxNode, type MdxNode } from '../../markdown/body-rules';
import { headingIdMaker, LAYOUT_IDS } from '../../markdown/heading-ids';
import { headingsFor, type HeadingLevel } from '../../../content-model/types';
import { BODY_FORBIDDEN, characterProblem } from '../../../content-model/vocabulary';
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

interface Node extends MdxNode {
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Props that hold a link or an image path, per block: its `link` and `image` fields. */
const URL_PROPS: Record<string, { prop: string; kind: 'links' | 'images' }[]> = Object.fromEntries(
  Object.entries(BLOCKS).map(([name, block]) => [
    name,
    Object.entries(block.props as Record<string, { admin: AdminField }>).flatMap(([prop, { admin }]) =>
      admin.kind === 'link' || admin.kind === 'image'
        ? [{ prop, kind: admin.kind === 'link' ? ('links' as const) : ('images' as const) }]
        : [],
    ),
  ]),
);

/** Why a heading of `level` is refused in a body that may use `allowed`, with the fix. */
function headingProblem(text: string, level: number, allowed: readonly HeadingLevel[]): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  if (allowed.length === 0) return `heading "${shown}": this text takes no headings (write the line in bold instead)`;
  const marks = allowed.map((l) => '#'.repeat(l)).join(', ');
  return level === 1
    ? `heading "${shown}" is level 1, which would be a second page title (write ## for a section)`
    : `heading "${shown}" is level ${level}, deeper than the page styles (use ${marks}, or bold text)`;
}

const textOf = (node: Node): string =>
  node.type === 'text' ? String(node.value ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * Parses an MDX body the way the build does (Sätteri, GFM, smart punctuation), judges it with the body
 * rules the build's MDX plugin applies (`body-rules.ts`, `content-is-data.ts`) and reports every problem. `blocks` are the blocks the body's
 * content type allows; `reserved` the ids its page uses besides the headings (`reservedIds`).
 */
export function scanBody(
  body: string,
  file: string,
  bodyLine: number,
  blocks: readonly BlockName[],
  reserved: ReadonlySet<string> = new Set(LAYOUT_IDS),
): BodyFacts {
  const facts: BodyFacts = { problems: [], links: [], images: [], anchors: new Set() };
  const line = (n: number) => n + bodyLine - 1;
  const at = (node: Node) => `body (line ${line(node.position?.start.line ?? 1)})`;
  const report = (field: string, message: string) => facts.problems.push(error(file, field, message));
  // Invisible controls would reach the page and the feeds; the first one on each line is named.
  body.split('\n').forEach((text, i) => {
    const character = BODY_FORBIDDEN.exec(text)?.[0];
    if (character) report(`body (line ${i + bodyLine})`, characterProblem('the line', character));
  });
  const features = { gfm: true, smartPunctuation: true };
  let tree: Node;
  try {
    // The body rules judge the mdast, as the build's plugin does; links and headings are read from hast.
    for (const p of bodyProblems(mdxToMdast(body, { features }) as MdxNode, blocks)) {
      report(`body (line ${line(p.line)})${p.suffix}`, p.message);
    }
    tree = mdxToHast(body, { features }) as Node;
  } catch (e) {
    const [, at, reason] = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/s.exec((e as Error).message) ?? [];
    const where = at ? `body (line ${line(Number(at))})` : 'body';
    const text = (reason ?? (e as Error).message).replace(/\((\d+):\d+\)/g, (_, l) => `(line ${line(Number(l))})`);
    report(where, `cannot be read as MDX: ${text} (close every tag, and write \\{ or \\< for a literal brace or angle bracket)`);
    return facts;
  }
  const headingId = headingIdMaker(reserved);
  const headings = headingsFor(file);

  /** Reports a link (held to the link policy) or an image source (held to safe schemes); true when it passes. */
  const checkUrl = (url: string, field: string, kind: 'links' | 'images' = 'links') => {
    const problem = kind === 'links' ? bodyLinkProblem(url) : unsafeUrl(url) && `link ${unsafeUrl(url)}`;
    if (problem) report(field, problem);
    return !problem;
  };

  /** Collects a block's link or image prop; the rules plugin has already reported what is wrong with it. */
  const collectBlockUrl = (node: Node) => {
    const block = judgeMdxNode(node, blocks)?.block;
    for (const urlProp of block ? (URL_PROPS[block.name] ?? []) : []) {
      const url = block!.props[urlProp.prop];
      if (typeof url !== 'string' || url === '' || block!.invalid.has(urlProp.prop)) continue;
      const where = `${at(node)} <${block!.name} ${urlProp.prop}>`;
      if (checkUrl(url, where, urlProp.kind)) {
        facts[urlProp.kind].push({ url, field: where, alt: String(block!.props.alt ?? '') });
      }
    }
  };

  const visit = (node: Node) => {
    const verdict = judgeMdxNode(node, blocks);
    if (verdict && !verdict.descend) return;
    if (verdict?.block) collectBlockUrl(node);
    if (node.type === 'element') {
      const props = node.properties ?? {};
      if (/^h[1-6]$/.test(node.tagName ?? '')) {
        facts.anchors.add(headingId(textOf(node)));
        const level = Number(node.tagName!.slice(1));
        if (!headings.includes(level as HeadingLevel)) report(at(node), headingProblem(textOf(node), level, headings));
      }
      if (node.tagName === 'a' && typeof props.href === 'string' && checkUrl(props.href, at(node))) {
        facts.links.push({ url: props.href, field: at(node) });
      }
      if (node.tagName === 'img' && typeof props.src === 'string' && checkUrl(props.src, at(node), 'images')) {
        facts.images.push({ url: props.src, field: at(node), alt: String(props.alt ?? '') });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return facts;
}
