import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/site';
import { formerSlugRedirects, redirectsFile } from '../lib/seo/redirects';

/** `/_redirects`: the former-slug redirects in the format CDNs read. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(redirectsFile(formerSlugRedirects(site)), { headers: { 'Content-Type': 'text/plain' } });
};
