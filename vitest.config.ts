import { defineConfig } from 'vitest/config';

/**
 * Four projects (README "Tests"). The site and browser projects share one global setup,
 * tests/support/buildSites.ts, which builds each site variant they name in `siteVariants` once per run,
 * the first time a project asks for it; `--project unit` or `--project integration` builds nothing.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // Pure functions and schemas: no builds, no scripts, no folders written; milliseconds per file.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        // The project's scripts, tools and fixture corpora run for real, and builds that must fail.
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
        },
      },
      {
        // The built site read file by file: pages, feeds, exports, the search index, page weight.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/buildSites.ts'],
          provide: { siteVariants: ['root', 'based', 'rich'] },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Quality gates in real Chromium (accessibility, links, HTML, security, hostile content, screenshots).
        // See README "Quality gates".
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/buildSites.ts'],
          provide: { siteVariants: ['root', 'based', 'paged', 'hostile'] },
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
