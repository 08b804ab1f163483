import { CONTENT_TYPES } from '../../content-model/types';

/** What the admin's "save" sends to `/api/keystatic/update`: files to write (base64url) and to delete. */
export interface AdminUpdate {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

/** An entry renamed by a save: its collection, old and new slug. */
export interface SlugChange {
  collection: string;
  from: string;
  to: string;
}

const decode = (contents: string) => Buffer.from(contents, 'base64url').toString('utf8');
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Where each collection's entries live, and whether they keep their former slugs. */
const COLLECTION_FILES = Object.entries(CONTENT_TYPES).map(([name, type]) => ({
  name,
  folder: `${type.folder}/`,
  extension: type.extension,
  keepsFormerSlugs: 'formerSlugs' in type.fields,
}));

/** The collection and slug of an entry file (`content/journal/x.mdx`), or undefined for any other file. */
export function entryOf(path: string): { collection: string; slug: string } | undefined {
  for (const c of COLLECTION_FILES) {
    if (!path.startsWith(c.folder) || !path.endsWith(c.extension)) continue;
    const slug = path.slice(c.folder.length, -c.extension.length);
    if (slug && !slug.includes('/')) return { collection: c.name, slug };
  }
  return undefined;
}

/** The renames a save makes: one entry file deleted and one written in the same collection. */
export function slugChanges(update: AdminUpdate): SlugChange[] {
  const changes: SlugChange[] = [];
  for (const { name } of COLLECTION_FILES) {
    const gone = update.deletions.map((d) => entryOf(d.path)).filter((e) => e?.collection === name);
    const added = update.additions.map((a) => entryOf(a.path)).filter((e) => e?.collection === name);
    if (gone.length === 1 && added.length === 1 && gone[0]!.slug !== added[0]!.slug) {
      changes.push({ collection: name, from: gone[0]!.slug, to: added[0]!.slug });
    }
  }
  return changes;
}

/** The front matter of an `.mdx` file (between the first two `---` lines), or the whole of a `.yaml` file. */
function frontMatter(text: string, extension: string): { head: string; yaml: string; tail: string } {
  if (extension === '.yaml') return { head: '', yaml: text, tail: '' };
  const match = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/.exec(text);
  return match ? { head: match[1]!, yaml: match[2]!, tail: match[3]! } : { head: '', yaml: '', tail: text };
}

/** The items of a top-level YAML list of plain words (`key: []`, or `key:` then `  - item` lines). */
const LIST = (key: string) => new RegExp(`^${key}:(?: \\[\\])?\\r?\\n((?:[ \\t]+- .*\\r?\\n)*)`, 'm');

/** Reads the top-level list `key` of a YAML text, as Keystatic writes it. */
export function readList(yaml: string, key: string): string[] | undefined {
  const match = LIST(key).exec(yaml);
  if (!match) return undefined;
  return [...match[1]!.matchAll(/- (.*)/g)].map((m) => m[1]!.trim().replace(/^(['"])(.*)\1$/, '$2'));
}

/** Writes the top-level list `key` of a YAML text as Keystatic would: `key: []`, or one `  - item` a line. */
export function writeList(yaml: string, key: string, items: readonly string[]): string {
  const block = items.length ? `${key}:\n${items.map((i) => `  - ${i}\n`).join('')}` : `${key}: []\n`;
  if (LIST(key).test(yaml)) return yaml.replace(LIST(key), () => block);
  return `${yaml}${yaml.endsWith('\n') || yaml === '' ? '' : '\n'}${block}`;
}

/** An entry's file with `change.from` added to its former slugs (and `change.to` taken out of them). */
export function recordFormerSlug(text: string, extension: string, change: SlugChange): string {
  const { head, yaml, tail } = frontMatter(text, extension);
  const former = (readList(yaml, 'formerSlugs') ?? []).filter((s) => s !== change.to && s !== change.from);
  return `${head}${writeList(yaml, 'formerSlugs', [...former, change.from])}${tail}`;
}

/** Relationship fields at the top of each collection's entries, by the collection they point to. */
const REFERENCES = Object.entries(CONTENT_TYPES).flatMap(([name, type]) =>
  Object.entries(type.fields).flatMap(([field, f]) => {
    const admin = (f as { admin: { kind: string; collection?: string } }).admin;
    return admin.kind === 'relationships' || admin.kind === 'relationship'
      ? [{ collection: name, field, kind: admin.kind, target: admin.collection! }]
      : [];
  }),
);

/** An entry's file with every top-level reference to `change.from` pointed at `change.to`, or undefined if none. */
export function repointReferences(text: string, collection: string, change: SlugChange): string | undefined {
  const fields = REFERENCES.filter((r) => r.collection === collection && r.target === change.collection);
  const type = CONTENT_TYPES[collection as keyof typeof CONTENT_TYPES];
  let { head, yaml, tail } = frontMatter(text, type.extension);
  let changed = false;
  for (const ref of fields) {
    if (ref.kind === 'relationships') {
      const items = readList(yaml, ref.field);
      if (!items?.includes(change.from)) continue;
      yaml = writeList(
        yaml,
        ref.field,
        items.map((i) => (i === change.from ? change.to : i)),
      );
      changed = true;
    } else {
      const single = new RegExp(`^(${ref.field}: ['"]?)${change.from}(['"]?)$`, 'm');
      if (!single.test(yaml)) continue;
      yaml = yaml.replace(single, `$1${change.to}$2`);
      changed = true;
    }
  }
  return changed ? `${head}${yaml}${tail}` : undefined;
}

/** Entry files are written after the files they point to (images) and deleted before them. */
const entryLast = (a: { path: string }, b: { path: string }) => Number(!!entryOf(a.path)) - Number(!!entryOf(b.path));

/**
 * The save the admin should make: for each renamed entry, its old slug recorded in its former slugs (so
 * its old address redirects) and the entries that pointed at it pointed at its new slug; images written
 * before the entry that shows them, and the entry deleted before its images, so the dev server never
 * reads an entry whose image is not there. `files` lists the entry files on disk; `read` reads one.
 */
export function planSave(update: AdminUpdate, files: readonly string[], read: (path: string) => string): AdminUpdate {
  const additions = update.additions.map((a) => ({ ...a }));
  for (const change of slugChanges(update)) {
    const spec = COLLECTION_FILES.find((c) => c.name === change.collection)!;
    if (spec.keepsFormerSlugs) {
      const renamed = additions.find((a) => entryOf(a.path)?.slug === change.to && a.path.startsWith(spec.folder))!;
      renamed.contents = encode(recordFormerSlug(decode(renamed.contents), spec.extension, change));
    }
    for (const path of files) {
      const entry = entryOf(path);
      if (!entry || (entry.collection === change.collection && entry.slug === change.from)) continue;
      const pending = additions.find((a) => a.path === path);
      const text = pending ? decode(pending.contents) : read(path);
      const repointed = repointReferences(text, entry.collection, change);
      if (repointed === undefined) continue;
      if (pending) pending.contents = encode(repointed);
      else additions.push({ path, contents: encode(repointed) });
    }
  }
  return {
    additions: additions.sort(entryLast),
    deletions: [...update.deletions].sort((a, b) => -entryLast(a, b)),
  };
}
