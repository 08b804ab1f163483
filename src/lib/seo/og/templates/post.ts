import { h } from '../element';
import { theme } from '../theme';
import { frame, headline, type Brand } from './frame';

/** What a post's card shows. */
export interface PostCardData {
  title: string;
  category?: string;
  authors: string[];
  /** Publication date in words. */
  date: string;
}

/** Bumped when this template's look changes. */
export const version = 1;

/** A journal post: its category as kicker, the headline, then authors and date. */
export function render(data: PostCardData, brand: Brand) {
  const byline = [data.authors.join(', '), data.date].filter(Boolean).join('  ·  ');
  return frame(brand, data.category ?? 'Journal', [
    headline(data.title),
    h('div', { display: 'flex', marginTop: 32, fontSize: 30, color: theme.muted }, byline),
  ]);
}
