import GithubSlugger from 'github-slugger';
import type { Heading, Image, Link, Nodes, Parents, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { headingIdMaker, reservedIds } from '../markdown/heading-ids';
import type { ReportLine } from './model';
import { oneLine } from './text';

/**
 * Turns a converted body (from WordPress HTML or a Markdown file) into one Quire accepts: heading
 * levels 2 to 4, images as Figure blocks with alt text and caption, links that lead somewhere on the
 * new site, and nothing MDX would read as code. Shared by both importers.
 */

/** A Figure block, as the admin writes it. */
export function figureNode(src: string, alt: string, caption?: string): MdxJsxFlowElement {
  const attributes = [
    { type: 'mdxJsxAttribute' as const, name: 'src', value: src },
    { type: 'mdxJsxAttribute' as const, name: 'alt', value: alt },
    ...(caption ? [{ type: 'mdxJsxAttribute' as const, name: 'caption', value: caption }] : []),
  ];
  return { type: 'mdxJsxFlowElement', name: 'Figure', attributes, children: [] };
}

/** A Figure block's prop, or undefined. */
export function figureProp(node: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

const isFigure = (node: Nodes): node is MdxJsxFlowElement =>
  node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Figure';

/** Headings at the levels a post's body may use: 1 becomes 2, 5 and 6 become 4. */
export function clampHeadings(root: Root, report: ReportLine[]): void {
  let moved = 0;
  visit(root, (node) => {
    if (node.type !== 'heading') return;
    const depth = Math.min(4, Math.max(2, node.depth)) as Heading['depth'];
    if (depth !== node.depth) moved++;
    node.depth = depth;
  });
  if (moved)
    report.push({
      kind: 'converted',
      message: `${moved} heading(s) moved to levels 2-4 (the page's title is the only level 1)`,
    });
}

/**
 * Every heading's new id (as `src/lib/markdown/heading-ids.ts` gives it) by each id a link on the old
 * site could have used for it: an explicit id (`data.oldId`, from `<h2 id>` or `{#id}`) or the slug of
 * its text.
 */
export function anchorMap(root: Root, faqs: readonly string[]): Map<string, string> {
  const next = headingIdMaker(reservedIds({ faqs }));
  const oldSlugs = new GithubSlugger();
  const map = new Map<string, string>();
  visit(root, (node) => {
    if (node.type !== 'heading') return;
    const text = toString(node);
    const id = next(text);
    const old = (node.data as { oldId?: string } | undefined)?.oldId;
    if (old && !map.has(old)) map.set(old, id);
    const slug = oldSlugs.slug(text);
    if (!map.has(slug)) map.set(slug, id);
    if (!map.has(id)) map.set(id, id);
  });
  return map;
}

/** What a link resolver says: the new address, or why the link was taken off (its text stays). */
export type LinkVerdict = { url: string; note?: string } | { drop: string };

/** What an image resolver says: the new `src` (from the post file), or why the image was dropped. */
export type ImageVerdict = { src: string } | { drop: string };

export interface FinishOptions {
  resolveLink: (url: string) => LinkVerdict;
  resolveImage: (url: string) => ImageVerdict;
  report: ReportLine[];
}

/**
 * Rewrites links and images and moves every image into a Figure block of its own, after the top-level
 * block it sat in (a body image becomes a figure; alt text falls back to the caption, then the file name).
 */
export function finishBody(root: Root, { resolveLink, resolveImage, report }: FinishOptions): void {
  const out: RootContent[] = [];
  for (const block of root.children) {
    const figures: MdxJsxFlowElement[] = [];
    const keep = extractImages(block, figures, resolveImage, report);
    if (keep) out.push(block);
    out.push(...figures);
  }
  root.children = out;
  rewriteLinks(root, resolveLink, report);
}

function figureFrom(
  image: Image | MdxJsxFlowElement,
  resolveImage: FinishOptions['resolveImage'],
  report: ReportLine[],
) {
  const url = image.type === 'image' ? image.url : (figureProp(image, 'src') ?? '');
  const caption = oneLine(image.type === 'image' ? (image.title ?? '') : (figureProp(image, 'caption') ?? ''), 300);
  const verdict = resolveImage(url);
  if ('drop' in verdict) {
    report.push({ kind: 'dropped', message: `image ${url}: ${verdict.drop}` });
    return undefined;
  }
  let alt = oneLine(image.type === 'image' ? (image.alt ?? '') : (figureProp(image, 'alt') ?? ''), 300);
  if (!alt) {
    alt = caption || fileWords(url);
    report.push({
      kind: 'converted',
      message: `image ${url}: no alt text, wrote "${alt}" (describe the image in the admin)`,
    });
  }
  report.push({ kind: 'converted', message: `image ${url} -> Figure ${verdict.src}` });
  return figureNode(verdict.src, alt, caption || undefined);
}

/** Words of an image's file name, as a last resort for alt text. */
function fileWords(url: string): string {
  const name = decodeURIComponent(url.split(/[?#]/)[0]!.split('/').pop() ?? 'image').replace(/\.[a-z0-9]+$/i, '');
  return oneLine(name.replace(/-\d+x\d+$/, '').replace(/[-_]+/g, ' '), 300) || 'Image';
}

/** Takes the images out of `node` into `figures`; false when nothing but images was left of it. */
function extractImages(
  node: Nodes,
  figures: MdxJsxFlowElement[],
  resolveImage: FinishOptions['resolveImage'],
  report: ReportLine[],
): boolean {
  if (node.type === 'image' || isFigure(node)) {
    const figure = figureFrom(node as Image | MdxJsxFlowElement, resolveImage, report);
    if (figure) figures.push(figure);
    return false;
  }
  if (!('children' in node)) return true;
  const parent = node as { children: Nodes[] };
  const before = parent.children.length;
  parent.children = parent.children.filter((child) => extractImages(child, figures, resolveImage, report));
  if (parent.children.length === before) return true;
  // A paragraph or link that held only images (and line breaks or spaces) goes with them.
  const left = parent.children.filter((c) => !(c.type === 'break' || (c.type === 'text' && !c.value.trim())));
  if (left.length) return true;
  return !['paragraph', 'link', 'emphasis', 'strong', 'delete'].includes(node.type);
}

function rewriteLinks(root: Root, resolveLink: FinishOptions['resolveLink'], report: ReportLine[]): void {
  const walk = (parent: Parents) => {
    const children: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      if ('children' in child) walk(child as Parents);
      if (child.type === 'link') {
        const verdict = resolveLink(child.url);
        if ('drop' in verdict) {
          report.push({ kind: 'dropped', message: `link ${child.url}: ${verdict.drop} (its text is kept)` });
          children.push(...(child as Link).children);
          continue;
        }
        if (verdict.url !== child.url) {
          report.push({
            kind: 'converted',
            message: `link ${child.url} -> ${verdict.url}${verdict.note ? ` (${verdict.note})` : ''}`,
          });
        }
        child.url = verdict.url;
        child.title = null;
      }
      children.push(child);
    }
    parent.children = children as never;
  };
  walk(root);
}

/** Calls `fn` on every node, depth first. */
export function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes, fn);
}
