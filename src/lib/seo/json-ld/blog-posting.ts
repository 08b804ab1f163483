import type { BlogPosting, Organization, Person } from 'schema-dts';
import { ldId } from './ids';

/** What a post's BlogPosting node says. */
export interface PostingFacts {
  url: string;
  headline: string;
  description: string;
  imageUrl?: string;
  published: Date;
  modified?: Date;
  authors: { kind: 'person' | 'organisation'; name: string; url: string; jobTitle?: string }[];
  /** `@id` of the publishing Organization node in the same graph. */
  publisherId: string;
  section?: string;
  keywords: string[];
  wordCount: number;
}

/** A journal post as a BlogPosting; the headline is cut to the 110 characters search engines read. */
export function blogPostingNode(facts: PostingFacts): BlogPosting {
  const authors: (Person | Organization)[] = facts.authors.map((a) =>
    a.kind === 'organisation'
      ? { '@type': 'Organization', name: a.name, url: a.url }
      : { '@type': 'Person', name: a.name, url: a.url, ...(a.jobTitle ? { jobTitle: a.jobTitle } : {}) },
  );
  return {
    '@type': 'BlogPosting',
    '@id': ldId.article(facts.url),
    mainEntityOfPage: { '@id': ldId.webPage(facts.url) },
    url: facts.url,
    headline: facts.headline.length > 110 ? `${facts.headline.slice(0, 109).trimEnd()}…` : facts.headline,
    description: facts.description,
    ...(facts.imageUrl ? { image: [facts.imageUrl] } : {}),
    datePublished: facts.published.toISOString(),
    dateModified: (facts.modified ?? facts.published).toISOString(),
    author: authors,
    publisher: { '@id': facts.publisherId },
    ...(facts.section ? { articleSection: facts.section } : {}),
    ...(facts.keywords.length ? { keywords: facts.keywords.join(', ') } : {}),
    wordCount: facts.wordCount,
    inLanguage: 'en',
  };
}
