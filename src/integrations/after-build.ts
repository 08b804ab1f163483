import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REVALIDATE } from '../lib/deploy/cache-rules';
import { cacheHeadersRules, renderHeadersFile } from '../lib/deploy/headers-file';
import { recalled, remember } from '../lib/incremental/remembered';
import { checkPages, findSourceMaps } from '../lib/output/check-dist';
import { listFiles, urlPathOf } from '../lib/output/dist-files';
import { inlineCodeOf } from '../lib/output/inline-code';
import type { PageRecord } from '../lib/output/page-record';
import { readPages } from '../lib/output/read-dist';
import { READER_CODE } from '../lib/output/reader-code';
import { recordMemo } from '../lib/output/record-memo';
import { buildSearchIndex, searchDigest } from '../lib/output/search-index';
import { headersFileBlock, securityHeaders } from '../lib/output/security-headers';
import { SEARCH_BUNDLE } from '../lib/search/bundle';
import { pageFacts, type PageFacts } from '../lib/seo/page-facts';
import type { KeptOutput } from './kept-output';

/** The comment above the caching blocks of `_headers`. */
const CACHING = `Caching (src/lib/deploy/cache-rules.ts); pages and other files get the host default, ${REVALIDATE}`;

type BuildDone = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0];

/** What the after-build pass is told by astro.config.mjs. */
export interface AfterBuildOptions {
  /** Check every link, anchor and inline script of `dist/` (the public build; the admin build skips it). */
  checkLinks: boolean;
  /** The kept output of the public build, recorded once `dist/` is final. */
  kept?: KeptOutput;
}

/**
 * Everything that happens to the finished `dist/`, in one integration and one order. It reads each
 * built page once (htmlparser2) into a record (`lib/output/page-record.ts`) and hands the records, as
 * arguments, to each step in turn:
 *
 * 1. sitemap: `@astrojs/sitemap`, listing a page only when its own head lets search engines index it
 *    (no `noindex`, canonical to itself), with `lastmod` from `og:updated_time`;
 * 2. search index: Pagefind, unless the pages are the ones the kept or cached index was made from;
 * 3. link check: every internal link, image and anchor of the pages, sitemaps and feeds resolves, no
 *    unsafe markup, no source maps (skipped when nothing in `dist/` changed since the last pass);
 * 4. security headers: `dist/_headers` with the caching rules and the CSP hashes of the inline code;
 * 5. kept output: what `dist/` now holds, for the next build.
 *
 * Records are kept in Astro's cache folder under each page's digest, and digests under each page's
 * size and modification time, so a page the last build left alone is not read again.
 */
