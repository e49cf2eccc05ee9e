/**
 * The system Chromium, for the browser tests, the benchmark and Lighthouse: no browser is ever downloaded.
 * It is launched with flags that keep it off the network, so a run works on a machine without one and
 * never depends on (or leaks to) anything but the local server.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is looked for: CHROMIUM_PATH when set (and only there), else Debian's and Ubuntu's packages. */
export const chromiumCandidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium executable, or undefined when none is installed. */
export const chromiumPath: string | undefined = chromiumCandidates.find((path) => existsSync(path));

export const noChromiumMessage =
  `no Chromium found (looked at ${chromiumCandidates.join(', ')}). Install it with "sudo apt-get install chromium" ` +
  '(Debian) or "sudo apt-get install chromium-browser" (Ubuntu), or point CHROMIUM_PATH at a Chromium binary';

/** Chromium flags that keep it off the network. */
export const offlineChromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium for playwright-core, off the network. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(noChromiumMessage);
  return chromium.launch({ executablePath: chromiumPath, args: offlineChromiumFlags });
}
