import { postKey } from '../../lib/build/page-keys';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Post } from '../../lib/content/site';
import { postMarkdown } from '../../lib/seo/post-markdown';
import { absoluteUrl } from '../../lib/seo/site-url';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.posts.map((post) => ({ params: { slug: post.id }, props: { post }, cacheKey: postKey(post, site) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post }, site: siteUrl }) => {
  const site = await getSite();
  const at = (path: string) => absoluteUrl(path, siteUrl ?? site.settings.siteUrl);
  return new Response(postMarkdown(post, site, at), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
