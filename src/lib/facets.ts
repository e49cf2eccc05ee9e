/**
 * Filtering and sorting of a list by facets (experiences by department, level…; questions by
 * category, role…). The same functions run at build time and in the browser, so the no-JavaScript
 * page and the filtered one agree.
 */

/** A chosen value per facet; an absent facet matches everything. */
export type FacetSelection = Record<string, string>;

/** An item as the filters see it: its value(s) per facet. */
export type FacetValues = Record<string, string | string[] | undefined>;

/** Whether an item matches every chosen facet. */
export function matchesFacets(item: FacetValues, selection: FacetSelection): boolean {
  return Object.entries(selection).every(([facet, wanted]) => {
    if (!wanted) return true;
    const value = item[facet];
    return Array.isArray(value) ? value.includes(wanted) : value === wanted;
  });
}

/** Reads the chosen facets from a URL query, keeping only known facets and non-empty values. */
export function readFacets(params: URLSearchParams, facets: readonly string[]): FacetSelection {
  const selection: FacetSelection = {};
  for (const facet of facets) {
    const value = params.get(facet)?.trim();
    if (value) selection[facet] = value;
  }
  return selection;
}

/** Writes facets (and an optional sort) as a URL query in facet order; defaults are left out. */
export function writeFacets(selection: FacetSelection, facets: readonly string[], sort?: { value: string; default: string }): string {
  const params = new URLSearchParams();
  for (const facet of facets) if (selection[facet]) params.set(facet, selection[facet]);
  if (sort && sort.value !== sort.default) params.set('sort', sort.value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Counts how many items have each value of a facet, for "Senior (3)" style options; sorted by label. */
export function facetCounts(items: FacetValues[], facet: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = item[facet];
    for (const one of Array.isArray(value) ? value : value ? [value] : []) counts.set(one, (counts.get(one) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Orders two items by their sort keys (`data-s-<key>`): as numbers when both are, else as text; an item
 * without a key (a value left out) comes last in either direction.
 */
export function compareSortKeys(a: string, b: string, direction: 'asc' | 'desc'): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const order = Number.isFinite(Number(a)) && Number.isFinite(Number(b)) ? Number(a) - Number(b) : a.localeCompare(b);
  return direction === 'desc' ? -order : order;
}
