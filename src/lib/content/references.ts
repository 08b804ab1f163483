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

/** A reference problem located by file and field. */
export interface ReferenceProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * Finds every reference to an entry that does not exist, in frontmatter lists and in body blocks.
 * With `isLive`, a live entry that points at a post that is not (a draft) is reported too.
 */
export function findReferenceProblems(
  snapshot: Snapshot,
  fileOf: (collection: string, entry: CheckedEntry) => string,
  isLive?: (collection: string, entry: CheckedEntry) => boolean,
): ReferenceProblem[] {
  const known = Object.fromEntries(
    Object.entries(snapshot).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  ) as Record<keyof Snapshot, Set<string>>;
  const byId = Object.fromEntries(
    Object.entries(snapshot).map(([name, entries]) => [name, new Map(entries.map((e) => [e.id, e]))]),
  ) as Record<keyof Snapshot, Map<string, CheckedEntry>>;
  const problems: ReferenceProblem[] = [];
  const check = (file: string, field: string, target: keyof Snapshot, slug: string, fromLive: boolean) => {
    const found = byId[target].get(slug);
    if (!found) problems.push({ file, field, message: describeMissing(target, slug, known[target]) });
    else if (fromLive && isLive && !isLive(target, found)) {
      problems.push({
        file,
        field,
        message: `${NOUNS[target]} "${slug}" is not published (publish it first, or remove the reference)`,
      });
    }
  };
  for (const [collection, entries] of Object.entries(snapshot)) {
    for (const entry of entries) {
      const file = fileOf(collection, entry);
      const live = isLive?.(collection, entry) ?? false;
      for (const [field, target] of Object.entries(FIELD_TARGETS[collection] ?? {})) {
        const value = entry.data[field];
        if (!Array.isArray(value)) continue;
        value.forEach((slug, index) => check(file, `${field}[${index}]`, target, slug, live));
      }
      for (const [component, attribute, target] of BODY_REFS) {
        for (const slug of bodyReferences(entry.body ?? '', component, attribute)) {
          check(file, `body <${component} ${attribute}>`, target, slug, live);
        }
      }
    }
  }
  return problems;
}

/**
 * Finds every reference to an entry that does not exist, in frontmatter lists and in body blocks.
 * Each problem reads `file: field: what is wrong (how to fix it)`.
 */
export function findBrokenReferences(snapshot: Snapshot, fileOf: (collection: string, entry: CheckedEntry) => string): string[] {
  return findReferenceProblems(snapshot, fileOf).map((p) => `${p.file}: ${p.field}: ${p.message}`);
}
