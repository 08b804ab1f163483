import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { entryUrl } from '../../content-model/types';
import { emptyBook, normalisePath, oldSitePath, resolveLink, type AddressBook } from './addresses';
import { anchorMap, clampHeadings, finishBody, type ImageVerdict } from './body-tree';
import { faqAnswer } from './faq-answer';
import { PLACEHOLDER_ALT, sourceImageProblem } from './images';
import type {
  ImageCopy,
  ImportedAuthor,
  ImportedCategory,
  ImportedFaq,
  ImportedPost,
  ImportPlan,
  ReportLine,
} from './model';
import { SlugPool, toSlug } from './slugs';
import { fitText, oneLine } from './text';
import { wordpressHtml, type FaqItem } from './wordpress-html';
import { readWxr, type WxrItem } from './wxr';

/** How a WordPress export is imported. */
export interface WordpressOptions {
  /** The export's path, for messages. */
  file: string;
  /** A copy of `wp-content/uploads`, where images are read from. */
  uploads?: string;
  /** Tags: listed in the report (`report`), or made categories (`categories`). */
  tags: 'report' | 'categories';
  /** The new site's address (`siteUrl` of the settings), for canonical addresses. */
  siteUrl: string;
  /** Slugs of entries already in `content/` that the import must not take (by collection). */
  reserved?: { posts?: Iterable<string> };
  /** Called as posts are converted. */
  progress?: (done: number, total: number) => void;
}

/** Statuses and what they become: `live`, `draft` or `scheduled`; others are skipped. */
const STATUSES: Record<string, 'live' | 'draft' | 'scheduled'> = {
  publish: 'live',
  future: 'scheduled',
  draft: 'draft',
  pending: 'draft',
  private: 'draft',
};

const validDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}/.test(value) && !value.startsWith('0000') ? value.slice(0, 10) : undefined;

/** The post's publish day in GMT: `wp:post_date_gmt`, else (drafts) its local date, else `pubDate`. */
function publishDay(item: WxrItem, where: string): string {
  const day = validDay(item.dateGmt) ?? validDay(item.date);
  if (day) return day;
  const pub = Date.parse(item.pubDate);
  if (!Number.isNaN(pub)) return new Date(pub).toISOString().slice(0, 10);
  throw new Error(`${where}: no date (wp:post_date_gmt, wp:post_date and pubDate are all empty or invalid)`);
}

/** Yoast (`%%title%%`) and Rank Math (`%title%`) title templates made a plain title; undefined when it is just the post's title. */
function seoTitle(template: string, title: string, report: ReportLine[]): string | undefined {
  if (!template.trim()) return undefined;
  const text = template
    .replace(/%%?(sitename|sep|page|sitedesc)%%?/g, ' ')
    .replace(/%%?title%%?/g, title)
    .replace(/\s[-–—|·•]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—|·•]\s*|\s*[-–—|·•]$/g, '');
  if (/%%?[a-z_]+%%?/i.test(text)) {
    report.push({
      kind: 'dropped',
      message: `SEO title "${template}": has variables Quire cannot fill (write it in the admin)`,
    });
    return undefined;
  }
  return text && text !== title ? oneLine(text, 160) : undefined;
}

