import type { z } from 'astro/zod';
import {
  altText,
  callToActionFields,
  field,
  relationship,
  relationships,
  secondaryLinkProblem,
  select,
  text,
  type Field,
} from './fields';
import { CALLOUT_KINDS } from './vocabulary';

/** A block an editor inserts into an MDX body: its admin form and the props the build checks. */
export interface BlockSpec {
  label: string;
  description: string;
  /** A `block` stands alone; a `wrapper` holds body text (a callout around paragraphs). */
  kind: 'block' | 'wrapper';
  /** Its props, each a field. */
  props: Record<string, Field<unknown>>;
  /** Checks across its props, run after each prop's own. */
  refine?: (props: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>) => void;
}

/**
 * Every block a body may hold, by the name it is written with (`<Comparison comparison="…" />`).
 * `src/components/mdx/` renders each under the same name, and `src/keystatic/previews.ts` draws it in
 * the admin's editor. Which bodies may use which blocks is a body field's `blocks` option.
 */
export const BLOCKS = {
  Comparison: {
    label: 'Comparison table',
    description: 'Embeds a comparison table from the library.',
    kind: 'block',
    props: { comparison: relationship('Comparison', 'comparisons') },
  },
  FaqGroup: {
    label: 'FAQ group',
    description: 'A set of questions and answers from the FAQ library.',
    kind: 'block',
    props: {
      title: text('Heading (optional)', { kind: 'title' }),
      faqs: relationships('FAQs', 'faqs', { min: 1 }),
    },
  },
  CallToAction: {
    label: 'Call to action',
    description: 'A headline, a sentence and a button.',
    kind: 'block',
    props: callToActionFields('A site path such as /contact/ or a full URL.'),
    refine: (props, ctx) => {
      const problem = secondaryLinkProblem(props);
      if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    },
  },
  Callout: {
    label: 'Callout',
    description: 'A highlighted note, tip or warning.',
    kind: 'wrapper',
    props: {
      kind: select('Kind', CALLOUT_KINDS, 'note'),
      title: text('Title (optional)', { kind: 'title' }),
    },
  },
  Figure: {
    label: 'Figure',
    description: 'An image with alt text and an optional caption.',
    kind: 'block',
    props: {
      // The admin stores the file and writes its path; the build reads the path as text and resolves it.
      src: field(
        { kind: 'image', label: 'Image', folder: 'figures', required: true },
        text('Image', { required: true }).schema,
      ),
      alt: altText(),
      caption: text('Caption'),
    },
  },
} as const satisfies Record<string, BlockSpec>;

/** Names of the blocks a body may use. */
export type BlockName = keyof typeof BLOCKS;

/** Every block a body may hold, sorted by name. */
export const ALL_BLOCKS = Object.keys(BLOCKS).sort() as BlockName[];
