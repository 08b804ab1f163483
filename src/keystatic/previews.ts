import { createElement as h, type ReactNode } from 'react';
import { LABELS } from '../content-model/vocabulary';
import { titleOrSlug, useEntryTitles } from './entry-titles';

/**
 * How each body block looks inside the admin's editor: a compact summary of what the editor chose,
 * so a post full of blocks stays readable without opening each one.
 */
const box = (title: string, ...children: ReactNode[]) =>
  h(
    'div',
    { style: { padding: '0.5rem 0.75rem', fontSize: '0.9rem', lineHeight: 1.4 } },
    h('strong', { style: { display: 'block', marginBottom: '0.25rem' } }, title),
    ...children,
  );
const muted = (text: string) => h('span', { style: { opacity: 0.7 } }, text);

/** Summary of a comparison block: the table's title (its slug where titles cannot be had). */
export function ComparisonPreview({ value }: { value: { comparison: string | null } }) {
  const titles = useEntryTitles('comparisons');
  return box(
    'Comparison table',
    value.comparison
      ? h('div', null, `Comparison: ${titleOrSlug(titles, value.comparison)}`)
      : muted('No comparison chosen yet'),
  );
}

/** Summary of an FAQ group: its heading and questions. */
export function FaqGroupPreview({ value }: { value: { title: string; faqs: readonly string[] } }) {
  const titles = useEntryTitles('faqs');
  return box(
    `FAQ group${value.title ? `: ${value.title}` : ''}`,
    value.faqs.length
      ? h(
          'ul',
          { style: { margin: 0, paddingLeft: '1.25rem' } },
          ...value.faqs.map((faq) => h('li', { key: faq }, titleOrSlug(titles, faq))),
        )
      : muted('No questions chosen yet'),
  );
}

/** Summary of a call to action. */
export const CallToActionPreview = ({
  value,
}: {
  value: { headline: string; text: string; label: string; href: string };
}) =>
  box(
    `Call to action: ${value.headline || '(no headline)'}`,
    value.text ? h('div', null, value.text) : null,
    h('div', null, `[ ${value.label || 'Button'} ] → ${value.href || '(no link)'}`),
  );

/** Summary of a figure. */
export const FigurePreview = ({
  value,
}: {
  value: { src: { filename: string } | null; alt: string; caption: string };
}) =>
  box(
    'Figure',
    h('div', null, value.src ? `Image: ${value.src.filename}` : muted('No image yet')),
    h('div', null, value.alt ? `Alt: ${value.alt}` : muted('Alt text missing')),
    value.caption ? h('div', null, `Caption: ${value.caption}`) : null,
  );

/** A callout shows its kind and title above the text it wraps. */
export const CalloutPreview = ({ value, children }: { value: { kind: string; title: string }; children: ReactNode }) =>
  h(
    'div',
    { style: { borderLeft: '4px solid currentColor', paddingLeft: '0.75rem' } },
    h('strong', null, `${LABELS[value.kind] ?? value.kind}${value.title ? `: ${value.title}` : ''}`),
    children,
  );

/** The preview of each block, by the block's name. */
export const PREVIEWS = {
  Comparison: ComparisonPreview,
  FaqGroup: FaqGroupPreview,
  CallToAction: CallToActionPreview,
  Callout: CalloutPreview,
  Figure: FigurePreview,
};
