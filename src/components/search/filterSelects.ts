import { filterOptionLabel, searchFilters, type FilterCounts } from '../../lib/searchState';

/** Offers each filter's values (from the index's totals), in alphabetical order, labelled with their counts. */
export function fillFilterSelects(selects: HTMLSelectElement[], totals: FilterCounts) {
  for (const select of selects) {
    const label = searchFilters.find((filter) => filter.key === select.dataset.filter)?.label ?? '';
    select.setAttribute('aria-label', label);
    for (const value of Object.keys(totals[select.dataset.filter ?? ''] ?? {}).sort((a, b) => a.localeCompare(b))) {
      select.append(new Option(value, value));
    }
  }
  labelFilterSelects(selects, totals);
}

/** Chooses a filter's value, adding it when the index has no page with it: a shared link's choice stays shown, with 0 results. */
export function chooseFilterValue(select: HTMLSelectElement, value: string) {
  if (value && ![...select.options].some((option) => option.value === value)) select.append(new Option(value, value));
  select.value = value;
}

/**
 * Labels each value with the results it gives (`counts`, for the current search). A value that gives none
 * is disabled, unless it is the one chosen; "Any" is always there.
 */
export function labelFilterSelects(selects: HTMLSelectElement[], counts: FilterCounts) {
  for (const select of selects) {
    const values = counts[select.dataset.filter ?? ''];
    for (const option of select.options) {
      if (!option.value) continue;
      const count = values ? (values[option.value] ?? 0) : undefined;
      option.textContent = filterOptionLabel(option.value, count);
      option.disabled = count === 0 && option.value !== select.value;
    }
  }
}
