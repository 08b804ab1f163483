import { createHash } from 'node:crypto';
import { bodyReferences } from '../content/references';
import { pick } from '../content/pick';
import type { Post, Site } from '../content/site';
import { relatedPosts } from '../reading/related';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied from the previous output instead of rendered.
 * A key must therefore cover every piece of content the page shows. Astro itself tracks the page's
 * code and the rendered MDX bodies; everything read from the content collections goes into the key.
 * `tests/build/incremental.test.ts` proves the keys complete: after edits, an incremental build
 * must produce the same files as a build from scratch.
 */

type Entry = { id: string; data: unknown; body?: string };

const digest = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v)))
    .digest('base64url')
    .slice(0, 32);

const entries = new WeakMap<Entry, string>();
/** An entry's id, data and body, digested once per build. */
const entry = (e: Entry): string => {
  let found = entries.get(e);
  if (found === undefined) {
    found = digest({ id: e.id, data: e.data, body: e.body });
    entries.set(e, found);
  }
  return found;
};

const memo = new WeakMap<Site, { frame: string; everything: string }>();

function siteDigests(site: Site) {
  let found = memo.get(site);
  if (!found) {
    // Settings reach every page: header, footer, default call to action, SEO defaults, share cards.
    const frame = digest({ settings: site.settings });
    const everything = digest({
      frame,
      posts: site.posts.map(entry),
      faqs: site.faqs.map(entry),
      services: site.services.map(entry),
      comparisons: site.comparisons.map(entry),
      authors: site.authors.map(entry),
      categories: site.categories.map(entry),
    });
    found = { frame, everything };
    memo.set(site, found);
  }
  return found;
}

/**
 * Key for pages that list or summarise many entries (categories, authors, services, comparisons):
 * any content change re-renders them. There are few of them.
 */
export const siteKey = (site: Site): string => siteDigests(site).everything;

/** The blocks a post body embeds that show other entries' content. */
function embedded(post: Post, site: Site) {
  const body = post.body ?? '';
  return {
    comparisons: pick(site.comparison, bodyReferences(body, 'Comparison', 'comparison')).map(entry),
    faqs: pick(site.faq, bodyReferences(body, 'FaqGroup', 'faqs')).map(entry),
  };
}

/**
 * Key for a post's own pages (the article, its Markdown copy): the post, the settings, the entries it
 * names (authors, categories, services, FAQs, embedded comparisons and FAQ groups) and the posts it
 * suggests under "continue reading", with their categories. Editing one post re-renders that post and
 * the few pages that suggest it, not the whole journal.
 */
export function postKey(post: Post, site: Site): string {
  let found = postKeys.get(post);
  if (found === undefined) {
    found = postKeyOf(post, site);
    postKeys.set(post, found);
  }
  return found;
}

/** Post keys of this build: the article and its Markdown copy ask for the same one. */
const postKeys = new WeakMap<Post, string>();

function postKeyOf(post: Post, site: Site): string {
  const { data } = post;
  const related = relatedPosts(post, site.posts);
  return digest({
    frame: siteDigests(site).frame,
    post: entry(post),
    authors: pick(site.author, data.authors).map(entry),
    categories: pick(site.category, data.categories).map(entry),
    services: pick(site.service, data.services).map(entry),
    faqs: pick(site.faq, data.faqs).map(entry),
    embedded: embedded(post, site),
    // Suggestions are cards: title, date, hero image and category names, no body.
    related: related.map((p) => card(p, site)),
  });
}

/** What a post's card shows (title, date, hero image, status, category names): its data, not its body. */
const card = (post: Post, site: Site) => ({
  id: post.id,
  data: post.data,
  categories: pick(site.category, post.data.categories).map(entry),
});

/**
 * Key for one page of the journal listing: the settings, the category links above the list, the
 * page's place in the listing and the cards it shows. Editing a post re-renders the page that lists
 * it (and, when the post moves or goes, the pages it moves across), not every page of the journal.
 */
export function journalPageKey(site: Site, page: { currentPage: number; lastPage: number; data: Post[] }): string {
  return digest({
    frame: siteDigests(site).frame,
    categories: site.categories.map(entry),
    page: [page.currentPage, page.lastPage],
    cards: page.data.map((post) => card(post, site)),
  });
}
