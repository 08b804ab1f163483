import type { Service, UnitPriceSpecification } from 'schema-dts';
import { ldId } from './ids';

/** What a Service node says. */
export interface ServiceFacts {
  url: string;
  name: string;
  description: string;
  audience: string;
  imageUrl?: string;
  organizationId: string;
  pricing: { model: string; amount?: number | null; currency: string };
}

const UNITS: Record<string, string | undefined> = { hourly: 'HUR', retainer: 'MON' };

/** A service the firm sells; it carries an Offer only when a price is set. */
export function serviceNode(facts: ServiceFacts): Service {
  const { amount, currency, model } = facts.pricing;
  const unit = UNITS[model];
  const priceSpecification: UnitPriceSpecification | undefined = amount
    ? {
        '@type': 'UnitPriceSpecification',
        price: amount,
        priceCurrency: currency,
        ...(unit
          ? { unitCode: unit, referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: unit } }
          : {}),
      }
    : undefined;
  return {
    '@type': 'Service',
    '@id': ldId.service(facts.url),
    name: facts.name,
    description: facts.description,
    url: facts.url,
    ...(facts.imageUrl ? { image: facts.imageUrl } : {}),
    provider: { '@id': facts.organizationId },
    audience: { '@type': 'Audience', audienceType: facts.audience },
    ...(amount && priceSpecification
      ? {
          offers: {
            '@type': 'Offer',
            url: facts.url,
            price: amount,
            priceCurrency: currency,
            priceSpecification,
            availability: 'https://schema.org/InStock',
          },
        }
      : {}),
  };
}
