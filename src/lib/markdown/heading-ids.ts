import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

/**
 * Ids the page layouts give their own elements (skip link target, sections, titles). A body heading
 * never takes one of them: `tests/build/site.test.ts` fails when a page carries an id outside this
 * list, the FAQ anchors and the body's headings.
 */
export const LAYOUT_IDS: readonly string[] = [
  'author-box-title',
  'browse',
  'compare',
  'continue-reading-title',
  'dev-problems-title',
  'faqs-title',
  'intro',
  'latest',
  'main',
  'related-reading',
  'related-services',
  'search-q',
  'services',
  'share-title',
  'used-in',
];

/**
 * Gives a body's headings their ids, one call per heading in order: GitHub-style slugs as Astro makes
 * them (repeats numbered), except that a slug the page already uses for something else (`reserved`)
 * gets `-section` added.
 */
export function headingIdMaker(reserved: ReadonlySet<string>): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => {
    let id = slugger.slug(text);
    while (reserved.has(id)) id = slugger.slug(`${id}-section`);
    return id;
  };
}

/** What a body's page uses besides its headings: the layout's ids and the anchors of attached FAQs. */
export function reservedIds(frontmatter: { faqs?: unknown } | undefined): Set<string> {
  const faqs = Array.isArray(frontmatter?.faqs) ? frontmatter.faqs.map(String) : [];
  return new Set([...LAYOUT_IDS, ...faqs]);
}

/**
 * A Sätteri hast plugin that gives every body heading its id from {@link headingIds} before Astro's own
 * heading-id step (which keeps an id that is set), so the table of contents, the page and the content
 * check's anchor list agree and no heading takes an id of the layout.
 */
export function bodyHeadingIds(): HastPluginEntry {
  return (context) => {
    const frontmatter = (context.data as { astro?: { frontmatter?: { faqs?: unknown } } }).astro?.frontmatter;
    const headingId = headingIdMaker(reservedIds(frontmatter));
    return {
      name: 'quire:heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (typeof node.properties?.id === 'string') return;
          ctx.setProperty(node, 'id', headingId(ctx.textContent(node)));
        },
      },
    };
  };
}
