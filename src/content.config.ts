import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SETTINGS_FILE } from './integrations/site-config';
import { authorSchema } from './schemas/author';
import { categorySchema } from './schemas/category';
import { comparisonSchema } from './schemas/comparison';
import { faqSchema } from './schemas/faq';
import { postSchema } from './schemas/post';
import { serviceSchema } from './schemas/service';
import { settingsSchema } from './schemas/settings';

/** Entries are named by their file name, which is the slug the admin chose. */
const files = (pattern: string, base: string) =>
  glob({ pattern, base, generateId: ({ entry }) => entry.replace(/\.(mdx|md|ya?ml)$/, '') });

export const collections = {
  posts: defineCollection({
    loader: files('*.mdx', './content/journal'),
    schema: ({ image }) => postSchema(image),
  }),
  faqs: defineCollection({ loader: files('*.mdx', './content/faqs'), schema: faqSchema() }),
  services: defineCollection({
    loader: files('*.mdx', './content/services'),
    schema: ({ image }) => serviceSchema(image),
  }),
  comparisons: defineCollection({ loader: files('*.yaml', './content/comparisons'), schema: comparisonSchema() }),
  authors: defineCollection({
    loader: files('*.yaml', './content/authors'),
    schema: ({ image }) => authorSchema(image),
  }),
  categories: defineCollection({ loader: files('*.yaml', './content/categories'), schema: categorySchema() }),
  settings: defineCollection({
    loader: {
      name: 'settings-file',
      load: async ({ store, parseData, watcher, config }) => {
        const absolute = fileURLToPath(new URL(SETTINGS_FILE, config.root));
        const sync = async () => {
          const data = parse(await readFile(absolute, 'utf8'));
          const parsed = await parseData({ id: 'settings', data, filePath: absolute });
          store.set({ id: 'settings', data: parsed, filePath: SETTINGS_FILE });
        };
        await sync();
        watcher?.add(absolute);
        watcher?.on('change', (changed) => changed === absolute && sync());
      },
    },
    schema: ({ image }) => settingsSchema(image),
  }),
};
