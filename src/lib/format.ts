import { LABELS } from '../content-model/vocabulary';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in words, read in UTC so it matches the date the editor picked ("4 March 2026"). */
export function formatDate(date: Date, locale = 'en-US'): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** What a service costs, e.g. "$7,500 per month", or "Price on request" without an amount. */
export function formatPrice(
  pricing: { model: string; amount?: number | null; currency: string },
  locale = 'en-US',
): string {
  if (!pricing.amount) return 'Price on request';
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: pricing.currency,
    maximumFractionDigits: 0,
  }).format(pricing.amount);
  const unit = { hourly: ' per hour', retainer: ' per month', fixed: ' fixed price' }[pricing.model] ?? '';
  return `${money}${unit}`;
}

/** Human label of an enumeration value. */
export const label = (value: string): string => LABELS[value] ?? value;
