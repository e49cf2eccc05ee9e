import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveSite, type ServedSite, type ServeOptions } from '../../scripts/lib/staticServer';
import { launchBrowser } from './browser';
import type { BuiltSite } from './buildSites';

/**
 * For a describe block: serves a built site and launches Chromium before its tests, and stops both after.
 * `url(path)` turns a site path (with its base, as `sitePages` lists them) into an address on the server.
 */
export function useSiteInBrowser(site: Pick<BuiltSite, 'dir' | 'base'>, options: Omit<ServeOptions, 'base'> = {}) {
  let browser: Browser | undefined;
  let served: ServedSite | undefined;
  beforeAll(async () => {
    [browser, served] = await Promise.all([launchBrowser(), serveSite(site.dir, { ...options, base: site.base })]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), served?.close()]);
  });
  return {
    browser: () => browser!,
    url: (path: string) => `${served!.origin}${path}`,
    site: () => served!,
  };
}
