import { frame, headline, lede, type Brand } from './frame';

/** What the site's default card (and a section's card) shows. */
export interface SiteCardData {
  /** Large text: the site name, or a section title such as "Journal". */
  heading: string;
  /** Line under it: the tagline or the section's description. */
  text?: string;
  /** Small text above it. */
  kicker: string;
}

/** Bumped when this template's look changes. */
export const version = 1;

/** The site default: brand and tagline; also used for sections (journal, services, FAQ). */
export function render(data: SiteCardData, brand: Brand) {
  return frame(brand, data.kicker, [headline(data.heading, 80), ...(data.text ? [lede(data.text, 170)] : [])]);
}
