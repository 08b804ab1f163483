/** Site paths of the files this module adds next to the pages (feeds, Markdown copies, share images). */
export const seoPaths = {
  /** The journal's RSS feed. */
  feed: () => '/rss.xml',
  /** The RSS feed of one category. */
  categoryFeed: (slug: string) => `/journal/category/${slug}/rss.xml`,
  /** The clean Markdown copy of a post. */
  postMarkdown: (slug: string) => `/journal/${slug}.md`,
  /** A generated share image, by its card key (`post/<slug>`, `site`...). */
  ogImage: (key: string) => `/og/${key}.png`,
  /** The sitemap index written by @astrojs/sitemap. */
  sitemap: () => '/sitemap-index.xml',
  llms: () => '/llms.txt',
  robots: () => '/robots.txt',
};
