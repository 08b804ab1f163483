import { postPaths } from '../../lib/incremental/static-paths';
import type { APIRoute } from 'astro';
import { getSite, type Post } from '../../lib/content/site';
import { postMarkdown } from '../../lib/seo/post-markdown';
import { absoluteUrl } from '../../lib/seo/site-url';

export const getStaticPaths = postPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post }, site: siteUrl }) => {
  const site = await getSite();
  const at = (path: string) => absoluteUrl(path, siteUrl ?? site.settings.siteUrl);
  return new Response(postMarkdown(post, site, at), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
