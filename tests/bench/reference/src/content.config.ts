import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

/** The same post files as the full site, read without a schema. */
export const collections = {
  posts: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/journal' }) }),
};
