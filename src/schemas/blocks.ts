import { z } from 'astro/zod';
import { href, optionalText, requiredText, slugRef } from './shared';
import { CALLOUT_KINDS } from './vocabulary';

/**
 * Props of the blocks an editor inserts into MDX bodies, checked when a body is rendered. Keystatic
 * defines the same blocks in `src/keystatic/components.ts`; a test keeps the two in step.
 */
export const blockSchemas = {
  /** An embedded comparison table. */
  Comparison: z.object({
    /** Slug of the comparison entry. */
    comparison: slugRef('comparison'),
  }),
  /** A set of FAQs from the library. */
  FaqGroup: z.object({
    /** Heading above the questions (optional). */
    title: optionalText('title', 'title'),
    /** Slugs of the FAQs, in order; at least one. */
    faqs: z.array(slugRef('FAQ')).min(1, { error: 'pick at least 1 FAQ' }),
  }),
  /** A call-to-action block. */
  CallToAction: z.object({
    /** Large text of the block. */
    headline: requiredText('headline'),
    /** One sentence under the headline (optional). */
    text: optionalText('text'),
    /** Button label. */
    label: requiredText('label', 'label'),
    /** Button target. */
    href: href('href'),
  }),
  /** A note, tip or warning around some body text. */
  Callout: z.object({
    /** note, tip or warning (default: note). */
    kind: z.enum(CALLOUT_KINDS, { error: `kind must be one of: ${CALLOUT_KINDS.join(', ')}` }).default('note'),
    /** Title shown in bold (optional; defaults to the kind). */
    title: optionalText('title', 'title'),
  }),
  /** An image with alt text and a caption. */
  Figure: z.object({
    /** Image path as the admin writes it. */
    src: requiredText('src', 'line'),
    /** What the image shows. */
    alt: requiredText('alt', 'line'),
    /** Caption under the image (optional). */
    caption: optionalText('caption'),
  }),
};

/** Names of the blocks a body may use. */
export type BlockName = keyof typeof blockSchemas;

/** Every block a body may hold, sorted by name. */
export const ALL_BLOCKS = Object.keys(blockSchemas).sort() as BlockName[];
