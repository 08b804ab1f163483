import { z } from 'astro/zod';
import { href, optionalImageWithAlt, requiredText } from './shared';

/** An author (`content/authors/<slug>.yaml`). */
export const authorSchema = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** Full name; its slug is the file name. */
      name: requiredText('name'),
      /** Job title shown in bylines. */
      role: requiredText('role', 'label'),
      /** A short biography (plain text, a few sentences). */
      bio: requiredText('bio', 'prose'),
      /** Portrait with alt text (optional). */
      photo: optionalImageWithAlt(image, 'photo'),
      /** Profile links such as LinkedIn or a personal site (default: none). */
      links: z
        .array(
          z
            .object({
              /** Link text. */
              label: requiredText('links[].label', 'label'),
              /** Link target. */
              url: href('links[].url'),
            })
            .strict(),
        )
        .default([]),
    })
    .strict();
