// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check';
import { contentModelStore } from './src/integrations/content-model-store';
import { figureImages } from './src/integrations/figure-images';
import { formerSlugs } from './src/integrations/former-slugs';
import { hostCaches } from './src/integrations/host-caches';
import { keptOutput } from './src/integrations/kept-output';
import { ogImages } from './src/integrations/og-images';
import { adminIntegrations, isAdminBuild } from './src/integrations/admin';
import { afterBuild } from './src/integrations/after-build';
import { publishMode } from './src/integrations/publish-mode';
import { siteConfig } from './src/integrations/site-config';
import { blocksFor } from './src/lib/content/check/collections';
import { cacheFolders } from './src/lib/deploy/host-caches';
import { bodyLinks } from './src/lib/markdown/body-links';
import { bodyTables } from './src/lib/markdown/body-tables';
import { contentIsData } from './src/lib/markdown/content-is-data';
import { bodyHeadingIds } from './src/lib/markdown/heading-ids';
import { requireNode } from './src/lib/node-version';

// A Node older than package.json's engines fails later, drawing share cards: say so now.
requireNode();

const { site, base } = siteConfig(process.env);
// The dev server may serve packages from wherever they were installed (a parent folder's node_modules
// in a monorepo or a test sandbox), besides the project itself.
const adminBuild = isAdminBuild(process.env);
const installedPackages = fileURLToPath(new URL('../..', import.meta.resolve('astro/package.json')));
// Every cache lives where the build's host keeps files between builds (src/lib/deploy/host-caches.ts).
const caches = cacheFolders(process.env);
// Unchanged pages and the search index stay in dist/ between builds (src/integrations/kept-output.ts).
const kept = adminBuild ? undefined : keptOutput();

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // `npm run build:admin` adds a small Node server for the admin; the public build stays pure static.
  ...(adminBuild ? { adapter: node({ mode: 'standalone' }), outDir: './dist-admin' } : {}),
  build: { format: 'directory' },
  // Astro's caches live with the share-image cache, so one folder carries every cache between builds.
  cacheDir: `./${caches.astro}`,
  // A page whose content (its cacheKey, src/lib/incremental/page-keys.ts) and code are unchanged since the
  // last build is copied from that build's output instead of rendered again.
  experimental: { incrementalBuild: true },
  // Content is data: every MDX body passes the content check's body rules before it is compiled, so
  // nothing written under content/ becomes code (src/lib/markdown/content-is-data.ts).
  markdown: {
    processor: satteri({
      mdastPlugins: [contentIsData({ root: fileURLToPath(new URL('.', import.meta.url)), blocksFor })],
      hastPlugins: [bodyLinks({ base }), bodyHeadingIds(), bodyTables()],
    }),
  },
  integrations: [
    hostCaches(caches),
    ...(kept ? [kept.integration] : []),
    contentModelStore(),
    contentCheck(process.env),
    publishMode(process.env),
    mdx(),
    figureImages(),
    ogImages(process.env, caches.og),
    formerSlugs(),
    ...adminIntegrations(adminBuild),
    // Reads the finished dist/ once for the sitemap, search index, link check and _headers, then
    // records the kept output (src/integrations/after-build.ts). The link check is for the public build.
    afterBuild({ checkLinks: !adminBuild, kept }),
  ],
  vite: {
    server: { fs: { allow: [process.cwd(), installedPackages] } },
    build: {
      // Scripts stay files under /_astro/ however small: the only inline script is the theme script,
      // whose hash the Content-Security-Policy allows (src/lib/output/site-scripts.ts).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // Each MDX module carries an Astro directive that Rolldown would warn about once per file.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
