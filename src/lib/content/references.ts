/** An entry as the checker sees it: its slug, its source file, its data and (for MDX) its body. */
export interface CheckedEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
  body?: string;
}

/** All entries by collection name. */
export type Snapshot = Record<'posts' | 'faqs' | 'services' | 'comparisons' | 'authors' | 'categories', CheckedEntry[]>;

/** Which collection each reference field points at, per collection. */
const FIELD_TARGETS: Record<string, Record<string, keyof Snapshot>> = {
  posts: { categories: 'categories', authors: 'authors', services: 'services', faqs: 'faqs' },
  services: { faqs: 'faqs', relatedPosts: 'posts' },
};

const NOUNS: Record<keyof Snapshot, string> = {
  posts: 'post',
  faqs: 'FAQ',
  services: 'service',
  comparisons: 'comparison',
  authors: 'author',
  categories: 'category',
};

/** Block components in bodies that point at other entries: component, attribute, collection. */
const BODY_REFS: [string, string, keyof Snapshot][] = [
  ['Comparison', 'comparison', 'comparisons'],
  ['FaqGroup', 'faqs', 'faqs'],
];

/** Slugs referenced by `<Component attr="slug" />` or `attr={["a", "b"]}` in an MDX body. */
export function bodyReferences(body: string, component: string, attribute: string): string[] {
  const found: string[] = [];
  const tag = new RegExp(`<${component}\\b([^>]*)/?>`, 'g');
  for (const match of body.matchAll(tag)) {
    const attrs = match[1] ?? '';
    const single = new RegExp(`\\b${attribute}=(?:"([^"]*)"|'([^']*)')`).exec(attrs);
    if (single) found.push(single[1] ?? single[2] ?? '');
    const list = new RegExp(`\\b${attribute}=\\{\\s*\\[([^\\]]*)\\]\\s*\\}`).exec(attrs);
    if (list) for (const item of (list[1] ?? '').matchAll(/["']([^"']*)["']/g)) found.push(item[1] ?? '');
  }
  return found;
}

function describeMissing(what: keyof Snapshot, slug: string, known: Set<string>): string {
  const choices = [...known].sort();
  const hint = choices.length ? `pick one of: ${choices.join(', ')}` : `create the ${NOUNS[what]} first`;
  return `no ${NOUNS[what]} "${slug}" (${hint})`;
}

/**
 * Finds every reference to an entry that does not exist, in frontmatter lists and in body blocks.
 * Each problem reads `file: field: what is wrong (how to fix it)`.
 */
export function findBrokenReferences(snapshot: Snapshot, fileOf: (collection: string, entry: CheckedEntry) => string): string[] {
  const known = Object.fromEntries(
    Object.entries(snapshot).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  ) as Record<keyof Snapshot, Set<string>>;
  const problems: string[] = [];
  for (const [collection, entries] of Object.entries(snapshot)) {
    for (const entry of entries) {
      const file = fileOf(collection, entry);
      for (const [field, target] of Object.entries(FIELD_TARGETS[collection] ?? {})) {
        const value = entry.data[field];
        if (!Array.isArray(value)) continue;
        value.forEach((slug, index) => {
          if (!known[target].has(slug)) problems.push(`${file}: ${field}[${index}]: ${describeMissing(target, slug, known[target])}`);
        });
      }
      for (const [component, attribute, target] of BODY_REFS) {
        for (const slug of bodyReferences(entry.body ?? '', component, attribute)) {
          if (!known[target].has(slug)) {
            problems.push(`${file}: body <${component} ${attribute}>: ${describeMissing(target, slug, known[target])}`);
          }
        }
      }
    }
  }
  return problems;
}
