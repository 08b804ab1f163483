import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { load } from 'js-yaml';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseToml } from 'smol-toml';
import { entryUrl } from '../../content-model/types';
import { emptyBook, normalisePath, resolveLink, type AddressBook } from './addresses';
import { anchorMap, clampHeadings, finishBody, type ImageVerdict, type LinkVerdict } from './body-tree';
import { dayOf, listOf, namesOf, splitFrontMatter, textOf, truthy } from './front-matter';
import { PLACEHOLDER_ALT, sourceImageProblem } from './images';
import { REF, markdownBody, type Flavour } from './markdown-body';
import type { ImageCopy, ImportedAuthor, ImportedCategory, ImportedPost, ImportPlan, ReportLine } from './model';
import { SlugPool, toSlug } from './slugs';
import { fitText, oneLine } from './text';

/** How a Markdown site is imported. */
export interface MarkdownOptions {
  siteUrl: string;
  reserved?: { posts?: Iterable<string> };
  progress?: (done: number, total: number) => void;
}

/** What the folder is: its generator, its title and how it made post addresses. */
interface Site {
  root: string;
  flavour: Flavour;
  title?: string;
  /** Folders whose Markdown files are posts. */
  postFolders: string[];
  /** The old address of a post from its file and front matter. */
  permalink: (post: SourcePost) => string | undefined;
  /** The old site's address (`baseURL` of Hugo, `url` of Jekyll), for absolute links to it. */
  baseUrl?: string;
  /** Folders root-relative image paths (`/images/x.png`) are looked up in. */
  staticFolders: string[];
}

interface SourcePost {
  file: string;
  /** From the site's folder, with `/`. */
  relativePath: string;
  data: Record<string, unknown>;
  slug: string;
  day?: string;
  categories: string[];
}

const MARKDOWN = /\.(md|markdown|mdx)$/i;
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '_site',
  'public',
  'dist',
  'resources',
  '_includes',
  '_layouts',
  '_data',
  '_sass',
  'themes',
  '.astro',
]);

