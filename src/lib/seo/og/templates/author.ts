import { h } from '../element';
import { theme } from '../theme';
import { clip, frame, type Brand } from './frame';

/** What an author's card shows. */
export interface AuthorCardData {
  name: string;
  role?: string;
  /** Number of published articles. */
  articles: number;
}

/** Bumped when this template's look changes. */
export const version = 1;

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .slice(0, 2)
    .join('');

/** An author: a monogram beside the name, role and article count. */
export function render(data: AuthorCardData, brand: Brand) {
  const count = `${data.articles} article${data.articles === 1 ? '' : 's'}`;
  return frame(brand, 'Author', [
    h(
      'div',
      { display: 'flex', alignItems: 'center' },
      h(
        'div',
        {
          display: 'flex',
          width: 180,
          height: 180,
          borderRadius: 90,
          backgroundColor: theme.highlight,
          color: theme.accent,
          border: `4px solid ${theme.accent}`,
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 72,
          fontWeight: 700,
          marginRight: 48,
        },
        initials(data.name),
      ),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flex: 1 },
        h('div', { display: 'flex', fontSize: 72, fontWeight: 700, letterSpacing: -1 }, clip(data.name, 40)),
        h('div', { display: 'flex', fontSize: 34, color: theme.muted, marginTop: 12 }, clip(data.role ?? '', 60)),
        h('div', { display: 'flex', fontSize: 28, color: theme.accent, marginTop: 16, fontWeight: 700 }, count),
      ),
    ),
  ]);
}
