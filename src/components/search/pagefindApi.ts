import type { FilterCounts } from '../../lib/searchState';

/** The parts of Pagefind's JS API the search panel uses (Pagefind 1.6: https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's sections that hold a match, each with the positions of its matching words. */
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter value, the results this query gives with the chosen filters and that value too (loaded filters only). */
  filters: FilterCounts;
  /** For each filter value, the results this query gives with no filter but that value (loaded filters only). */
  totalFilters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Every filter value with its number of pages; downloads every filter file. */
  filters(): Promise<FilterCounts>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  debouncedSearch(query: string | null, options?: { filters?: Record<string, string> }, timeout?: number): Promise<PagefindSearch | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * From this many indexed pages on, Pagefind searches in a web worker. Below it a query takes a few
 * milliseconds on the page itself, and the worker would only add its download to the
 * first search; above it broad queries take long enough to block typing (see docs/performance.md).
 */
export const WORKER_FROM_PAGES = 500;

/** The number of pages in the index, from the small entry file Pagefind itself reads first. */
async function indexedPages(entryUrl: string): Promise<number | undefined> {
  try {
    const response = await fetch(entryUrl);
    if (!response.ok) return undefined;
    const entry = (await response.json()) as { languages?: Record<string, { page_count?: number }> };
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return undefined;
  }
}

/** Where the site and its search index live, base path included, as the page gives them (`data-site-base`, `data-search-index`). */
export interface SearchLocation {
  base: string;
  index: string;
}

/** Loads Pagefind once, on first use; its files exist only in a built site. */
export function loadPagefind({ base, index }: SearchLocation): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A fixed tag per build lets the service worker answer Pagefind's metadata request offline; the entry
    // file is asked for at the address Pagefind itself uses, so a cache can answer both requests.
    const metaCacheTag = import.meta.env.PUBLIC_BUILD_ID ?? 'dev';
    const [module, pages] = await Promise.all([
      import(/* @vite-ignore */ `${index}pagefind.js`) as Promise<Pagefind>,
      indexedPages(`${index}pagefind-entry.json?ts=${metaCacheTag}`),
    ]);
    const noWorker = pages !== undefined && pages < WORKER_FROM_PAGES;
    await module.options({ baseUrl: base, metaCacheTag, excerptLength: 24, noWorker });
    await module.init();
    return module;
  })();
  return pagefind;
}
