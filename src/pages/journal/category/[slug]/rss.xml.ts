import { categoryPaths } from '../../../../lib/incremental/static-paths';
import type { APIRoute } from 'astro';
import { postHtml } from '../../../../components/mdx/post-html';
import { getSite, type Category } from '../../../../lib/content/site';
import { feedResponse } from '../../../../lib/seo/feed-response';
import { seoPaths } from '../../../../lib/seo/paths';
import { paths } from '../../../../lib/urls';

export const getStaticPaths = categoryPaths;

export const GET: APIRoute<{ category: Category }> = async ({ props: { category }, site: siteUrl }) => {
  const site = await getSite();
  const spec = {
    title: `${site.settings.siteName}: ${category.data.name}`,
    description: category.data.description,
    pagePath: paths.category(category.id),
    feedPath: seoPaths.categoryFeed(category.id),
    posts: site.posts.filter((post) => post.data.categories.includes(category.id)),
  };
  return feedResponse(spec, site, siteUrl ?? site.settings.siteUrl, postHtml);
};
