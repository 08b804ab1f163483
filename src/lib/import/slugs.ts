import slugify from '@sindresorhus/slugify';
import { SLUG_PATTERN, shortenSlug } from '../../content-model/vocabulary';

/** Slugs handed out in one import, so two entries never get the same file. */
export class SlugPool {
  private taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const slug of reserved) this.taken.add(slug);
  }

  /** A free slug made from `preferred` (then `fallback`), numbered `-2`, `-3`... when taken. */
  claim(preferred: string, fallback = 'entry'): string {
    const base = toSlug(preferred) || toSlug(fallback) || 'entry';
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = shortenSlug(`${base}-${n}`);
    this.taken.add(slug);
    return slug;
  }
}

/** A Quire slug from any text: `Über uns!` -> `uber-uns`; percent-encoded WordPress slugs are decoded first. */
export function toSlug(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // not percent-encoded
  }
  const slug = shortenSlug(slugify(decoded));
  return SLUG_PATTERN.test(slug) ? slug : '';
}
