import { SEARCH_LENGTHS } from '../../../content-model/vocabulary';
import type { Entry } from './entry';
import { warning, type Problem } from './problem';

const LIMITS = {
  title: SEARCH_LENGTHS.title.max,
  descriptionMin: SEARCH_LENGTHS.description.min,
  descriptionMax: SEARCH_LENGTHS.description.max,
};

/**
 * Warnings (never errors) for meta titles and descriptions outside the lengths search results show in
 * full (`SEARCH_LENGTHS`, which the admin's fields also count against).
 */
export function checkLengths(entry: Entry): Problem[] {
  const data = entry.data as { title?: string; description?: string; seo?: { title?: string } } | undefined;
  if (!data || !['posts', 'services'].includes(entry.collection)) return [];
  const problems: Problem[] = [];
  const title = data.seo?.title ?? data.title ?? '';
  const titleField = data.seo?.title ? 'seo.title' : 'title';
  if (title.length > LIMITS.title) {
    problems.push(
      warning(entry.file, titleField, `${title.length} characters; search results show about ${LIMITS.title} (set a shorter meta title under SEO)`),
    );
  }
  const length = data.description?.length ?? 0;
  if (length < LIMITS.descriptionMin || length > LIMITS.descriptionMax) {
    const hint = length < LIMITS.descriptionMin ? 'say a little more' : 'shorten it';
    problems.push(
      warning(entry.file, 'description', `${length} characters; search results show ${LIMITS.descriptionMin} to ${LIMITS.descriptionMax} (${hint})`),
    );
  }
  return problems;
}
