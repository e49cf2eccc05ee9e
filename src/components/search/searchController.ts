import { matchedSections, SUGGEST_BELOW } from '../../lib/searchResults';
import {
  filtersBut,
  isEmptySearch,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type FilterCounts,
  type SearchFilterKey,
  type SearchState,
} from '../../lib/searchState';
import { chooseFilterValue, fillFilterSelects, labelFilterSelects } from './filterSelects';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData, type PagefindSearch } from './pagefindApi';

/** Results rendered at a time: each one downloads its own excerpt, so a first search stays light. */
const PAGE_SIZE = 8;

/** Wires one search panel: input, filters, status line, spelling suggestion and results, optionally mirrored in the URL. */
export async function mountSearch(panel: HTMLElement) {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  const form = panel.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const syncUrl = panel.dataset.syncUrl === 'true';
  const { siteBase, searchIndex, searchVocabulary } = panel.dataset;

  const state = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter, select.value])),
  });

  let api: Pagefind;
  try {
    if (siteBase === undefined || searchIndex === undefined) throw new Error('the search panel does not say where the search index is');
    api = await loadPagefind({ base: siteBase, index: searchIndex });
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'Search works after a build: run "npm run build", then "npm run preview".'
      : 'Search could not load. Check your connection and try again.';
    return;
  }
  // Filter values and counts are downloaded when the reader reaches for a filter, or when a link names one.
  let totals: FilterCounts | undefined;
  let filtersFilled: Promise<void> | undefined;
  const ensureFilters = () =>
    (filtersFilled ??= api.filters().then((all) => {
      totals = all;
      fillFilterSelects(selects, all);
      void refreshCounts(state());
    }));
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
  // "Did you mean …", shown when a query finds little and a word of it looks misspelt; the status line announces it.
  // A link to the corrected search, so it can also open in a new tab; a plain click runs it here.
  const suggestion = document.createElement('p');
  suggestion.className = 'mt-1 text-sm';
  suggestion.hidden = true;
  suggestion.dataset.searchSuggestion = '';
  const suggestionLink = document.createElement('a');
  suggestionLink.dataset.searchSuggestionQuery = '';
  suggestion.append('Did you mean ', suggestionLink, '?');
  status.after(suggestion);
  let pending: PagefindResult[] = [];
  let shown = 0;
  let total = 0;
  /** The corrected query on offer, while its suggestion is shown. */
  let suggested: string | undefined;
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
    suggested = undefined;
    suggestion.hidden = true;
    if (isEmptySearch(current)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type to search; results appear as you type.';
      void refreshCounts(current);
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
    void refreshCounts(current, search);
    if (current.q && total < SUGGEST_BELOW) void offerSuggestion(current, number);
  }

  /**
   * Labels the filters with what each value gives for this search: index totals for an empty search; else
   * each filter's values counted with the query and the other chosen filters. Only once the filters are loaded.
   */
  async function refreshCounts(current: SearchState, search?: PagefindSearch) {
    if (!totals) return;
    const number = searchNumber;
    let counts = totals;
    if (!isEmptySearch(current)) {
      // A search made before the filter files loaded has no counts: ask again, from the loaded files.
      if (!search || !Object.keys(search.filters).length) search = await api.search(current.q || null, { filters: pagefindFilters(current) });
      counts = { ...search.filters };
      for (const key of Object.keys(pagefindFilters(current))) {
        const others = filtersBut(current, key);
        const source = Object.keys(others).length
          ? (await api.search(current.q || null, { filters: others })).filters
          : current.q
            ? search.totalFilters
            : totals;
        counts[key] = source[key] ?? {};
      }
    }
    if (number === searchNumber) labelFilterSelects(selects, counts);
  }

  /**
   * Offers the query with its misspelt words corrected, when that finds more. The vocabulary is fetched only
   * when a word of the query is in no page: with no results at all, or when one of the words alone finds nothing.
   */
  async function offerSuggestion(current: SearchState, number: number) {
    if (!searchVocabulary) return;
    if (total > 0) {
      const words = current.q.split(/\s+/);
      const alone = await Promise.all(words.map((word) => api.search(word)));
      if (alone.every((search) => search.results.length)) return;
    }
    const { correctionFor } = await import('./searchSuggestion');
    const correction = await correctionFor(current.q, searchVocabulary);
    if (!correction || number !== searchNumber) return;
    const corrected = await api.search(correction.query, { filters: pagefindFilters(current) });
    if (number !== searchNumber || corrected.results.length <= total) return;
    suggested = correction.query;
    suggestionLink.textContent = correction.query;
    suggestionLink.href = `${form.getAttribute('action')}${writeSearchState({ ...current, q: correction.query })}`;
    suggestion.hidden = false;
    status.textContent = `${describe()} Did you mean “${correction.query}”?`;
  }

  function acceptSuggestion() {
    if (!suggested) return;
    input.value = suggested;
    input.focus();
    void run(true);
  }

  function apply(next: SearchState) {
    input.value = next.q;
    for (const select of selects) chooseFilterValue(select, next.filters[select.dataset.filter as SearchFilterKey] ?? '');
  }

  input.addEventListener('input', () => void run(false));
  for (const select of selects) select.addEventListener('change', () => void run(true));
  suggestionLink.addEventListener('click', (event) => {
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window opens the link
    event.preventDefault();
    acceptSuggestion();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter on a query that found nothing takes the suggestion, when one is shown.
    if (suggested && total === 0) acceptSuggestion();
    else void run(true);
  });
  if (syncUrl) {
    window.addEventListener('popstate', () => void fromUrl().then(() => run(false)));
  }
  panel.addEventListener('keydown', (event) => moveFocus(event, input, list));
  await run(false);
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
  const sections = matchedSections(data.sub_results);
  if (sections.length) {
    const subs = document.createElement('ul');
    subs.className = 'mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700';
    for (const section of sections) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = section.url;
      subLink.dataset.searchResult = '';
      subLink.textContent = section.title;
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
