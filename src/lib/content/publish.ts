/** The fields the publish rule looks at. */
export interface Publishable {
  draft: boolean;
  publishedAt: Date;
}

/**
 * Whether drafts and scheduled posts are shown: in `astro dev` yes, in a build no (set by the
 * publish-mode integration; undefined outside Astro, e.g. in unit tests, which pass it explicitly).
 */
export const SHOW_UNPUBLISHED: boolean = import.meta.env?.QUIRE_SHOW_UNPUBLISHED === true;

/**
 * The one publish rule used by every listing, page, feed, sitemap and search index: an entry is live
 * when it is not a draft and its publish date (midnight UTC) has come. In dev everything shows.
 */
export function isPublished(entry: Publishable, now: Date = new Date(), showUnpublished = SHOW_UNPUBLISHED): boolean {
  if (showUnpublished) return true;
  return !entry.draft && entry.publishedAt.getTime() <= now.getTime();
}

/** Why an entry is not live, for the badge shown in dev; `undefined` when it is live. */
export function unpublishedReason(entry: Publishable, now: Date = new Date()): 'draft' | 'scheduled' | undefined {
  if (entry.draft) return 'draft';
  if (entry.publishedAt.getTime() > now.getTime()) return 'scheduled';
  return undefined;
}

/** Newest first by publish date, then by slug for a stable order. */
export function byNewest<T extends { id: string; data: Publishable }>(a: T, b: T): number {
  return b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id);
}
