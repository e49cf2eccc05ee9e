/**
 * The first-search budget, in Chromium on the shipped build: everything a reader's first search downloads —
 * the search code, Pagefind's runtime, worker and WebAssembly, its metadata, filters, the index chunks
 * and the fragments of the results shown — counted on a server that gzips text as a static host does.
 * The budget counts response bodies (gzip where the type is compressible; Pagefind's files arrive
 * already compressed); the bytes with HTTP/1.1 headers are printed beside them (HTTP/2 compresses
 * repeated headers away). Sizes only; the timings are recorded by `npm run bench`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { budgets, kb } from '../../scripts/lib/pageWeight';
import { firstQuery, type FirstQuery } from '../../scripts/lib/searchInBrowser';
import { serveSite, type ServedSite } from '../../scripts/lib/staticServer';
import { WORKER_FROM_PAGES } from '../../src/components/search/pagefindApi';
import { builtSite } from '../support/buildSites';
import { describeInBrowser, launchBrowser } from '../support/browser';

/** Queries a reader of the guide would type, with few and with many results. */
const queries = ['system design', 'salary', 'linked list', 'interview'];

const bodyBytes = (measure: FirstQuery) => measure.requests.reduce((sum, request) => sum + request.bodyBytes, 0);

/** Where a first search's bytes went: each file, with the index chunks and result fragments summed. */
function breakdown(measure: FirstQuery): string {
  const parts = new Map<string, { bytes: number; files: number }>();
  for (const { path, bodyBytes: bytes } of measure.requests) {
    const kind = /\.pf_(index|fragment|filter)$/.exec(path)?.[1];
    const name = kind ? `${kind} files` : path.split('/').pop()!;
    const part = parts.get(name) ?? { bytes: 0, files: 0 };
    parts.set(name, { bytes: part.bytes + bytes, files: part.files + 1 });
  }
  return [...parts].map(([name, { bytes, files }]) => `${name}${files > 1 ? ` (${files})` : ''} ${kb(bytes)}`).join(', ');
}

describeInBrowser('first-search budget')(() => {
  let browser: Browser;
  let site: ServedSite;
  const measures: FirstQuery[] = [];

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(builtSite('root').dir, { headers: true, gzip: true })]);
    for (const query of queries) {
      const { page, measure } = await firstQuery(browser, site, query, 'guide/');
      measures.push(measure);
      await page.context().close();
    }
    const rows = measures.map(
      (measure) =>
        `${measure.query.padEnd(14)} | ${String(measure.matches).padStart(7)} | ${String(measure.requests.length).padStart(8)} | ${kb(bodyBytes(measure)).padStart(9)} | ${kb(measure.bytes).padStart(12)}`,
    );
    console.log(
      `First search, from a guide page with nothing cached (budget < ${kb(budgets.firstSearch)} gzip):\nquery          | matches | requests | gzip body | with headers\n${rows.join('\n')}`,
    );
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  it('measures a real search: results shown, and Pagefind, its WebAssembly and an index chunk downloaded', () => {
    for (const measure of measures) {
      const paths = measure.requests.map((request) => request.path);
      expect(measure.results, measure.query).toBeGreaterThan(0);
      for (const part of ['/pagefind/pagefind.js', '.pagefind', '.pf_index', '.pf_fragment']) {
        expect(
          paths.some((path) => path.endsWith(part)),
          `${measure.query}: ${part} in ${paths.join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('does not download the spelling vocabulary for a query that finds what was typed', () => {
    for (const measure of measures) {
      expect(measure.results, measure.query).toBeGreaterThan(0);
      expect(
        measure.requests.map((request) => request.path).filter((path) => path.endsWith('/vocabulary.json')),
        measure.query,
      ).toEqual([]);
    }
  });

  it(`searches on the page, without downloading Pagefind's worker, while the site has fewer than ${WORKER_FROM_PAGES} pages`, () => {
    for (const measure of measures) {
      const paths = measure.requests.map((request) => request.path);
      expect(
        paths.filter((path) => path.endsWith('/pagefind-worker.js')),
        measure.query,
      ).toEqual([]);
    }
  });

  it(`searches in Pagefind's worker once the index holds ${WORKER_FROM_PAGES} pages`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      // The same build, with its entry file saying the index is that large: the decision is the page's.
      await page.route('**/pagefind/pagefind-entry.json*', async (route) => {
        const entry = await (await route.fetch()).json();
        for (const language of Object.values(entry.languages) as { page_count: number }[]) language.page_count = WORKER_FROM_PAGES;
        await route.fulfill({ json: entry });
      });
      const worker = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind-worker.js'), { timeout: 15_000 });
      await page.goto(`${site.url}guide/`);
      await page.locator('main').click({ position: { x: 1, y: 1 } });
      await page.keyboard.press('/');
      await page.fill('[data-search-dialog] [data-search-input]', 'interview');
      await worker;
      await expect.poll(() => page.locator('[data-search-dialog] [data-search-results] > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it(`downloads less than ${kb(budgets.firstSearch)} gzip for a first search`, () => {
    const broken = measures
      .filter((measure) => bodyBytes(measure) >= budgets.firstSearch)
      .map((measure) => `"${measure.query}": ${kb(bodyBytes(measure))} = ${breakdown(measure)}`);
    expect(broken.length, `A first search is over its budget of ${kb(budgets.firstSearch)} gzip:\n${broken.join('\n')}\n`).toBe(0);
  });
});
