import CallToAction from '../CallToAction.astro';
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import FaqGroup from './FaqGroup.astro';
import Figure from './Figure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';

/**
 * The Astro component for each body block the admin offers (see `src/keystatic/components.ts`), and
 * Markdown headings that link to themselves.
 */
export const mdxComponents = { Comparison, FaqGroup, CallToAction, Callout, Figure, h2: H2, h3: H3, h4: H4 };
