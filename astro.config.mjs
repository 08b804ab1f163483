// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import keystatic from '@keystatic/astro';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { devOnly } from './src/integrations/dev-only';
import { publishMode } from './src/integrations/publish-mode';
import { searchIndex } from './src/integrations/search-index';
import { siteConfig } from './src/integrations/site-config';

const { site, base } = siteConfig(process.env);
// The dev server may serve packages from wherever they were installed (a parent folder's node_modules
// in a monorepo or a test sandbox), besides the project itself.
const installedPackages = fileURLToPath(new URL('../..', import.meta.resolve('astro/package.json')));

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [publishMode(process.env), mdx(), sitemap(), devOnly(react()), devOnly(keystatic()), searchIndex()],
  vite: {
    server: { fs: { allow: [process.cwd(), installedPackages] } },
    build: {
      // Each MDX module carries an Astro directive that Rolldown would warn about once per file.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
