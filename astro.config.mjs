// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { offlineCache } from './src/integrations/offlineCache';
import { searchIndex } from './src/integrations/searchIndex';

/**
 * SITE_URL: the public origin the site is served from (canonical links, feeds, sitemap).
 * SITE_BASE: the path it lives under, e.g. `/my-guide/` on a project site; `/` by default.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.SITE_BASE ?? '/';
// One tag per build: the search client sends it with Pagefind's metadata request so caches key to a build.
process.env.PUBLIC_BUILD_ID ??= Date.now().toString(36);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Separate caches let test builds of other content folders run beside the main build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Order matters: the search index is built before the service worker precaches it.
  integrations: [mdx(), searchIndex(), offlineCache()],
  vite: {
    plugins: [tailwindcss()],
  },
});
