import type { Person } from 'schema-dts';
import { ldId } from './ids';

/** What a Person node says. */
export interface PersonFacts {
  url: string;
  name: string;
  jobTitle: string;
  description: string;
  imageUrl?: string;
  sameAs: string[];
  organizationId: string;
}

/** An author as a Person who works for the firm. */
export function personNode(facts: PersonFacts): Person {
  return {
    '@type': 'Person',
    '@id': ldId.person(facts.url),
    name: facts.name,
    url: facts.url,
    jobTitle: facts.jobTitle,
    description: facts.description,
    ...(facts.imageUrl ? { image: facts.imageUrl } : {}),
    ...(facts.sameAs.length ? { sameAs: facts.sameAs } : {}),
    worksFor: { '@id': facts.organizationId },
  };
}
