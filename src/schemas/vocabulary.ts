/**
 * Enumerations shared by the Keystatic fields and the content schemas, so the admin UI and the
 * build accept exactly the same values.
 */

/** Kinds of callout an editor can insert into a body. */
export const CALLOUT_KINDS = ['note', 'tip', 'warning'] as const;

/** Verdict shown in a comparison cell; `none` shows the cell text alone. */
export const VERDICTS = ['yes', 'partial', 'no', 'none'] as const;

/** How a service is billed. */
export const PRICING_MODELS = ['hourly', 'fixed', 'retainer'] as const;

/** Currencies a price may be quoted in (ISO 4217). */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD'] as const;

/** Social networks a profile link may point to. */
export const SOCIAL_NETWORKS = [
  'linkedin',
  'x',
  'github',
  'mastodon',
  'bluesky',
  'youtube',
  'email',
  'website',
] as const;

/** What each journal feed item carries: the whole article as HTML, or its summary. */
export const FEED_CONTENT = ['full', 'summary'] as const;

/** Human labels for the select options above, used by the admin UI and the site. */
export const LABELS: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  yes: 'Yes',
  partial: 'Partly',
  no: 'No',
  none: 'No verdict (text only)',
  hourly: 'Hourly',
  fixed: 'Fixed price',
  retainer: 'Monthly retainer',
  linkedin: 'LinkedIn',
  x: 'X',
  github: 'GitHub',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  youtube: 'YouTube',
  email: 'Email',
  website: 'Website',
  full: 'Full article',
  summary: 'Summary only',
};

/** Builds Keystatic select options from one of the enumerations above. */
export function selectOptions<T extends string>(values: readonly T[]): { label: string; value: T }[] {
  return values.map((value) => ({ label: LABELS[value] ?? value, value }));
}

/** Slugs are lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest slug: URLs stay readable and shareable, and file names (the entry's own, its share card's)
 * stay far below the file system's 255-byte limit that a pasted paragraph as a title would exceed.
 */
export const SLUG_MAX = 80;

/** `slug` cut at the last whole word that fits in {@link SLUG_MAX} characters. */
export function shortenSlug(slug: string): string {
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : cut.slice(0, SLUG_MAX)).replace(/-+$/, '');
}

/**
 * Where a link may point: a page of this site ("/…"), an anchor ("#…"), a web address or an email
 * address. The build refuses anything else (`javascript:` included); the admin's link fields check the
 * same pattern, so an editor hears of it when saving.
 */
export const LINK_PATTERN = /^(\/|#|https?:\/\/|mailto:)/;

/** An absolute web address, as the site's own URL and booking links must be. */
export const WEB_ADDRESS_PATTERN = /^https?:\/\/\S+$/;

/** An email address as the admin accepts it (the build's check is zod's, which this pattern does not loosen). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lengths search results show without cutting: meta titles up to 60 characters, descriptions 70-160. */
export const SEARCH_LENGTHS = { title: { max: 60 }, description: { min: 70, max: 160 } } as const;
