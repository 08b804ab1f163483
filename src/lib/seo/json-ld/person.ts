import type { Organization, Person } from 'schema-dts';
import { ldId } from './ids';

/** What an author's node says. */
export interface AuthorFacts {
  /** A person, or an organisation publishing under its own name. */
  kind: 'person' | 'organisation';
  url: string;
  name: string;
  jobTitle?: string;
  description: string;
  imageUrl?: string;
  sameAs: string[];
  organizationId: string;
}

/**
 * An author: a Person who works for the firm, or an Organization (the firm or a team) that is part of
 * it. Both take the author page's id, so the page's `mainEntity` points at either.
 */
export function authorNode(facts: AuthorFacts): Person | Organization {
  const common = {
    '@id': ldId.author(facts.url, facts.kind),
    name: facts.name,
    url: facts.url,
    description: facts.description,
    ...(facts.imageUrl ? { image: facts.imageUrl } : {}),
    ...(facts.sameAs.length ? { sameAs: facts.sameAs } : {}),
  };
  if (facts.kind === 'organisation') {
    return { '@type': 'Organization', ...common, parentOrganization: { '@id': facts.organizationId } };
  }
  return {
    '@type': 'Person',
    ...common,
    ...(facts.jobTitle ? { jobTitle: facts.jobTitle } : {}),
    worksFor: { '@id': facts.organizationId },
  };
}
