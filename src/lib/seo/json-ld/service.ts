import type { Offer, PriceSpecification, Service, UnitPriceSpecification } from 'schema-dts';
import type { Price, Pricing } from '../../format';
import { ldId } from './ids';

/** What a Service node says. */
export interface ServiceFacts {
  url: string;
  name: string;
  description: string;
  audience: string;
  imageUrl?: string;
  organizationId: string;
  pricing: Pricing;
}

/** UN/CEFACT codes schema.org uses for a price per period; a price per engagement or project has none. */
const UNITS: Record<string, string | undefined> = { hour: 'HUR', day: 'DAY', week: 'WEE', month: 'MON' };

/** The price specification of a stated price: one price, or its lower and upper ends. */
function specification(price: Price, currency: string): PriceSpecification | UnitPriceSpecification | undefined {
  let amounts: { price?: number; minPrice?: number; maxPrice?: number };
  let per: string;
  switch (price.discriminant) {
    case 'free':
      return { '@type': 'PriceSpecification', price: 0, priceCurrency: currency };
    case 'on-request':
      return undefined;
    case 'fixed':
      amounts = { price: price.value.amount };
      per = price.value.per;
      break;
    case 'from':
      amounts = { minPrice: price.value.amount };
      per = price.value.per;
      break;
    case 'range':
      amounts = { minPrice: price.value.min, maxPrice: price.value.max };
      per = price.value.per;
      break;
  }
  const unit = UNITS[per];
  return unit
    ? {
        '@type': 'UnitPriceSpecification',
        ...amounts,
        priceCurrency: currency,
        unitCode: unit,
        referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: unit },
      }
    : { '@type': 'PriceSpecification', ...amounts, priceCurrency: currency };
}

/** An Offer for each option whose price is stated (free included, "on request" left out). */
function offers(facts: ServiceFacts): Offer[] {
  const { currency, options } = facts.pricing;
  return options.flatMap((option) => {
    const priceSpecification = specification(option.price, currency);
    if (!priceSpecification) return [];
    const single =
      option.price.discriminant === 'free'
        ? 0
        : option.price.discriminant === 'fixed'
          ? option.price.value.amount
          : undefined;
    return [
      {
        '@type': 'Offer',
        ...(option.name ? { name: option.name } : {}),
        url: facts.url,
        ...(single !== undefined ? { price: single } : {}),
        priceCurrency: currency,
        priceSpecification,
        availability: 'https://schema.org/InStock',
      } satisfies Offer,
    ];
  });
}

/** A service the firm sells; it carries Offers only where a price is stated. */
export function serviceNode(facts: ServiceFacts): Service {
  const stated = offers(facts);
  return {
    '@type': 'Service',
    '@id': ldId.service(facts.url),
    name: facts.name,
    description: facts.description,
    url: facts.url,
    ...(facts.imageUrl ? { image: facts.imageUrl } : {}),
    provider: { '@id': facts.organizationId },
    audience: { '@type': 'Audience', audienceType: facts.audience },
    ...(stated.length === 1 ? { offers: stated[0] } : stated.length > 1 ? { offers: stated } : {}),
  };
}
