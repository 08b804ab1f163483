import type { APIRoute } from 'astro';
import { getSite } from '../lib/content/site';
import { touchIconPng } from '../lib/site/favicon';
import { ogCacheDir } from '../lib/seo/og/options';

export const GET: APIRoute = async () => {
  const { settings } = await getSite();
  return new Response(new Uint8Array(await touchIconPng(settings.siteName, ogCacheDir())), {
    headers: { 'Content-Type': 'image/png' },
  });
};
