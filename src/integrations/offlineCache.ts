import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type ManifestEntry } from 'workbox-build';

/**
 * How many experience pages a first visit downloads for offline reading, newest first. Every other page,
 * style, script and the whole search index are always precached, so search works offline and lists every
 * experience; an older experience is kept for offline reading once it has been opened. At 10,000
 * experiences precaching them all meant about 190 MB on a first visit (see docs/performance.md).
 */
export const PRECACHED_EXPERIENCES = 100;

/** An experience page in the precache manifest: `<base>experiences/<id>/index.html`. */
const experiencePage = /\/experiences\/([^/]+)\/index\.html$/;

/**
 * Keeps every entry but experience pages beyond the newest `limit`. Experience file names (and so page
 * addresses) start with their date, YYYY-MM-DD, so the newest sort last by name.
 */
export function keepNewestExperiences<E extends ManifestEntry>(entries: E[], limit = PRECACHED_EXPERIENCES): E[] {
  const experiences = entries.filter((entry) => experiencePage.test(entry.url)).sort((a, b) => b.url.localeCompare(a.url));
  const kept = new Set(experiences.slice(0, limit));
  return entries.filter((entry) => !experiencePage.test(entry.url) || kept.has(entry));
}

/**
 * Writes a Workbox service worker after the search index is built, precaching the pages, styles,
 * scripts, icons and the Pagefind runtime and index, so a reader who visited once can search and read
 * offline. Each build's files carry revisions (or content hashes in their names): a new build's worker
 * installs the new set, then removes the old.
 */
export function offlineCache(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*.{html,css,js,json,webmanifest,svg,png,pagefind,pf_meta,pf_index,pf_filter,pf_fragment}'],
          globIgnores: [
            'sw.js',
            '404.html',
            // Pagefind also writes its ready-made interfaces and a no-language runtime; this site uses neither.
            'pagefind/pagefind-*ui.*',
            'pagefind/pagefind-highlight.js',
            'pagefind/wasm.unknown.pagefind',
            // Made for link previews and other programs, not for reading: data exports, feeds, sitemaps.
            'og.png',
            'api/**',
            'schemas/**',
          ],
          swDest: `${site}/sw.js`,
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // Built scripts and styles and Pagefind's chunks have a content hash in their names: no revision needed.
          dontCacheBustURLsMatching: /\/_astro\/|\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/,
          manifestTransforms: [(entries) => ({ manifest: keepNewestExperiences(entries), warnings: [] })],
          // Pages left out of the precache are kept once read, for reading offline later; the network comes
          // first so an online reader always gets the current build.
          runtimeCaching: [
            {
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { cacheName: 'pages', expiration: { maxEntries: 200 } },
            },
          ],
          // Every file is static, so a query (?q= on /search/, Pagefind's ?ts=<metaCacheTag>) never changes
          // the answer: the precached copy serves it.
          ignoreURLParametersMatching: [/.*/],
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB), written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