export function afterBuild({ checkLinks, kept }: AfterBuildOptions): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  let sourcemaps = false;
  let cacheDir = '';
  /** What the sitemap may list, and when each page last changed: filled by the pass before the sitemap runs. */
  let facts = new Map<string, PageFacts>();
  const sitemapStep = sitemap({
    filter: (url) => facts.get(url)?.indexable === true,
    serialize: (item) => ({ ...item, lastmod: facts.get(item.url)?.lastmod }),
  });

  async function pass(params: BuildDone): Promise<void> {
    const { dir, logger } = params;
    const dist = fileURLToPath(dir);
    const memo = recordMemo(fileURLToPath(new URL('after-build/', cacheDir)), READER_CODE);

    // 1. The HTML pages, read once; then the sitemap from their head tags.
    const html = await readPages(
      dist,
      listFiles(dist).filter((file) => file.endsWith('.html')),
      memo,
    );
    logger.info(`read ${html.read} of ${html.records.size} HTML pages (${html.parsed} parsed, the rest unchanged)`);
    facts = new Map();
    for (const [file, { head }] of html.records) {
      if (!head || !site) continue;
      const url = new URL(urlPathOf(file, base), site).href;
      facts.set(url, pageFacts(head, url));
    }
    await sitemapStep.hooks['astro:build:done']!(params);

    // 2. The search index, from the pages' digests.
    const digest = searchDigest(html.digests);
    const index = await buildSearchIndex(dist, {
      digest,
      keptDigest: kept?.keptBundle(SEARCH_BUNDLE),
      cacheDir: fileURLToPath(new URL('search-index/', cacheDir)),
    });
    if (index.from === 'kept')
      logger.info(`search index left in ${SEARCH_BUNDLE}/ by the last build (no page changed)`);
    else if (index.from === 'cache')
      logger.info(`search index copied to ${SEARCH_BUNDLE}/ from the last build (no page changed)`);
    else logger.info(`search index written to ${SEARCH_BUNDLE}/ (${index.pages} HTML files read)`);

    // The sitemaps and feeds, now that the sitemap is written.
    const files = listFiles(dist);
    const xml = await readPages(
      dist,
      files.filter((file) => file.endsWith('.xml')),
      memo,
    );
    memo.save();
    const records = new Map<string, PageRecord>();
    const digests = new Map<string, string>();
    for (const file of files) {
      const record = html.records.get(file) ?? xml.records.get(file);
      if (record) records.set(file, record);
      const known = html.digests.get(file) ?? xml.digests.get(file);
      if (known) digests.set(file, known);
    }

    // 3. The link check.
    if (checkLinks) checkOutput(dist, files, records, digests, logger);

    // 4. Security headers, after any _headers copied from public/.
    const headersFile = join(dist, '_headers');
    const block = `${renderHeadersFile(CACHING, cacheHeadersRules(base))}\n${headersFileBlock(securityHeaders(dist, inlineCodeOf(records.values())))}`;
    if (existsSync(headersFile))
      appendFileSync(headersFile, `${readFileSync(headersFile, 'utf8').endsWith('\n') ? '' : '\n'}\n${block}`);
    else writeFileSync(headersFile, block);
    logger.info('wrote caching and security headers to _headers');

    // 5. What dist/ holds, for the next build.
    kept?.record(dist, new Map([[SEARCH_BUNDLE, digest]]));
  }

  function checkOutput(
    dist: string,
    files: string[],
    records: Map<string, PageRecord>,
    digests: Map<string, string>,
    logger: BuildDone['logger'],
  ): void {
    const folder = fileURLToPath(new URL('output-check/', cacheDir));
    // A dist/ with the same files and the same pages, sitemaps and feeds as the last one checked passed then.
    const hash = createHash('sha256').update(READER_CODE);
    for (const file of files) hash.update(`${file}\n${digests.get(file) ?? ''}\n`);
    const stamp = hash.digest('hex').slice(0, 32);
    const inputs = { site, base, sourcemaps };
    if (recalled(folder, stamp, inputs) !== undefined) {
      logger.info(
        'every internal link, image and anchor in dist/ resolves (checked by the last build: no file changed)',
      );
      return;
    }
    const problems = checkPages(files, records, { site, base });
    if (!sourcemaps) {
      problems.push(
        ...findSourceMaps(dist, files).map(
          (file) => `dist/${file}: a source map (set vite.build.sourcemap to ship them)`,
        ),
      );
    }
    if (problems.length) {
      throw new Error(`The built site has ${problems.length} broken link(s) or unsafe output:\n${problems.join('\n')}`);
    }
    remember(folder, stamp, inputs, 'passed');
    logger.info('every internal link, image and anchor in dist/ resolves');
  }

  return {
    name: 'quire:after-build',
    hooks: {
      // Astro inlines small page scripts before Vite has finished their dynamic imports (it leaves a
      // `__VITE_PRELOAD__` marker behind), which breaks the search page's on-demand load of Pagefind.
      // Such scripts stay external files; every other script and asset keeps the usual inline rule.
      'astro:config:setup': ({ config, updateConfig }) => {
        const limit = config.vite?.build?.assetsInlineLimit;
        const inline = (file: string, content: Buffer): boolean | undefined => {
          if (content.includes('__VITE_PRELOAD__')) return false;
          if (typeof limit === 'function') return limit(file, content);
          return typeof limit === 'number' ? content.length < limit : undefined;
        };
        updateConfig({ vite: { build: { assetsInlineLimit: inline } } });
      },
      'astro:routes:resolved': (params) => sitemapStep.hooks['astro:routes:resolved']!(params),
      'astro:config:done': async (params) => {
        const { config } = params;
        site = config.site;
        base = config.base;
        sourcemaps = Boolean(config.vite.build?.sourcemap);
        cacheDir = config.cacheDir.href;
        await sitemapStep.hooks['astro:config:done']!(params);
      },
      'astro:build:done': pass,
    },
  };
}
