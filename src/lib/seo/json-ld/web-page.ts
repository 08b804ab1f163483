import type { Question, Thing, WebPage } from 'schema-dts';
import { ldId } from './ids';

/** The kinds of page a WebPage node can be. */
export type WebPageType = 'WebPage' | 'CollectionPage' | 'ProfilePage' | 'FAQPage' | 'ContactPage';

/** What a page's WebPage node says. */
export interface WebPageFacts {
  type: WebPageType;
  url: string;
  name: string;
  description: string;
  home: string;
  imageUrl?: string;
  hasBreadcrumb: boolean;
  /** Questions the page answers; they make it an FAQPage. */
  questions?: Question[];
  /** What the page is about (a Person on a profile page, a list of posts on a listing). */
  mainEntity?: Thing;
}

/** The page itself, part of the site, with its breadcrumb, image and main entity. */
export function webPageNode(facts: WebPageFacts): WebPage {
  const questions = facts.questions ?? [];
  const type = questions.length ? 'FAQPage' : facts.type;
  const mainEntity = questions.length ? questions : facts.mainEntity;
  return {
    '@type': type,
    '@id': ldId.webPage(facts.url),
    url: facts.url,
    name: facts.name,
    description: facts.description,
    inLanguage: 'en',
    isPartOf: { '@id': ldId.website(facts.home) },
    ...(facts.hasBreadcrumb ? { breadcrumb: { '@id': ldId.breadcrumb(facts.url) } } : {}),
    ...(facts.imageUrl ? { primaryImageOfPage: { '@type': 'ImageObject', url: facts.imageUrl } } : {}),
    ...(mainEntity ? { mainEntity } : {}),
  } as WebPage;
}