/** Reads a WordPress export and returns everything the import would write. */
export function planWordpress(xml: string, options: WordpressOptions): ImportPlan {
  const wxr = readWxr(xml, options.file);
  const notes: ReportLine[] = [];
  const book: AddressBook = emptyBook(wxr.baseUrl);
  const siteTitle = wxr.title || 'the journal';

  const attachments = new Map<string, { url: string; file: string; alt: string; title: string }>();
  for (const item of wxr.items) {
    if (item.type !== 'attachment') continue;
    attachments.set(item.id, {
      url: item.attachmentUrl,
      file: item.meta.get('_wp_attached_file') ?? '',
      alt: item.meta.get('_wp_attachment_image_alt') ?? '',
      title: item.title,
    });
  }

  const skipped = new Map<string, number>();
  const items = wxr.items.filter((item) => {
    const status = STATUSES[item.status];
    if (item.type === 'post' && status) return true;
    if (item.type !== 'attachment') {
      const key = item.type === 'post' ? `posts with status "${item.status}"` : `items of type "${item.type}"`;
      skipped.set(key, (skipped.get(key) ?? 0) + 1);
    }
    return false;
  });
  for (const [what, count] of skipped)
    notes.push({
      kind: 'dropped',
      message: `${count} ${what}: not imported (only posts that are published, scheduled, drafts, pending or private are)`,
    });

  // Authors: every author of an imported post, by login.
  const authorPool = new SlugPool();
  const authors = new Map<string, ImportedAuthor>();
  const authorOf = (login: string): string => {
    const known = authors.get(login);
    if (known) return known.slug;
    const wp = wxr.authors.find((a) => a.login === login);
    const name = oneLine(
      wp?.displayName || [wp?.firstName, wp?.lastName].filter(Boolean).join(' ') || login || 'Editor',
      160,
    );
    const slug = authorPool.claim(name, login);
    authors.set(login, {
      slug,
      name,
      bio: `${name} writes for ${siteTitle}.`,
      formerPaths: formerPath(`/author/${toSlug(login) || slug}/`),
    });
    return slug;
  };

  // Categories (and tags made categories), by WordPress slug.
  const categoryPool = new SlugPool();
  const categories = new Map<string, ImportedCategory>();
  const termPath = (slug: string): string => {
    const term = wxr.categories.find((c) => c.slug === slug);
    const parent = term?.parent ? termPath(term.parent) : '';
    return `${parent}${slug}/`;
  };
  const categoryOf = (slug: string, name: string, kind: 'category' | 'tag'): string => {
    const key = `${kind}:${slug}`;
    const known =
      categories.get(key) ?? (kind === 'tag' ? [...categories.values()].find((c) => c.name === name) : undefined);
    if (known) return known.slug;
    const term = (kind === 'category' ? wxr.categories : wxr.tags).find((t) => t.slug === slug);
    const label = oneLine(term?.name || name || slug, 160);
    const made = categoryPool.claim(slug, label);
    const description = term?.description ? fitText(term.description, 'summary') : `Posts filed under ${label}.`;
    categories.set(key, {
      slug: made,
      name: label,
      description,
      formerPaths: formerPath(kind === 'category' ? `/category/${termPath(slug)}` : `/tag/${slug}/`),
    });
    return made;
  };

  // Authors and categories of the imported posts first, so links to their archives resolve.
  for (const item of items) {
    authorOf(item.creator);
    for (const term of item.terms) {
      if (term.domain === 'category') categoryOf(term.slug || toSlug(term.name), term.name, 'category');
      if (term.domain === 'post_tag' && options.tags === 'categories')
        categoryOf(term.slug || toSlug(term.name), term.name, 'tag');
    }
  }
  for (const author of authors.values())
    for (const p of author.formerPaths) book.pages.set(p, { path: entryUrl('authors', author.slug) });
  for (const category of categories.values())
    for (const p of category.formerPaths) book.pages.set(p, { path: entryUrl('categories', category.slug) });

  const postPool = new SlugPool(['category', ...(options.reserved?.posts ?? [])]);
  const faqPool = new SlugPool();
  const faqs: ImportedFaq[] = [];
  const images: ImageCopy[] = [];

  // First pass: convert each post, learn its new address and heading ids.
  const drafts = items.map((item, index) => {
    options.progress?.(index + 1, items.length);
    const where = `${options.file}: post ${item.id || '?'} "${oneLine(item.title, 60)}"`;
    const report: ReportLine[] = [];
    const title = oneLine(item.title, 160) || `Untitled post ${item.id}`;
    if (!item.title.trim()) report.push({ kind: 'converted', message: `no title: wrote "${title}"` });
    const wanted = item.name && !/^\d+$/.test(toSlug(item.name)) ? item.name : item.title;
    const slug = postPool.claim(wanted, `post-${item.id}`);
    let converted;
    try {
      converted = wordpressHtml(item.content, report);
    } catch (error) {
      throw new Error(`${where}: the body could not be read: ${(error as Error).message}`);
    }
    clampHeadings(converted.root, report);
    const path = entryUrl('posts', slug);
    const oldPath = permalinkPath(item.link, book);
    return { item, where, report, title, slug, path, oldPath, converted };
  });

  for (const d of drafts) {
    if (d.item.id) book.ids.set(d.item.id, { path: d.path });
    if (d.oldPath) book.pages.set(d.oldPath, { path: d.path });
  }
  for (const d of drafts) {
    // Category and author archives resolve once those entries exist (below); the post's own path now.
    const faqSlugs = d.converted.faqs.map((f) => faqPool.claim(f.question, `${d.slug}-question`));
    const anchors = anchorMap(d.converted.root, faqSlugs);
    Object.assign(d, { faqSlugs, anchors });
    const live = STATUSES[d.item.status] === 'live';
    if (d.item.id) book.ids.set(d.item.id, { path: d.path, anchors, live });
    if (d.oldPath) book.pages.set(d.oldPath, { path: d.path, anchors, live });
  }

  // Second pass: front matter, links, images, FAQs.
  const posts: ImportedPost[] = drafts.map((draft) => {
    const { item, where, report, title, slug, path, converted } = draft;
    const { faqSlugs, anchors } = draft as typeof draft & { faqSlugs: string[]; anchors: Map<string, string> };
    const status = STATUSES[item.status]!;
    const publishedAt = publishDay(item, where);
    const modified = validDay(item.modifiedGmt);
    const updatedAt = modified && modified > publishedAt ? modified : undefined;
    if (item.status === 'private') report.push({ kind: 'converted', message: 'private post imported as a draft' });
    if (item.status === 'pending') report.push({ kind: 'converted', message: 'pending post imported as a draft' });
    if (status === 'scheduled') report.push({ kind: 'imported', message: `scheduled for ${publishedAt}` });

    const postAuthors = [authorOf(item.creator)];
    const postCategories: string[] = [];
    const tags: string[] = [];
    for (const term of item.terms) {
      if (term.domain === 'category')
        postCategories.push(categoryOf(term.slug || toSlug(term.name), term.name, 'category'));
      else if (term.domain === 'post_tag') {
        if (options.tags === 'categories')
          postCategories.push(categoryOf(term.slug || toSlug(term.name), term.name, 'tag'));
        else tags.push(term.name);
      }
    }
    if (!postCategories.length) {
      postCategories.push(categoryOf('uncategorized', 'Uncategorized', 'category'));
      report.push({ kind: 'converted', message: 'no category: filed under "Uncategorized"' });
    }
    if (tags.length)
      report.push({
        kind: 'dropped',
        message: `tags ${tags.join(', ')}: not imported (--tags categories makes them categories)`,
      });

    const resolveImage = (url: string): ImageVerdict => {
      const found = findUpload(url, book, options.uploads);
      if ('drop' in found) return found;
      const name = `${toSlug(basename(found.file, extname(found.file))) || 'image'}${extname(found.file).toLowerCase()}`;
      const to = `content/images/figures/${slug}/${name}`;
      if (!images.some((i) => i.to === to)) images.push({ from: found.file, to });
      return { src: `../images/figures/${slug}/${name}` };
    };
    const live = status === 'live';
    finishBody(converted.root, { resolveLink: (url) => resolveLink(url, book, anchors, live), resolveImage, report });

    converted.faqs.forEach((faq: FaqItem, i) => {
      const answer = faqAnswer(faq.answer, (url) => resolveLink(url, book, new Map(), live), report);
      faqs.push({ slug: faqSlugs[i]!, question: faq.question, topic: '', order: i + 1, answer });
      report.push({
        kind: 'converted',
        message: `FAQ "${faq.question}" -> content/faqs/${faqSlugs[i]}.mdx, attached to the post`,
      });
    });

    const meta = item.meta;
    const excerptSource = toString(wordpressHtml(item.excerpt, []).root).trim();
    const firstParagraph = converted.root.children.find((n: RootContent) => n.type === 'paragraph');
    let excerpt = fitText(excerptSource, 'summary');
    if (!excerpt) {
      excerpt = fitText(firstParagraph ? toString(firstParagraph) : title, 'summary');
      report.push({ kind: 'converted', message: 'no excerpt: made from the first paragraph' });
    }
    const metaDescription = meta.get('_yoast_wpseo_metadesc') || meta.get('rank_math_description') || '';
    const description = oneLine(metaDescription, 500) || oneLine(excerpt, 160);
    const seo: ImportedPost['seo'] = {
      title: seoTitle(meta.get('_yoast_wpseo_title') || meta.get('rank_math_title') || '', title, report),
      canonical: canonical(
        meta.get('_yoast_wpseo_canonical') || meta.get('rank_math_canonical_url') || '',
        path,
        book,
        options.siteUrl,
        report,
      ),
      noindex:
        meta.get('_yoast_wpseo_meta-robots-noindex') === '1' || /noindex/.test(meta.get('rank_math_robots') ?? ''),
    };
    if (metaDescription) report.push({ kind: 'imported', message: 'SEO description' });
    if (seo.title) report.push({ kind: 'imported', message: `SEO title "${seo.title}"` });
    if (seo.canonical) report.push({ kind: 'imported', message: `canonical ${seo.canonical}` });
    if (seo.noindex) report.push({ kind: 'imported', message: 'noindex' });

    const hero = heroImage(item, attachments, book, options.uploads, slug, title, images, report);
    const formerPaths = draft.oldPath && draft.oldPath !== path ? formerPath(draft.oldPath) : [];
    if (!draft.oldPath && item.link && status !== 'draft')
      report.push({
        kind: 'dropped',
        message: `old address ${item.link}: a query address cannot be redirected by a static host (links to it in imported posts are rewritten)`,
      });
    return {
      slug,
      source: where,
      title,
      description,
      excerpt,
      hero,
      categories: [...new Set(postCategories)],
      authors: postAuthors,
      publishedAt,
      updatedAt,
      draft: status === 'draft',
      faqs: faqSlugs,
      formerPaths,
      seo,
      body: converted.root,
      report,
    };
  });

  // FAQ topics: the first category of the post they came from.
  for (const post of posts) {
    const topic = [...categories.values()].find((c) => c.slug === post.categories[0])?.name ?? 'Questions';
    for (const faq of faqs) if (post.faqs.includes(faq.slug)) faq.topic = oneLine(topic, 80);
  }
  if (wxr.tags.length && options.tags === 'report')
    notes.push({
      kind: 'dropped',
      message: `${wxr.tags.length} tags not imported (run with --tags categories to make them categories)`,
    });

  return { posts, authors: [...authors.values()], categories: [...categories.values()], faqs, images, notes };
}

