/**
 * Real-browser harness: finds the system Chromium (no downloaded browsers), launches it headless for
 * playwright-core, and lets test files skip cleanly where there is no Chromium — or fail, when
 * REQUIRE_BROWSER=1 says a browser must be there (CI sets it).
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
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { offlineChromiumFlags } from '../../scripts/bench/searchInBrowser';

/** Where Chromium is looked for: CHROMIUM_PATH when set (and only there), else Debian's and Ubuntu's packages. */
const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium executable the browser tests use, or undefined when none is installed. */
export const chromiumPath: string | undefined = candidates.find((path) => existsSync(path));

/** Whether the browser tests can run here. */
export const hasChromium = chromiumPath !== undefined;

/** Whether a missing Chromium is an error rather than a reason to skip (`.ci/run` sets REQUIRE_BROWSER=1). */
export const browserRequired = process.env.REQUIRE_BROWSER === '1';

export const noChromiumMessage =
  `no Chromium found (looked at ${candidates.join(', ')}). Install it with "sudo apt-get install chromium" ` +
  '(Debian) or "sudo apt-get install chromium-browser" (Ubuntu), or point CHROMIUM_PATH at a Chromium binary';

/**
 * `describe` for tests that need Chromium. Without Chromium the block is skipped and its title says why
 * and how to install it; with REQUIRE_BROWSER=1 it fails instead.
 */
export function describeInBrowser(name: string) {
  return (body: () => void) => {
    if (hasChromium) return describe(name, body);
    if (browserRequired) {
      return describe(name, () => {
        it('has a Chromium to run in (REQUIRE_BROWSER=1)', () => {
          throw new Error(`REQUIRE_BROWSER=1 but ${noChromiumMessage}.`);
        });
      });
    }
    console.warn(`Skipping "${name}": ${noChromiumMessage}.`);
    return describe.skip(`${name} — skipped: ${noChromiumMessage}`, body);
  };
}

/**
 * Launches headless Chromium. The flags keep it off the network: this must work on a machine without
 * one, and a test must never depend on (or leak to) anything but the local test server.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error(noChromiumMessage);
  return chromium.launch({
    executablePath: chromiumPath,
    args: offlineChromiumFlags,
  });
}

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
