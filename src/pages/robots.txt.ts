import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/site';
import { seoPaths } from '../lib/seo/paths';
import { robotsTxt } from '../lib/seo/robots-txt';
import { absoluteUrl } from '../lib/seo/site-url';
import { normalizeBase } from '../lib/urls';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const sitemap = absoluteUrl(seoPaths.sitemap(), siteUrl ?? site.settings.siteUrl);
  return new Response(robotsTxt(sitemap, normalizeBase(import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
