import { z } from 'astro/zod';
import { callToAction, optionalText, requiredText, seoOverrides, slugRefs } from './shared';
import { CURRENCIES, PRICING_MODELS } from './vocabulary';

/** Frontmatter of a service page (`content/services/<slug>.mdx`); the MDX body describes the service. */
export const serviceSchema = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** Service name; its slug is the file name. */
      title: requiredText('title'),
      /** One or two sentences shown on cards and at the top of the page. */
      summary: requiredText('summary', 'summary'),
      /** Meta description for search results (ideally 70-160 characters). */
      description: requiredText('description', 'summary'),
      /** Who the service is for. */
      audience: requiredText('audience', 'prose'),
      /** What the client has at the end, one item per line. */
      outcomes: z.array(requiredText('outcomes[]', 'line')).min(1, { error: 'list at least one outcome' }),
      /** Engagement model and price. */
      pricing: z
        .object({
          /** hourly, fixed or retainer (default: fixed). */
          model: z
            .enum(PRICING_MODELS, { error: `pricing.model must be one of: ${PRICING_MODELS.join(', ')}` })
            .default('fixed'),
          /** Whole amount in the currency: per hour, in total, or per month. Leave empty for "on request". */
          amount: z.number().int().positive({ error: 'pricing.amount must be a positive whole number' }).nullish(),
          /** Currency of the amount (default: USD). */
          currency: z.enum(CURRENCIES).default('USD'),
          /** Extra pricing text, e.g. "two days a week, 3-month minimum". */
          note: optionalText('pricing.note'),
        })
        .strict(),
      /** Typical duration, e.g. "6 to 12 months". */
      duration: requiredText('duration', 'label'),
      /** Call to action shown on the page. */
      cta: callToAction(),
      /** FAQs shown on the page (default: none). */
      faqs: slugRefs('FAQ'),
      /** Journal posts suggested on the page (default: none). */
      relatedPosts: slugRefs('post'),
      /** Position in service listings, lowest first (default: 0). */
      order: z.number().int().default(0),
      /** Former slugs that should keep working (default: none). */
      formerSlugs: slugRefs('former slug'),
      /** Search-engine overrides (default: none). */
      seo: seoOverrides(image),
    })
    .strict();