function readConfig(root: string): { file: string; data: Record<string, unknown> } | undefined {
  for (const name of [
    'hugo.toml',
    'config.toml',
    'hugo.yaml',
    'hugo.yml',
    'config.yaml',
    'config.yml',
    '_config.yml',
    '_config.yaml',
  ]) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    try {
      const text = readFileSync(file, 'utf8');
      const data = name.endsWith('.toml') ? parseToml(text) : load(text);
      return { file: name, data: (data && typeof data === 'object' ? data : {}) as Record<string, unknown> };
    } catch (error) {
      throw new Error(`${file}: cannot be read: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return undefined;
}

/** Expands a Hugo or Jekyll permalink template for a post. */
function expand(template: string, post: SourcePost, extra: Record<string, string>): string {
  const [year = '', month = '', day = ''] = (post.day ?? '').split('-');
  const values: Record<string, string> = {
    year,
    month,
    day,
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    slug: post.slug,
    title: post.slug,
    filename: post.slug,
    contentbasename: post.slug,
    ...extra,
  };
  return template.replace(/:([a-z_]+)/g, (all, name: string) => values[name] ?? all);
}

/** Recognises the generator by its files, and where its posts are. */
function detectSite(root: string): Site {
  const config = readConfig(root);
  const title = config && typeof config.data.title === 'string' ? config.data.title : undefined;
  const address = config?.data.baseURL ?? config?.data.baseurl ?? config?.data.url;
  const baseUrl = typeof address === 'string' && /^https?:\/\//.test(address) ? address : undefined;
  const existing = (...dirs: string[]) =>
    dirs.map((d) => join(root, d)).filter((d) => existsSync(d) && statSync(d).isDirectory());
  if (existsSync(join(root, '_posts'))) {
    const style = typeof config?.data.permalink === 'string' ? config.data.permalink : 'date';
    const styles: Record<string, string> = {
      date: '/:categories/:year/:month/:day/:title:output_ext',
      pretty: '/:categories/:year/:month/:day/:title/',
      ordinal: '/:categories/:year/:y_day/:title:output_ext',
      none: '/:categories/:title:output_ext',
    };
    const template = styles[style] ?? style;
    return {
      root,
      flavour: 'jekyll',
      title,
      baseUrl,
      postFolders: existing('_posts'),
      staticFolders: [root],
      permalink: (post) =>
        textOf(post.data, 'permalink') ??
        expand(template, post, {
          categories: post.categories.map((c) => toSlug(c) || c).join('/'),
          output_ext: '.html',
        }).replace(/\/{2,}/g, '/'),
    };
  }
  if (config && existsSync(join(root, 'content')) && /^(hugo|config)\./.test(config.file)) {
    const permalinks = (config.data.permalinks ?? {}) as Record<string, unknown>;
    const folders = readdirSync(join(root, 'content'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name);
    const sections = folders.filter((d) => /^(posts?|blog|articles|journal|news|notes)$/i.test(d));
    return {
      root,
      flavour: 'hugo',
      title,
      baseUrl,
      postFolders: (sections.length ? sections : folders).map((d) => join(root, 'content', d)),
      staticFolders: existing('static', 'assets'),
      permalink: (post) => {
        const url = textOf(post.data, 'url');
        if (url) return url;
        const section = post.relativePath.split('/')[1] ?? '';
        const template =
          typeof permalinks[section] === 'string' ? (permalinks[section] as string) : `/${section}/:slug/`;
        return expand(template, post, { section });
      },
    };
  }
  const astro = existing(
    'src/content/blog',
    'src/content/posts',
    'src/content/post',
    'src/data/blog',
    'src/content/articles',
  );
  if (astro.length) {
    return {
      root,
      flavour: 'astro',
      title,
      postFolders: astro,
      staticFolders: existing('public', 'src/assets'),
      permalink: (post) =>
        `/${basename(dirname(post.file)) === 'content' ? '' : basename(astro.find((a) => post.file.startsWith(a + sep)) ?? '')}/${post.slug}/`,
    };
  }
  const eleventy =
    existsSync(join(root, '.eleventy.js')) ||
    existsSync(join(root, 'eleventy.config.js')) ||
    existsSync(join(root, 'eleventy.config.mjs'));
  const folders = existing('posts', 'blog', 'src/posts', 'src/blog', 'content/posts', 'content/blog');
  return {
    root,
    flavour: eleventy ? 'eleventy' : 'astro',
    title,
    postFolders: folders.length ? folders : [root],
    staticFolders: existing('static', 'public', 'assets', 'img', 'images', 'src/assets', 'src/img'),
    permalink: (post) =>
      textOf(post.data, 'permalink') ??
      `/${post.relativePath.replace(/(^|\/)index\.(md|markdown|mdx)$/i, '').replace(MARKDOWN, '')}/`,
  };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      if (entry.name.startsWith('.')) return [];
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : markdownFiles(path);
      if (!MARKDOWN.test(entry.name) || /^(_index|readme|license|changelog)\./i.test(entry.name)) return [];
      return [path];
    });
}

/** A post's slug: front matter `slug`, else its file name (Jekyll's date prefix off; a bundle's folder name). */
function slugFrom(file: string, data: Record<string, unknown>): string {
  const own = textOf(data, 'slug');
  if (own) return toSlug(own) || own;
  const name = basename(file).replace(MARKDOWN, '');
  const base = /^index$/i.test(name) ? basename(dirname(file)) : name;
  return base.replace(/^\d{4}-\d{2}-\d{2}-/, '');
}

/** A hero image path from the usual front matter keys (Hugo, Jekyll, Astro, Eleventy themes). */
function coverOf(data: Record<string, unknown>): { path: string; alt?: string } | undefined {
  const cover =
    data.cover ??
    data.image ??
    data.heroImage ??
    data.hero ??
    data.featured_image ??
    data.featuredImage ??
    data.thumbnail ??
    data.banner;
  const alt = textOf(data, 'heroImageAlt', 'imageAlt', 'image_alt', 'cover_alt', 'alt');
  if (typeof cover === 'string' && cover.trim()) return { path: cover.trim(), alt };
  if (cover && typeof cover === 'object' && !Array.isArray(cover)) {
    const c = cover as Record<string, unknown>;
    const path = textOf(c, 'image', 'path', 'src', 'url');
    if (path) return { path, alt: textOf(c, 'alt', 'caption') ?? alt };
  }
  if (Array.isArray(data.images) && typeof data.images[0] === 'string') return { path: data.images[0], alt };
  return undefined;
}

/** Reads a Markdown site's folder and returns everything the import would write. */
export function planMarkdown(folder: string, options: MarkdownOptions): ImportPlan {
  const root = resolve(folder);
  const site = detectSite(root);
  const notes: ReportLine[] = [
    {
      kind: 'imported',
      message: `read as a ${site.flavour} site; posts from ${site.postFolders.map((f) => relative(root, f) || '.').join(', ')}`,
    },
  ];
  const files = site.postFolders.flatMap(markdownFiles);
  if (!files.length)
    throw new Error(
      `${folder}: no Markdown posts found (looked in ${site.postFolders.map((f) => relative(root, f) || '.').join(', ')})`,
    );

  const sources: SourcePost[] = [];
  for (const file of files) {
    const rel = relative(root, file).split(sep).join('/');
    const { data } = splitFrontMatter(readFileSync(file, 'utf8'), rel);
    const fileDay = basename(file).match(/^(\d{4}-\d{2}-\d{2})-/)?.[1];
    const day = dayOf(data.date) ?? dayOf(data.pubDate) ?? dayOf(data.publishDate) ?? dayOf(data.published) ?? fileDay;
    sources.push({
      file,
      relativePath: rel,
      data,
      slug: slugFrom(file, data),
      day,
      categories: listOf(data, 'categories', 'category'),
    });
  }

  const siteName = site.title ? oneLine(site.title, 160) : 'Editor';
  const authorPool = new SlugPool();
  const authors = new Map<string, ImportedAuthor>();
  const authorOf = (name: string) => {
    const key = name.toLowerCase();
    const known = authors.get(key);
    if (known) return known.slug;
    const slug = authorPool.claim(name, 'author');
    const label = oneLine(name, 160);
    authors.set(key, { slug, name: label, bio: `${label} writes for ${siteName}.`, formerPaths: [] });
    return slug;
  };
  const categoryPool = new SlugPool();
  const categories = new Map<string, ImportedCategory>();
  const categoryOf = (name: string) => {
    const key = name.toLowerCase();
    const known = categories.get(key);
    if (known) return known.slug;
    const slug = categoryPool.claim(name, 'category');
    // Jekyll writes categories as lowercase words: show them as a name.
    const shown =
      name === name.toLowerCase() ? name.replace(/[-_]+/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : name;
    const label = oneLine(shown, 160);
    categories.set(key, { slug, name: label, description: `Posts filed under ${label}.`, formerPaths: [] });
    return slug;
  };

  const postPool = new SlugPool(['category', ...(options.reserved?.posts ?? [])]);
  const book: AddressBook = emptyBook(site.baseUrl ?? 'https://old.invalid/');
  const byFile = new Map<string, { path: string; anchors?: Map<string, string>; live?: boolean }>();
  const images: ImageCopy[] = [];
  const today = new Date().toISOString().slice(0, 10);

  const drafts = sources.map((source, index) => {
    options.progress?.(index + 1, sources.length);
    const report: ReportLine[] = [];
    const where = source.relativePath;
    const title = oneLine(textOf(source.data, 'title') ?? '', 160);
    if (!title) throw new Error(`${where}: no title in the front matter (add title: ... to it)`);
    const slug = postPool.claim(/^\d+$/.test(toSlug(source.slug)) ? title : source.slug, title);
    const { body } = splitFrontMatter(readFileSync(source.file, 'utf8'), where);
    const root = markdownBody(body, site.flavour, report);
    clampHeadings(root, report);
    const anchors = anchorMap(root, []);
    const draft = truthy(source.data.draft) || source.data.published === false;
    const live = !draft && (source.day ?? today) <= today;
    const path = entryUrl('posts', slug);
    const old = site.permalink(source);
    const oldPath = old ? normalisePath(old) : undefined;
    const target = { path, anchors, live };
    byFile.set(source.relativePath, target);
    if (oldPath) book.pages.set(oldPath, target);
    return { source, report, where, title, slug, root, anchors, draft, live, path, oldPath };
  });

  const refTarget = (name: string) => {
    const wanted = name
      .replace(/^\/+/, '')
      .replace(MARKDOWN, '')
      .replace(/\/index$/, '');
    for (const [file, target] of byFile) {
      const bare = file.replace(MARKDOWN, '').replace(/\/index$/, '');
      if (bare === wanted || bare.endsWith(`/${wanted}`) || basename(bare) === basename(wanted)) return target;
    }
    return undefined;
  };

  const posts: ImportedPost[] = drafts.map((d) => {
    const { source, report, where, title, slug, root, anchors, live, path } = d;
    const fileDir = dirname(source.file);
    const resolveLinkHere = (url: string): LinkVerdict => {
      const [address = '', hash] = url.split('#');
      if (address.startsWith(REF) || (address && MARKDOWN.test(address) && !/^[a-z]+:/i.test(address))) {
        const name = address.startsWith(REF)
          ? address.slice(REF.length)
          : relative(site.root, resolve(fileDir, address)).split(sep).join('/');
        const target = refTarget(name);
        if (!target) return { drop: `no imported post ${name}` };
        if (live && target.live === false) return { drop: `${target.path} is not published (link to it once it is)` };
        const anchor = hash ? target.anchors?.get(hash) : undefined;
        return { url: anchor ? `${target.path}#${anchor}` : target.path };
      }
      return resolveLink(url, book, anchors, live);
    };
    const resolveImage = (url: string): ImageVerdict => {
      const found = findImage(url, fileDir, site);
      if ('drop' in found) return found;
      const name = `${toSlug(basename(found.file, extname(found.file))) || 'image'}${extname(found.file).toLowerCase()}`;
      const to = `content/images/figures/${slug}/${name}`;
      if (!images.some((i) => i.to === to)) images.push({ from: found.file, to });
      return { src: `../images/figures/${slug}/${name}` };
    };
    finishBody(root, { resolveLink: resolveLinkHere, resolveImage, report });

    const data = source.data;
    if (!source.day) throw new Error(`${where}: no date (add date: YYYY-MM-DD to the front matter)`);
    const updated =
      dayOf(data.lastmod) ??
      dayOf(data.updated) ??
      dayOf(data.updatedDate) ??
      dayOf(data.modified) ??
      dayOf(data.last_modified_at);
    const firstParagraph = root.children.find((n: RootContent) => n.type === 'paragraph');
    const summary = textOf(data, 'description', 'summary', 'excerpt', 'subtitle');
    const excerpt = fitText(summary ?? (firstParagraph ? toString(firstParagraph) : title), 'summary');
    if (!summary) report.push({ kind: 'converted', message: 'no description: made from the first paragraph' });

    const postCategories = [...source.categories, ...listOf(data, 'tags', 'tag', 'keywords')].map(categoryOf);
    if (!postCategories.length) {
      postCategories.push(categoryOf('Journal'));
      report.push({ kind: 'converted', message: 'no categories or tags: filed under "Journal"' });
    }
    const names = namesOf(data, 'authors', 'author');
    const authorObject =
      data.author && typeof data.author === 'object' && !Array.isArray(data.author)
        ? textOf(data.author as Record<string, unknown>, 'name')
        : undefined;
    const postAuthors = (authorObject ? [authorObject] : names).map(authorOf);
    if (!postAuthors.length) {
      postAuthors.push(authorOf(siteName));
      report.push({ kind: 'converted', message: `no author: written as ${siteName}` });
    }

    const hero = heroOf(coverOf(data), fileDir, site, slug, title, images, report);
    const aliases = [...listOf(data, 'aliases', 'redirect_from'), ...(d.oldPath ? [d.oldPath] : [])];
    const formerPaths = [...new Set(aliases.map((a) => normalisePath(a.split('#')[0]!.split('?')[0]!)))].filter(
      (p) => p !== path && p !== '/',
    );
    const redirectable = formerPaths.filter(
      (p) =>
        /^\/(?=.)(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.html?)?$/.test(p) &&
        p.length <= 300,
    );
    for (const p of formerPaths.filter((p) => !redirectable.includes(p)))
      report.push({ kind: 'dropped', message: `old address ${p}: characters a redirect cannot hold` });
    if (redirectable.length)
      report.push({ kind: 'imported', message: `old addresses ${redirectable.join(', ')} redirect here` });
    const draft = d.draft;
    if (!draft && source.day > today) report.push({ kind: 'imported', message: `scheduled for ${source.day}` });
    return {
      slug,
      source: where,
      title,
      description: oneLine(summary ?? excerpt, summary ? 500 : 160),
      excerpt,
      hero,
      categories: [...new Set(postCategories)],
      authors: [...new Set(postAuthors)],
      publishedAt: source.day,
      updatedAt: updated && updated > source.day ? updated : undefined,
      draft,
      faqs: [],
      formerPaths: redirectable,
      seo: { noindex: truthy(data.noindex) || data.sitemap === false },
      body: root,
      report,
    };
  });
  return { posts, authors: [...authors.values()], categories: [...categories.values()], faqs: [], images, notes };
}

