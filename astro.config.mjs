// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import keystatic from '@keystatic/astro';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check';
import { devOnly } from './src/integrations/dev-only';
import { outputCheck } from './src/integrations/output-check';
import { publishMode } from './src/integrations/publish-mode';
import { searchIndex } from './src/integrations/search-index';
import { securityHeadersFile } from './src/integrations/security-headers';
import { siteConfig } from './src/integrations/site-config';
import { bodyLinks } from './src/lib/markdown/body-links';

const { site, base } = siteConfig(process.env);
// The dev server may serve packages from wherever they were installed (a parent folder's node_modules
// in a monorepo or a test sandbox), besides the project itself.
const installedPackages = fileURLToPath(new URL('../..', import.meta.resolve('astro/package.json')));

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [bodyLinks({ base })] }) },
  integrations: [
    contentCheck(process.env),
    publishMode(process.env),
    mdx(),
    sitemap(),
    devOnly(react()),
    devOnly(keystatic()),
    searchIndex(),
    // These two read the finished dist/: keep them last.
    outputCheck(),
    securityHeadersFile(),
  ],
  vite: {
    server: { fs: { allow: [process.cwd(), installedPackages] } },
    build: {
      // Each MDX module carries an Astro directive that Rolldown would warn about once per file.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
