import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/site';
import { faviconSvg } from '../lib/site/favicon';

export const GET: APIRoute = async () => {
  const { settings } = await getSite();
  return new Response(faviconSvg(settings.siteName), { headers: { 'Content-Type': 'image/svg+xml' } });
};
