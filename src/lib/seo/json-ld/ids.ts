/** Stable `@id`s, so nodes in a page's graph can point at each other. */
export const ldId = {
  organization: (home: string) => `${home}#organization`,
  website: (home: string) => `${home}#website`,
  webPage: (url: string) => url,
  breadcrumb: (url: string) => `${url}#breadcrumb`,
  article: (url: string) => `${url}#article`,
  service: (url: string) => `${url}#service`,
  /** An author page's node: a Person, or an Organization for an organisation author. */
  author: (url: string, kind: 'person' | 'organisation') => `${url}#${kind === 'person' ? 'person' : 'organization'}`,
};
