/**
 * Search as a reader meets it, measured in Chromium on a built site served with `serveSite` (gzip and
 * `_headers` on): the bytes a first query downloads (the search code, Pagefind's runtime, its WebAssembly,
 * the index chunks and the result fragments), how long it takes to show results, and how fast later queries
 * are answered once the engine is loaded. The benchmark reports these figures; the first-search budget
 * test asserts the bytes.
 */
import type { Browser, Page } from 'playwright-core';
import type { ServedRequest, ServedSite } from './staticServer';

export interface FirstQuery {
  query: string;
  /** Bytes on the wire (headers and gzip bodies) from opening the search to seeing results. */
  bytes: number;
  /** The requests made for it, with their body sizes. */
  requests: ServedRequest[];
  /** Milliseconds from the key that opens search to results on screen; includes the 200 ms typing pause. */
  ms: number;
  /** Results shown (at most 12). */
  results: number;
  /** Pages matching, as the status line reports them. */
  matches: number;
}

/** Waits until the server has had no new request for `quietMs`. */
async function networkQuiet(site: ServedSite, quietMs = 300) {
  let seen = -1;
  while (seen !== site.requests.length) {
    seen = site.requests.length;
    await new Promise((done) => setTimeout(done, quietMs));
  }
}

/** Opens `pagePath` in a fresh context (no cache, no service worker), then searches `query` in the search dialog. */
export async function firstQuery(browser: Browser, site: ServedSite, query: string, pagePath = ''): Promise<{ page: Page; measure: FirstQuery }> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`${site.url}${pagePath}`);
  await page.waitForLoadState('networkidle');
  await networkQuiet(site);
  const before = site.bytesSent();
  const firstRequest = site.requests.length;
  const started = performance.now();
  await page.locator('main').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('/');
  await page.fill('[data-search-dialog] [data-search-input]', query);
  // "12 results…" or "No results…"; not the "Type to search" hint shown before the first search.
  await page.waitForFunction(() =>
    /^(\d+ results?|No results)/.test(document.querySelector('[data-search-dialog] [data-search-status]')?.textContent ?? ''),
  );
  const ms = performance.now() - started;
  await networkQuiet(site);
  const results = await page.locator('[data-search-dialog] [data-search-results] > li').count();
  const status = (await page.textContent('[data-search-dialog] [data-search-status]')) ?? '';
  const matches = Number(/^(\d+) result/.exec(status)?.[1] ?? 0);
  const requests = site.requests.slice(firstRequest);
  return { page, measure: { query, bytes: site.bytesSent() - before, requests, ms, results, matches } };
}

export interface LaterQuery {
  query: string;
  /** Milliseconds for Pagefind to search and load the data of the first 12 results, engine already loaded. */
  ms: number;
  /** Of which Pagefind's own account of its search (its `timings.total`), without passing results from its worker. */
  engineMs?: number;
  /** Bytes it still had to fetch (index chunks and fragments not seen before). */
  bytes: number;
}

/** Runs `query` through Pagefind's API on a page whose search is already loaded, timing it in the page. */
export async function laterQuery(page: Page, site: ServedSite, query: string): Promise<LaterQuery> {
  const before = site.bytesSent();
  const { ms, engineMs } = await page.evaluate(async (words) => {
    // The same module instance the search dialog loaded and initialised.
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const started = performance.now();
    const search = await pagefind.search(words);
    await Promise.all(search.results.slice(0, 12).map((result: { data(): Promise<unknown> }) => result.data()));
    const timings = (search as { timings?: { total?: number }[] }).timings;
    return { ms: performance.now() - started, engineMs: timings?.[0]?.total };
  }, query);
  await networkQuiet(site, 100);
  return { query, ms, engineMs, bytes: site.bytesSent() - before };
}

export interface SuggestionQuery {
  query: string;
  /** The corrected query offered ("Did you mean …"), or undefined when none was offered within the wait. */
  suggestion?: string;
  /** Milliseconds from typing the query to the suggestion on screen, when one was offered; includes the 200 ms typing pause. */
  ms?: number;
  /** Bytes fetched meanwhile: the vocabulary and the suggestion's code the first time, and index chunks. */
  bytes: number;
}

/**
 * Types a misspelt `query` into the search dialog of a page whose search is open, and waits up to `waitMs`
 * for its spelling suggestion. None comes when Pagefind's own matching of similar words finds 3 results or
 * more, or when every word finds something on its own.
 */
export async function suggestionQuery(page: Page, site: ServedSite, query: string, waitMs = 5_000): Promise<SuggestionQuery> {
  const before = site.bytesSent();
  const started = performance.now();
  await page.fill('[data-search-dialog] [data-search-input]', query);
  const suggestion = page.locator('[data-search-dialog] [data-search-suggestion]');
  const shown = await suggestion
    .waitFor({ state: 'visible', timeout: waitMs })
    .then(() => performance.now() - started)
    .catch(() => undefined);
  await networkQuiet(site, 100);
  const offered = shown === undefined ? undefined : ((await suggestion.locator('[data-search-suggestion-query]').textContent()) ?? undefined);
  return { query, suggestion: offered, ms: shown, bytes: site.bytesSent() - before };
}
