import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { basePath, paths, withBase } from '../lib/urls';

/**
 * How many experience pages a first visit downloads for offline reading, newest first. Every other page,
 * style, script and the whole search index are always precached, so search works offline and lists every
 * experience; an older experience is kept for offline reading once it has been opened (why the first
 * visit does not take them all: docs/performance.md, "Measured choices in the code").
 */
export const PRECACHED_EXPERIENCES = 100;

/**
 * The experience pages a first visit precaches: the newest `limit`, by page name. Experience file names
 * (and so page addresses) start with their date, YYYY-MM-DD, so the newest sort last.
 */
export function newestExperiencePages(names: string[], limit = PRECACHED_EXPERIENCES): string[] {
  return [...names].sort((a, b) => b.localeCompare(a)).slice(0, limit);
}

/**
 * How many question pages a first visit downloads for offline reading, most reported first. A bank of
 * thousands of questions would otherwise add thousands of pages to the first visit (and to the build,
 * which reads and hashes each); a question page outside them is kept once opened, like an older experience.
 */
export const PRECACHED_QUESTIONS = 200;

/**
 * The question pages a first visit precaches: the `limit` most reported, by slug, bank order among equals,
 * read from the bank's export (`/api/questions.json`) the build wrote.
 */
export function mostReportedQuestionPages(
  questions: readonly { slug: string; sources: readonly unknown[] }[],
  limit = PRECACHED_QUESTIONS,
): string[] {
  return questions
    .map((question, position) => ({ slug: question.slug, reports: question.sources.length, position }))
    .sort((a, b) => b.reports - a.reports || a.position - b.position)
    .slice(0, limit)
    .map((question) => question.slug);
}

/** The folders of `<site>/experiences/` that hold a page: one per experience. */
function experiencePageNames(site: string): string[] {
  const folder = join(site, 'experiences');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => entry.name);
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
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        // Experience and question pages are left out of the glob (so the others are not even read), and the
        // newest experiences and most reported questions are added back, each revisioned by its content.
        const exported = join(site, paths.questionsJson());
        const questions = existsSync(exported)
          ? (JSON.parse(readFileSync(exported, 'utf8')) as { questions: { slug: string; sources: unknown[] }[] }).questions
          : [];
        const pages = [
          ...newestExperiencePages(experiencePageNames(site)).map((name) => paths.experience(name)),
          ...mostReportedQuestionPages(questions).map((slug) => paths.question(slug)),
        ];
        const newest = pages.map((page) => {
          const file = readFileSync(join(site, page, 'index.html'));
          return { url: `${withBase(page, base)}index.html`, revision: createHash('md5').update(file).digest('hex'), size: file.length };
        });
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*.{html,css,js,json,webmanifest,svg,png,pagefind,pf_meta,pf_index,pf_filter,pf_fragment}'],
          globIgnores: [
            'sw.js',
            '404.html',
            'experiences/*/index.html',
            // Every folder of questions/ but the category pages and the recent view is a question's page.
            'questions/!(category|recent)/index.html',
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
          modifyURLPrefix: { '': basePath(base) },
          directoryIndex: 'index.html',
          // Built scripts and styles and Pagefind's chunks have a content hash in their names: no revision needed.
          dontCacheBustURLsMatching: /\/_astro\/|\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/,
          additionalManifestEntries: newest.map(({ url, revision }) => ({ url, revision })),
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
        const bytes = size + newest.reduce((sum, page) => sum + page.size, 0);
        logger.info(
          `service worker precaches ${count} files (${Math.round(bytes / 1024)} KiB), written in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
