// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import tailwindcss from '@tailwindcss/vite';
import { themeScript } from './src/lib/themeScript';
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
  // The sitemap lists every page but the 404 page (which answers addresses that do not exist).
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404(\.html)?\/?$/.test(new URL(page).pathname) }), searchIndex(), offlineCache()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Astro inlines a page's bundled scripts under 4 KB into every page's HTML. Only tiny ones stay inline:
      // larger ones (the list filters) become files, cached once for the whole site, which keeps each
      // page's critical HTML + CSS within its budget (tests/site/pageWeightBudgets.test.ts). Other assets: the default.
      assetsInlineLimit: (file, content) => (file.endsWith('.js') ? content.length < 1024 : undefined),
    },
  },
  // Each page carries a Content-Security-Policy <meta> whose script-src and style-src list the hashes of
  // exactly the scripts and styles Astro emitted, so no inline script runs unless we wrote it.
  // public/_headers adds what a <meta> policy cannot carry (frame-ancestors) for static hosts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        // Pagefind fetches its index; the service worker fetches every page to precache it.
        "connect-src 'self'",
        // Pagefind runs its search in a worker it may create from a blob URL; the service worker is 'self'.
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      // The theme script runs inline before first paint; Astro does not hash is:inline scripts, so we do.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(themeScript).digest('base64')}`],
      },
    },
  },
});
