/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents: a section and its subsections. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Fewest top-level sections for which a post gets a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/**
 * The table of contents of an article: its h2 sections with their h3 subsections, or an empty list
 * when it has fewer than `minSections` sections (a short post reads better without one).
 */
export function tableOfContents(headings: readonly Heading[], minSections = TOC_MIN_SECTIONS): TocEntry[] {
  const sections: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { slug: heading.slug, text: heading.text, children: [] };
    if (heading.depth === 2) sections.push(entry);
    else if (heading.depth === 3 && sections.length > 0) sections.at(-1)!.children.push(entry);
  }
  return sections.length >= minSections ? sections : [];
}

/** A section the page adds after the body (such as the attached FAQs): its heading's id and text. */
export interface PageSection {
  slug: string;
  text: string;
}

/**
 * The headings of an article in page order: the body's, then the sections the page adds after the
 * body as h2 sections, so `tableOfContents` lists those too.
 */
export function articleHeadings(body: readonly Heading[], after: readonly PageSection[]): Heading[] {
  return [...body, ...after.map(({ slug, text }) => ({ depth: 2, slug, text }))];
}
