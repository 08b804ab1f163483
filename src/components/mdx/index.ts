import CallToAction from '../CallToAction.astro';
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import FaqGroup from './FaqGroup.astro';
import Figure from './Figure.astro';

/** The Astro component for each body block the admin offers (see `src/keystatic/components.ts`). */
export const mdxComponents = { Comparison, FaqGroup, CallToAction, Callout, Figure };
