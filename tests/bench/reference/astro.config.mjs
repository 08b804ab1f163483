// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/** The bare reference: Astro and MDX with the defaults, nothing else. */
export default defineConfig({
  site: 'https://bench.example',
  integrations: [mdx()],
  vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
});
