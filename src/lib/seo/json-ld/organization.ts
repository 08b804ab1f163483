import type { Organization, SearchAction, WebSite, WithActionConstraints } from 'schema-dts';
import { ldId } from './ids';

/** What the firm's nodes need. */
export interface OrganizationFacts {
  /** Absolute URL of the home page. */
  home: string;
  name: string;
  description: string;
  /** Absolute URL of the logo image, when the settings have one. */
  logoUrl?: string;
  /** Profile URLs (LinkedIn, GitHub...). */
  sameAs: string[];
  /** Where enquiries go. */
  email?: string;
}

/** The firm as an Organization, with its logo and profiles. */
export function organizationNode(facts: OrganizationFacts): Organization {
  return {
    '@type': 'Organization',
    '@id': ldId.organization(facts.home),
    name: facts.name,
    url: facts.home,
    description: facts.description,
    ...(facts.logoUrl ? { logo: { '@type': 'ImageObject', url: facts.logoUrl } } : {}),
    ...(facts.sameAs.length ? { sameAs: facts.sameAs } : {}),
    ...(facts.email ? { email: facts.email } : {}),
  };
}

/** The site as a WebSite published by the firm, with the search page as its SearchAction. */
export function websiteNode(facts: OrganizationFacts, searchUrl: string): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': ldId.website(facts.home),
    url: facts.home,
    name: facts.name,
    description: facts.description,
    inLanguage: 'en',
    publisher: { '@id': ldId.organization(facts.home) },
    potentialAction: search,
  };
}
