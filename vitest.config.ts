import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/buildSite.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Quality gates in real Chromium (accessibility, links, HTML, security, hostile content, screenshots)
        // over two builds of the site, at the root and under a base path. See README "Quality gates".
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/buildSites.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
