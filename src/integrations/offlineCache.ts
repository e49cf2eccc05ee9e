import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Writes a Workbox service worker after the search index is built, precaching every page, style,
 * script and the Pagefind runtime and index, so a reader who visited once can search and read offline.
 * Each build's files carry revisions: a new build's worker installs the new set, then removes the old.
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
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*.{html,css,js,json,csv,xml,txt,webmanifest,svg,png,pagefind,pf_meta,pf_index,pf_fragment}'],
          // Pagefind also writes its ready-made interfaces and a no-language runtime; this site uses neither.
          globIgnores: ['sw.js', '404.html', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js', 'pagefind/wasm.unknown.pagefind'],
          swDest: `${site}/sw.js`,
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
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
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB)`);
      },
    },
  };
}
