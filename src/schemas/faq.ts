import { z } from 'astro/zod';
import { requiredText } from './shared';

/** Frontmatter of an FAQ (`content/faqs/<slug>.mdx`); the MDX body is the answer. */
export const faqSchema = () =>
  z
    .object({
      /** The question, as a reader would ask it; its slug is the file name. */
      question: requiredText('question'),
      /** Topic heading the FAQ is grouped under on the FAQ hub. */
      topic: requiredText('topic', 'label'),
      /** Position within its topic, lowest first (default: 0). */
      order: z.number().int({ error: 'order must be a whole number' }).default(0),
    })
    .strict();
