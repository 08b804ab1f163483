import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stampedMemo } from '../lib/incremental/stamped-memo';
import { fileDigest } from '../lib/output/built-pages';
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
  let memoFile = '';
  const reader: AstroIntegration = {
    name: 'quire:sitemap-facts',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
        memoFile = fileURLToPath(new URL('sitemap-facts.json', config.cacheDir));
      },
      // Runs before the sitemap's own build:done hook, which is registered after this one. A page the
      // last build read and nothing has touched since is not read again (`stamped-memo.ts`).
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
        const memo = stampedMemo<PageFacts>(memoFile, { site, base });
        // A few files at a time, so thousands of pages never sit in memory together.
        for (let start = 0; start < pages.length; start += BATCH) {
          await Promise.all(
            pages.slice(start, start + BATCH).map(async (file) => {
              const url = new URL(urlPathOf(file, base), site).href;
              const path = join(dist, file);
              let known = memo.get(file, path);
              if (!known) {
                const html = await readFile(path, 'utf8');
                known = readPageFacts(html, url);
                memo.set(file, path, known);
                // The search index needs the page's digest: worked out now, it saves a second read.
                fileDigest(dist, file, html);
              }
              facts.set(url, known);
            }),
          );
        }
        memo.save();
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