/** The file an image path of a post names: beside the post, or from the site's static folders. */
function findImage(url: string, fileDir: string, site: Site): { file: string } | { drop: string } {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url))
    return { drop: 'an image on another site (save it into the site folder and link it from there)' };
  let path: string;
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    path = url;
  }
  const candidates = path.startsWith('/')
    ? [...site.staticFolders, site.root].map((d) => join(d, path))
    : [resolve(fileDir, path), ...site.staticFolders.map((d) => join(d, path))];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile() && c.startsWith(site.root));
  if (!found) return { drop: `${path} not found in the site folder` };
  const problem = sourceImageProblem(found);
  return problem ? { drop: `${path}: ${problem}` } : { file: found };
}

function heroOf(
  cover: { path: string; alt?: string } | undefined,
  fileDir: string,
  site: Site,
  slug: string,
  title: string,
  images: ImageCopy[],
  report: ReportLine[],
): ImportedPost['hero'] {
  let why = 'no cover image';
  if (cover) {
    const found = findImage(cover.path, fileDir, site);
    if ('file' in found) {
      const ext = extname(found.file).toLowerCase();
      images.push({ from: found.file, to: `content/images/journal/${slug}/hero/image${ext}` });
      const alt = oneLine(cover.alt ?? '', 300) || title;
      if (!cover.alt)
        report.push({
          kind: 'converted',
          message: `cover image has no alt text: wrote the title (describe the image in the admin)`,
        });
      report.push({ kind: 'imported', message: `cover image ${cover.path}` });
      return { image: `../images/journal/${slug}/hero/image${ext}`, alt };
    }
    why = `cover image ${cover.path}: ${found.drop}`;
  }
  images.push({ to: `content/images/journal/${slug}/hero/image.png` });
  report.push({ kind: 'converted', message: `${why}: a placeholder hero image was written (replace it in the admin)` });
  return { image: `../images/journal/${slug}/hero/image.png`, alt: PLACEHOLDER_ALT };
}
