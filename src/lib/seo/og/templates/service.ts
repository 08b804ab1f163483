import { h } from '../element';
import { theme } from '../theme';
import { frame, headline, lede, type Brand } from './frame';

/** What a service's card shows. */
export interface ServiceCardData {
  title: string;
  summary: string;
  /** Price in words ("$7,500 per month", "Price on request"). */
  price: string;
  duration: string;
}

/** Bumped when this template's look changes. */
export const version = 1;

/** A service: name, summary, and its price and duration as two facts. */
export function render(data: ServiceCardData, brand: Brand) {
  const fact = (label: string, value: string) =>
    h(
      'div',
      { display: 'flex', flexDirection: 'column', marginRight: 56 },
      h(
        'div',
        { display: 'flex', fontSize: 22, color: theme.muted, textTransform: 'uppercase', letterSpacing: 1 },
        label,
      ),
      h('div', { display: 'flex', fontSize: 32, fontWeight: 700, marginTop: 6 }, value),
    );
  return frame(brand, 'Service', [
    headline(data.title, 68),
    lede(data.summary, 120),
    h('div', { display: 'flex', marginTop: 36 }, fact('Price', data.price), fact('Typical duration', data.duration)),
  ]);
}
