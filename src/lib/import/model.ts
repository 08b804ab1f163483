import type { Root } from 'mdast';

/** What happened to one thing the import read, for the report: kept as is, converted, or dropped. */
export interface ReportLine {
  kind: 'imported' | 'converted' | 'dropped';
  /** What it was and why, such as `shortcode [gallery]: no Quire equivalent`. */
  message: string;
}

/** An author as the import writes it (`content/authors/<slug>.yaml`). */
export interface ImportedAuthor {
  slug: string;
  name: string;
  bio: string;
  /** Old addresses of the author's archive (`/author/login/`). */
  formerPaths: string[];
}

/** A category as the import writes it (`content/categories/<slug>.yaml`). */
export interface ImportedCategory {
  slug: string;
  name: string;
  description: string;
  formerPaths: string[];
}

/** An FAQ made from an FAQ block of a post (`content/faqs/<slug>.mdx`). */
export interface ImportedFaq {
  slug: string;
  question: string;
  topic: string;
  order: number;
  answer: Root;
}

/** An image file to copy into `content/images/`. */
export interface ImageCopy {
  /** Absolute path of the source file; none for a placeholder hero image. */
  from?: string;
  /** Destination from the project root (`content/images/...`). */
  to: string;
}

/** A post as the import writes it (`content/journal/<slug>.mdx`). */
export interface ImportedPost {
  slug: string;
  /** Where it came from, for messages: `export.xml: post 123 "Title"` or `hugo/content/posts/x.md`. */
  source: string;
  title: string;
  description: string;
  excerpt: string;
  hero: { image: string; alt: string };
  categories: string[];
  authors: string[];
  publishedAt: string;
  updatedAt?: string;
  draft: boolean;
  faqs: string[];
  formerPaths: string[];
  seo: { title?: string; canonical?: string; noindex: boolean };
  body: Root;
  report: ReportLine[];
}

/** Everything one import would write. */
export interface ImportPlan {
  posts: ImportedPost[];
  authors: ImportedAuthor[];
  categories: ImportedCategory[];
  faqs: ImportedFaq[];
  images: ImageCopy[];
  /** Notes about the whole source (items skipped, tags reported). */
  notes: ReportLine[];
}
