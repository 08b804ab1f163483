import type { Root } from 'mdast';
import { CONTENT_TYPES } from '../../content-model/types';
import { mdxFile, ordered, yamlDate, yamlText } from './keystatic-format';
import type { ImportedAuthor, ImportedCategory, ImportedFaq, ImportedPost } from './model';

/** The file of each imported entry, from the project root, with its text as the admin would save it. */
export interface EntryFile {
  path: string;
  text: string;
  /** What it is, for the report: `post`, `author`... */
  noun: string;
  /** Where it came from, for the report. */
  source?: string;
}

const order = (type: keyof typeof CONTENT_TYPES) => Object.keys(CONTENT_TYPES[type].fields);
const file = (type: keyof typeof CONTENT_TYPES, slug: string) =>
  `${CONTENT_TYPES[type].folder}/${slug}${CONTENT_TYPES[type].extension}`;

/** A post's front matter and body, every field the admin writes, in its order. */
export function postFile(post: ImportedPost): EntryFile {
  const data = ordered(
    {
      title: post.title,
      description: post.description,
      excerpt: post.excerpt,
      hero: post.hero,
      categories: post.categories,
      authors: post.authors,
      publishedAt: yamlDate(post.publishedAt),
      updatedAt: post.updatedAt ? yamlDate(post.updatedAt) : undefined,
      draft: post.draft,
      services: [],
      faqs: post.faqs,
      closing: { discriminant: 'default' },
      formerSlugs: [],
      formerPaths: post.formerPaths,
      seo: { title: post.seo.title, canonical: post.seo.canonical, noindex: post.seo.noindex },
    },
    order('posts'),
  );
  return { path: file('posts', post.slug), text: mdxFile(data, post.body), noun: 'post', source: post.source };
}

export function authorFile(author: ImportedAuthor): EntryFile {
  const data = ordered(
    { name: author.name, kind: 'person', bio: author.bio, links: [], formerPaths: author.formerPaths },
    order('authors'),
  );
  return { path: file('authors', author.slug), text: yamlText(data), noun: 'author' };
}

export function categoryFile(category: ImportedCategory): EntryFile {
  const data = ordered(
    { name: category.name, description: category.description, formerPaths: category.formerPaths },
    order('categories'),
  );
  return { path: file('categories', category.slug), text: yamlText(data), noun: 'category' };
}

export function faqFile(faq: ImportedFaq): EntryFile {
  const data = ordered({ question: faq.question, topic: faq.topic, order: faq.order }, order('faqs'));
  return { path: file('faqs', faq.slug), text: mdxFile(data, faq.answer as Root), noun: 'FAQ' };
}
