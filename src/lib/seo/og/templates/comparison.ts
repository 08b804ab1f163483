import { h } from '../element';
import { theme } from '../theme';
import { clip, frame, headline, headlineSize, type Brand } from './frame';

/** What a comparison's card shows. */
export interface ComparisonCardData {
  title: string;
  options: { name: string; highlighted: boolean }[];
  /** Number of criteria compared. */
  criteria: number;
}

/** Bumped when this template's look changes. */
export const version = 1;

/** A comparison: the title over one column per option, the recommended one filled. */
export function render(data: ComparisonCardData, brand: Brand) {
  const columns = data.options.map((option) =>
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flex: 1,
        marginRight: 16,
        padding: '22px 20px',
        borderRadius: 12,
        border: `2px solid ${option.highlighted ? theme.accent : theme.line}`,
        backgroundColor: option.highlighted ? theme.accent : '#ffffff',
        color: option.highlighted ? theme.accentFg : theme.fg,
      },
      h(
        'div',
        { display: 'flex', fontSize: 18, textTransform: 'uppercase', letterSpacing: 1, opacity: 0.85 },
        option.highlighted ? 'Recommended' : 'Option',
      ),
      h(
        'div',
        { display: 'flex', fontSize: 28, fontWeight: 700, marginTop: 8, lineHeight: 1.2 },
        clip(option.name, 40),
      ),
    ),
  );
  return frame(brand, `Comparison · ${data.criteria} criteria`, [
    headline(data.title, Math.min(60, headlineSize(data.title))),
    h('div', { display: 'flex', marginTop: 40 }, ...columns),
  ]);
}