/** An old permalink's path, when it is one a static host can redirect (not `/?p=123`). */
function permalinkPath(link: string, book: AddressBook): string | undefined {
  if (!link) return undefined;
  const url = oldSitePath(link, book);
  if (!url || url.search) return undefined;
  const path = normalisePath(url.pathname);
  return path === '/' ? undefined : path;
}

const FORMER = /^\/(?=.)(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.html?)?$/;

/** `[path]` when a redirect can be written for it, else none. */
const formerPath = (path: string): string[] => (FORMER.test(path) && path.length <= 300 ? [path] : []);

/** The file in the uploads folder an image URL of the old site names (the full-size original when there is one). */
function findUpload(url: string, book: AddressBook, uploads: string | undefined): { file: string } | { drop: string } {
  const old = oldSitePath(url, book);
  const marker = '/wp-content/uploads/';
  const path = old ? decodeURIComponent(old.pathname) : '';
  const at = path.indexOf(marker);
  if (!old || at < 0)
    return {
      drop: old
        ? 'not in wp-content/uploads'
        : 'an image on another site (save it into the uploads folder and link it from there)',
    };
  if (!uploads) return { drop: 'no --uploads folder given' };
  return uploadFile(path.slice(at + marker.length), uploads);
}

function uploadFile(relative: string, uploads: string): { file: string } | { drop: string } {
  const original = relative.replace(/-\d+x\d+(?=\.[a-z0-9]+$)/i, '').replace(/-scaled(?=\.[a-z0-9]+$)/i, '');
  const candidates = [...new Set([original, relative])].map((r) => join(uploads, r));
  const found = candidates.find((c) => existsSync(c));
  if (!found) return { drop: `${relative} not found in the uploads folder` };
  const problem = sourceImageProblem(found);
  return problem ? { drop: `${relative}: ${problem}` } : { file: found };
}

