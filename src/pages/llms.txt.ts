import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/site';
import { llmsTxt } from '../lib/seo/llms-txt';
import { absoluteUrl } from '../lib/seo/site-url';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const at = (path: string) => absoluteUrl(path, siteUrl ?? site.settings.siteUrl);
  return new Response(llmsTxt(site, at), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
