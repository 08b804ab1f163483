import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/site';
import { seoPaths } from '../lib/seo/paths';
import { robotsTxt } from '../lib/seo/robots-txt';
import { absoluteUrl } from '../lib/seo/site-url';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const sitemap = absoluteUrl(seoPaths.sitemap(), siteUrl ?? site.settings.siteUrl);
  return new Response(robotsTxt(sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
