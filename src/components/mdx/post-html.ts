import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import type { Post } from '../../lib/content/site';
import { feedHtml } from '../../lib/seo/feed-html';
import { mdxComponents } from '.';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/** A post's body rendered to HTML with the site's block components, ready for a feed (absolute URLs). */
export function postHtml(post: Post, pageUrl: string): Promise<string> {
  if (!rendered.has(post.id)) {
    container ??= AstroContainer.create().then((c) => {
      c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
      return c;
    });
    const html = (async () => {
      const { Content } = await render(post);
      const body = await (await container!).renderToString(Content, { props: { components: mdxComponents } });
      return feedHtml(body, pageUrl);
    })();
    rendered.set(post.id, html);
  }
  return rendered.get(post.id)!;
}
