/** The filters a search can narrow by, in the order the interface shows them, with their labels. */
export const searchFilters = [
  { key: 'type', label: 'Content type' },
  { key: 'department', label: 'Department' },
  { key: 'level', label: 'Level' },
  { key: 'difficulty', label: 'Difficulty' },
  { key: 'result', label: 'Result' },
] as const;

export type SearchFilterKey = (typeof searchFilters)[number]['key'];

/** What a search is: the words and one chosen value per filter. */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilterKey, string>>;
}

const filterKeys = new Set<string>(searchFilters.map((filter) => filter.key));

/** Reads a search from a URL query (`?q=crm&type=Experience`); unknown parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (filterKeys.has(key) && value.trim()) filters[key as SearchFilterKey] = value.trim();
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search as a URL query, in a stable order so equal searches give equal links. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { key } of searchFilters) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter argument: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, value]) => Boolean(value))) as Record<string, string>;
}

/** Whether there is anything to search for. */
export const isEmptySearch = (state: SearchState) => !state.q && Object.values(state.filters).every((value) => !value);

/** Filter values by filter key, each with the number of results it gives (Pagefind's shape for filter counts). */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * The chosen filters but one: what a filter's values are counted under. Choosing a value replaces that
 * filter's own choice, so its values are counted with the other filters only.
 */
export function filtersBut(state: SearchState, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(pagefindFilters(state)).filter(([other]) => other !== key));
}

/** How a select offers a filter value: its name, and how many results it gives when that is known. */
export const filterOptionLabel = (value: string, count: number | undefined) => (count === undefined ? value : `${value} (${count})`);
