import { glob, type Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { CONTENT_TYPES, SETTINGS_FILE, schemaOf, settingsSchema, type ContentTypeName } from './content-model/types';
import { isPublished, type Publishable } from './lib/content/publish';
import { typeset } from './lib/markdown/typeset';
/** A type's files (`src/content-model/types.ts`), each named by its file name: the slug the admin chose. */
const files = (type: ContentTypeName) => {
  const { folder, extension } = CONTENT_TYPES[type];
  return glob({
    pattern: `*${extension}`,
    base: `./${folder}`,
    generateId: ({ entry }) => entry.slice(0, -extension.length),
  });
};

/**
 * Leaves drafts and scheduled posts out of the content store in a public build, so nothing of them
 * reaches dist/: not their pages, and not their images, which Astro emits for every entry in the store.
 * Dev and staging builds (QUIRE_SHOW_UNPUBLISHED=true) keep them.
 */
const publishedOnly = (loader: Loader): Loader => ({
  name: `${loader.name}-published`,
  load: async (context) => {
    await loader.load(context);
    const now = new Date();
    for (const entry of context.store.values()) {
      const data = entry.data as unknown as Publishable;
      const post = { draft: data.draft, publishedAt: new Date(data.publishedAt) };
      if (!isPublished(post, now)) context.store.delete(entry.id);
    }
  },
});

/** A type's collection: its files, validated by the schema its content-model module builds. */
const entries = <N extends ContentTypeName>(type: N, loader: (l: Loader) => Loader = (l) => l) =>
  defineCollection({ loader: loader(files(type)), schema: ({ image }) => schemaOf(type, image, typeset) });

export const collections = {
  posts: entries('posts', publishedOnly),
  faqs: entries('faqs'),
  services: entries('services'),
  comparisons: entries('comparisons'),
  authors: entries('authors'),
  categories: entries('categories'),
  settings: defineCollection({
    loader: {
      name: 'settings-file',
      load: async ({ store, parseData, watcher, config }) => {
        const absolute = fileURLToPath(new URL(SETTINGS_FILE, config.root));
        const sync = async () => {
          // Read as Astro's own file loader reads YAML (js-yaml, default schema).
          const data = load(await readFile(absolute, 'utf8'), { filename: absolute }) as Record<string, unknown>;
          const parsed = await parseData({ id: 'settings', data, filePath: absolute });
          store.set({ id: 'settings', data: parsed, filePath: SETTINGS_FILE });
        };
        await sync();
        watcher?.add(absolute);
        watcher?.on('change', (changed) => changed === absolute && sync());
      },
    },
    schema: ({ image }) => settingsSchema(image, typeset),
  }),
};
