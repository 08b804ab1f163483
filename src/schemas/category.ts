import { z } from 'astro/zod';
import { requiredText } from './shared';

/** A journal category (`content/categories/<slug>.yaml`). */
export const categorySchema = () =>
  z
    .object({
      /** Display name; its slug is the file name. */
      name: requiredText('name'),
      /** One or two sentences shown on the category page and used as its meta description. */
      description: requiredText('description', 'summary'),
    })
    .strict();
