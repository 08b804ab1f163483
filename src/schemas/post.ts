import { z } from 'astro/zod';
import { calendarDate, imageWithAlt, requiredText, seoOverrides, slugRefs } from './shared';

/** Frontmatter of a journal post (`content/journal/<slug>.mdx`); the MDX body is the article. */
export const postSchema = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** Headline of the article; its slug is the file name. */
      title: requiredText('title'),
      /** Meta description for search results and social cards (ideally 70-160 characters). */
      description: requiredText('description', 'summary'),
      /** One or two sentences shown on listing cards. */
      excerpt: requiredText('excerpt', 'summary'),
      /** Hero image shown above the article, with alt text. */
      hero: imageWithAlt(image, 'hero'),
      /** One or more category slugs; the first is the primary category. */
      categories: slugRefs('category', 1),
      /** One or more author slugs, in byline order. */
      authors: slugRefs('author', 1),
      /** Publication date; a future date schedules the post. */
      publishedAt: calendarDate('publishedAt'),
      /** Date of the last meaningful revision (optional). */
      updatedAt: z.preprocess(
        (value) => (value === '' || value === null ? undefined : value),
        calendarDate('updatedAt').optional(),
      ),
      /** Drafts show in `npm run dev` only (default: false). */
      draft: z.boolean().default(false),
      /** Services this post relates to (default: none). */
      services: slugRefs('service'),
      /** FAQs shown at the end of the post (default: none). */
      faqs: slugRefs('FAQ'),
      /** Former slugs that should keep working (default: none). */
      formerSlugs: slugRefs('former slug'),
      /** Search-engine overrides (default: none). */
      seo: seoOverrides(image),
    })
    .strict()
    .refine((post) => !post.updatedAt || post.updatedAt >= post.publishedAt, {
      error: 'updatedAt is before publishedAt (set it to the publish date or later, or clear it)',
      path: ['updatedAt'],
    });
