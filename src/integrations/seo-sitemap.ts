import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, urlPathOf } from '../lib/output/dist-files';
import { readPageFacts, type PageFacts } from '../lib/seo/page-facts';

const BATCH = 32;

/**
 * `@astrojs/sitemap`, fed by the built pages themselves: a page is listed only when its own head lets
 * search engines index it (no `noindex`, canonical to itself), which leaves out redirects, search, the
 * 404 page and editor-hidden entries; drafts are never built. `lastmod` is the page's `og:updated_time`.
 */
export function seoSitemap(): AstroIntegration[] {
  const facts = new Map<string, PageFacts>();
  let site = '';
  let base = '/';
  const reader: AstroIntegration = {
    name: 'quire:sitemap-facts',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      // Runs before the sitemap's own build:done hook, which is registered after this one.
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
        // A few files at a time, so thousands of pages never sit in memory together.
        for (let start = 0; start < pages.length; start += BATCH) {
          await Promise.all(
            pages.slice(start, start + BATCH).map(async (file) => {
              const url = new URL(urlPathOf(file, base), site).href;
              facts.set(url, readPageFacts(await readFile(join(dist, file), 'utf8'), url));
            }),
          );
        }
      },
    },
  };
  return [
    reader,
    sitemap({
      filter: (url) => facts.get(url)?.indexable === true,
      serialize: (item) => ({ ...item, lastmod: facts.get(item.url)?.lastmod }),
    }),
  ];
}