/** The featured image and its alt text, or a placeholder (reported) when there is none or its file is missing. */
function heroImage(
  item: WxrItem,
  attachments: Map<string, { url: string; file: string; alt: string; title: string }>,
  book: AddressBook,
  uploads: string | undefined,
  slug: string,
  title: string,
  images: ImageCopy[],
  report: ReportLine[],
): ImportedPost['hero'] {
  const thumbnail = attachments.get(item.meta.get('_thumbnail_id') ?? '');
  let why = 'no featured image';
  if (thumbnail) {
    const found =
      thumbnail.file && uploads ? uploadFile(thumbnail.file, uploads) : findUpload(thumbnail.url, book, uploads);
    if ('file' in found) {
      const to = `content/images/journal/${slug}/hero/image${extname(found.file).toLowerCase()}`;
      images.push({ from: found.file, to });
      let alt = oneLine(thumbnail.alt, 300);
      if (!alt) {
        alt = oneLine(thumbnail.title, 300) || title;
        report.push({
          kind: 'converted',
          message: `featured image has no alt text: wrote "${alt}" (describe the image in the admin)`,
        });
      }
      report.push({ kind: 'imported', message: `featured image ${thumbnail.file || thumbnail.url}` });
      return { image: `../images/journal/${slug}/hero/image${extname(found.file).toLowerCase()}`, alt };
    }
    why = `featured image ${thumbnail.file || thumbnail.url}: ${found.drop}`;
  }
  images.push({ to: `content/images/journal/${slug}/hero/image.png` });
  report.push({ kind: 'converted', message: `${why}: a placeholder hero image was written (replace it in the admin)` });
  return { image: `../images/journal/${slug}/hero/image.png`, alt: PLACEHOLDER_ALT };
}

/** A canonical address from Yoast or Rank Math on the new site: the post's own is left out, another site's dropped. */
function canonical(
  value: string,
  ownPath: string,
  book: AddressBook,
  siteUrl: string,
  report: ReportLine[],
): string | undefined {
  if (!value.trim()) return undefined;
  const verdict = resolveLink(value.trim(), book, new Map());
  if ('drop' in verdict || !verdict.url.startsWith('/')) {
    report.push({
      kind: 'dropped',
      message: `canonical ${value}: not a page of this site (a canonical address must be on the site's own domain)`,
    });
    return undefined;
  }
  if (verdict.url === ownPath) return undefined;
  return `${siteUrl.replace(/\/$/, '')}${verdict.url}`;
}
