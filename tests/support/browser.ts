/**
 * Real-browser harness: launches the system Chromium (scripts/lib/chromium.ts finds it; no browser is
 * downloaded) headless for playwright-core, and lets test files skip cleanly where there is no Chromium,
 * or fail where every test must run (CI, REQUIRE_BROWSER=1; see describeWhere.ts).
 *
 * Usage in a test file:
 *
 *   const inBrowser = describeInBrowser('accessibility');
 *   inBrowser(() => {
 *     let browser: Browser;
 *     beforeAll(async () => { browser = await launchBrowser(); });
 *     afterAll(() => browser?.close());
 *     it('…', async () => { const page = await openPage(browser, { width: 375 }); … });
 *   });
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromiumPath, launchChromium, noChromiumMessage } from '../../scripts/lib/chromium';
import { describeWhere } from './describeWhere';

/** `describe` for tests that need Chromium: without one the block is skipped, saying how to install it, or fails where every test must run. */
export const describeInBrowser = (name: string) => describeWhere(chromiumPath !== undefined, name, noChromiumMessage);

/**
 * Launches headless Chromium. Its flags keep it off the network: this must work on a machine without
 * one, and a test must never depend on (or leak to) anything but the local test server.
 */
export const launchBrowser = (): Promise<Browser> => launchChromium();

/** Viewport widths the gates run at: a small phone and a desktop. */
export const widths = { phone: 375, desktop: 1280 } as const;
export type ColorScheme = 'light' | 'dark';

export interface PageOptions extends Pick<BrowserContextOptions, 'serviceWorkers' | 'bypassCSP' | 'javaScriptEnabled'> {
  /** Viewport width in CSS pixels (default: desktop). */
  width?: number;
  /** The system colour scheme the page sees through prefers-color-scheme (default: light). */
  colorScheme?: ColorScheme;
}

/**
 * A fresh page in its own context (no shared storage or service worker between tests). Service workers
 * are blocked unless asked for, so one test's precache never answers another test's requests.
 * Close it with `page.context().close()`.
 */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const { width = widths.desktop, colorScheme = 'light', serviceWorkers = 'block', ...rest } = options;
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 812 : 900 },
    colorScheme,
    reducedMotion: 'reduce',
    serviceWorkers,
    ...rest,
  });
  return context.newPage();
}
