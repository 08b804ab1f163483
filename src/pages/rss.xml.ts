import type { APIRoute } from 'astro';
import { postHtml } from '../components/mdx/post-html';
import { getSite } from '../lib/content/site';
import { feedResponse } from '../lib/seo/feed-response';
import { seoPaths } from '../lib/seo/paths';
import { paths } from '../lib/urls';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const spec = {
    title: `${site.settings.siteName}: journal`,
    description: site.settings.description,
    pagePath: paths.journal(),
    feedPath: seoPaths.feed(),
    posts: site.posts,
  };
  return feedResponse(spec, site, siteUrl ?? site.settings.siteUrl, postHtml);
};
