import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { ROOT } from './run';
import {
  authorSchema,
  categorySchema,
  comparisonSchema,
  fakeImage,
  faqSchema,
  postSchema,
  serviceSchema,
} from './schemas';

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: load(match[1] ?? ''), body: match[2] ?? '' };
}

function readEntries<T>(folder: string, parseData: (data: unknown) => T) {
  const dir = `${ROOT}content/${folder}`;
  return readdirSync(dir)
    .filter((name) => /\.(mdx|ya?ml)$/.test(name))
    .map((name) => {
      const raw = readFileSync(`${dir}/${name}`, 'utf8');
      const { data, body } = name.endsWith('.mdx') ? splitFrontmatter(raw) : { data: load(raw), body: '' };
      return { id: name.replace(/\.[^.]+$/, ''), file: `content/${folder}/${name}`, raw, body, data: parseData(data) };
    });
}

/** The repository's sample content, read straight from `content/` and validated with the site's schemas. */
export function sampleContent() {
  return {
    posts: readEntries('journal', (d) => postSchema(fakeImage).parse(d)),
    faqs: readEntries('faqs', (d) => faqSchema().parse(d)),
    services: readEntries('services', (d) => serviceSchema(fakeImage).parse(d)),
    comparisons: readEntries('comparisons', (d) => comparisonSchema().parse(d)),
    authors: readEntries('authors', (d) => authorSchema(fakeImage).parse(d)),
    categories: readEntries('categories', (d) => categorySchema().parse(d)),
  };
}
