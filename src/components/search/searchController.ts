import { isEmptySearch, pagefindFilters, readSearchState, searchFilters, writeSearchState, type SearchState } from '../../lib/searchState';

/** The parts of Pagefind's JS API this interface uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string | null,
    options?: { filters?: Record<string, string> },
    timeout?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
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
interface SearchLocation {
  base: string;
  index: string;
}

/** Loads Pagefind once, on first use; its files exist only in a built site. */
function loadPagefind({ base, index }: SearchLocation): Promise<Pagefind> {
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

/** Results rendered at a time: each one downloads its own excerpt, so a first search stays light. */
const PAGE_SIZE = 8;

/** Wires one search panel: input, filters, status line and results, optionally mirrored in the URL. */
export async function mountSearch(panel: HTMLElement) {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  const form = panel.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const syncUrl = panel.dataset.syncUrl === 'true';

  const state = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter, select.value])),
  });

  let api: Pagefind;
  try {
    const { siteBase, searchIndex } = panel.dataset;
    if (siteBase === undefined || searchIndex === undefined) throw new Error('the search panel does not say where the search index is');
    api = await loadPagefind({ base: siteBase, index: searchIndex });
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Search works after a build: run "npm run build", then "npm run preview".'
      : 'Search could not load. Check your connection and try again.';
    return;
  }
  // Filter values and counts are downloaded when the reader reaches for a filter, or when a link names one.
  let filtersFilled: Promise<void> | undefined;
  const ensureFilters = () => (filtersFilled ??= fillFilters(api, selects));
  const filterBox = panel.querySelector('[data-search-filters]');
  for (const event of ['focusin', 'pointerdown']) filterBox?.addEventListener(event, () => void ensureFilters(), { once: true });
  const fromUrl = async () => {
    const next = readSearchState(new URLSearchParams(location.search));
    if (Object.keys(next.filters).length) await ensureFilters();
    apply(next);
  };
  // Words typed while search was loading are kept, unless the URL names a search of its own.
  const typed = input.value;
  if (syncUrl) await fromUrl();
  if (typed && !input.value) input.value = typed;

  const more = document.createElement('button');
  more.type = 'button';
  more.hidden = true;
  more.className = 'mt-3 rounded-md border border-slate-400 px-3 py-1 text-sm dark:border-slate-500';
  more.textContent = 'Show more results';
  list.after(more);
  let pending: { data(): Promise<PagefindResultData> }[] = [];
  let shown = 0;
  let total = 0;
  const describe = () =>
    total
      ? `${total} result${total === 1 ? '' : 's'}${total > shown ? `, showing the first ${shown}` : ''}.`
      : 'No results. Try fewer words or clear a filter.';
  more.addEventListener('click', async () => {
    const next = await Promise.all(pending.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    const firstNew = next.length ? renderResult(next[0]) : undefined;
    list.append(...(firstNew ? [firstNew] : []), ...next.slice(1).map(renderResult));
    shown += next.length;
    more.hidden = shown >= total;
    status.textContent = describe();
    firstNew?.querySelector('a')?.focus();
  });

  let searchNumber = 0;
  async function run(push: boolean) {
    const current = state();
    if (syncUrl) {
      const url = `${location.pathname}${writeSearchState(current)}`;
      if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    }
    const number = ++searchNumber;
    if (isEmptySearch(current)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type to search; results appear as you type.';
      return;
    }
    const search = await api.debouncedSearch(current.q || null, { filters: pagefindFilters(current) }, 200);
    if (!search || number !== searchNumber) return; // a newer search replaced this one
    const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (number !== searchNumber) return;
    list.replaceChildren(...results.map(renderResult));
    pending = search.results;
    total = search.results.length;
    shown = results.length;
    more.hidden = shown >= total;
    status.textContent = describe();
  }

  function apply(next: SearchState) {
    input.value = next.q;
    for (const select of selects) select.value = next.filters[select.dataset.filter as keyof SearchState['filters']] ?? '';
  }

  input.addEventListener('input', () => void run(false));
  for (const select of selects) select.addEventListener('change', () => void run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  if (syncUrl) {
    window.addEventListener('popstate', () => void fromUrl().then(() => run(false)));
  }
  panel.addEventListener('keydown', (event) => moveFocus(event, input, list));
  await run(false);
}

/** Offers each filter's values with their counts; a value from the URL that matches nothing stays selectable. */
async function fillFilters(api: Pagefind, selects: HTMLSelectElement[]) {
  const available = await api.filters();
  for (const select of selects) {
    const values = available[select.dataset.filter ?? ''] ?? {};
    const label = searchFilters.find((filter) => filter.key === select.dataset.filter)?.label ?? '';
    select.setAttribute('aria-label', label);
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      select.append(new Option(`${value} (${count})`, value));
    }
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-md border border-slate-200 p-3 dark:border-slate-800';
  const type = document.createElement('span');
  type.className = 'mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-100';
  type.textContent = data.meta.type ?? 'Page';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'font-semibold';
  link.dataset.searchResult = '';
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-sm';
  // Pagefind escapes page text and only adds <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(type, link, excerpt);
  const anchors = (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (anchors.length) {
    const subs = document.createElement('ul');
    subs.className = 'mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700';
    for (const sub of anchors) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.dataset.searchResult = '';
      subLink.textContent = sub.title;
      subItem.append(subLink);
      subs.append(subItem);
    }
    item.append(subs);
  }
  return item;
}

/** Arrow keys move between the input and the result links; Enter follows the focused link. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  if (!links.length) return;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && index === -1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)].focus();
}
