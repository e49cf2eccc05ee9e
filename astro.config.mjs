// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

/**
 * SITE_URL: the public origin the site is served from (canonical links, feeds, sitemap).
 * SITE_BASE: the path it lives under, e.g. `/backbase-interview-guide/` on a project site; `/` by default.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Separate caches let test builds of other content folders run beside the main build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
  },
});
