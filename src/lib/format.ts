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

/** A price as a service states it (`pricing.options[].price`): how it is stated, and its amounts. */
export type Price =
  | { discriminant: 'fixed' | 'from'; value: { amount: number; per: string } }
  | { discriminant: 'range'; value: { min: number; max: number; per: string } }
  | { discriminant: 'free' | 'on-request'; value?: null };

/** A service's pricing: its currency, one or more ways to buy it, and a note. */
export interface Pricing {
  currency: string;
  options: readonly { name?: string; price: Price; note?: string }[];
  note?: string;
}

/**
 * What a price says, as consultancies write it: "$14,000 per engagement", "$10,000–$50,000 per
 * engagement", "From $5,000 per month", "Free", "Price on request".
 */
export function formatPrice(price: Price, currency: string, locale = 'en-US'): string {
  const money = (amount: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  switch (price.discriminant) {
    case 'fixed':
      return `${money(price.value.amount)} ${label(price.value.per)}`;
    case 'range':
      return `${money(price.value.min)}–${money(price.value.max)} ${label(price.value.per)}`;
    case 'from':
      return `From ${money(price.value.amount)} ${label(price.value.per)}`;
    case 'free':
      return 'Free';
    case 'on-request':
      return 'Price on request';
  }
}

/** The price a card shows: the first option's (the editor puts the main one first). */
export const leadPrice = (pricing: Pricing, locale?: string): string =>
  formatPrice(pricing.options[0]!.price, pricing.currency, locale);

/** Human label of an enumeration value. */
export const label = (value: string): string => LABELS[value] ?? value;
