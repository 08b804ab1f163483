import { bodyReferences } from './references';
import type { Comparison, Post, Site } from './site';

/** The published posts that embed `comparison`, in the journal's order. */
export const postsUsing = (comparison: Comparison, site: Pick<Site, 'posts'>): Post[] =>
  site.posts.filter((post) => bodyReferences(post.body ?? '', 'Comparison', 'comparison').includes(comparison.id));

/** The published posts the author with id `authorId` wrote or co-wrote, in the journal's order. */
export const postsBy = (authorId: string, site: Pick<Site, 'posts'>): Post[] =>
  site.posts.filter((post) => post.data.authors.includes(authorId));
