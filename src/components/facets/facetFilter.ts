import { compareSortKeys, matchesFacets, readFacets, writeFacets, type FacetValues } from '../../lib/facets';

/**
 * Makes every `[data-facet-form]` filter the `[data-facet-item]` elements of its page.
 * Items carry their values as `data-f-<facet>="a|b"` and sort keys as `data-s-<key>`; a sort option
 * `key-asc` or `key-desc` orders the items inside each `[data-facet-list]`, those without the key last.
 */
export function installFacetFilters() {
  // Forms of a list split over pages (`data-facet-search`) search instead; their page script submits them.
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-facet-form]:not([data-facet-search])')) {
    if (form.dataset.facetInstalled !== undefined) continue;
    form.dataset.facetInstalled = '';
    install(form);
  }
}

function install(form: HTMLFormElement) {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  const facets = selects.map((select) => select.name);
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]');
  const defaultSort = sortSelect?.options[0]?.value ?? '';
  const status =
    form.nextElementSibling instanceof HTMLElement && form.nextElementSibling.matches('[data-facet-status]') ? form.nextElementSibling : null;
  const items = [...document.querySelectorAll<HTMLElement>('[data-facet-item]')];
  const values = new Map<HTMLElement, FacetValues>(
    items.map((item) => [item, Object.fromEntries(facets.map((facet) => [facet, item.getAttribute(`data-f-${facet}`)?.split('|') ?? []]))]),
  );

  const apply = () => {
    const selection = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
    let shown = 0;
    for (const item of items) {
      const visible = matchesFacets(values.get(item)!, selection);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-facet-group]')) {
      group.hidden = !group.querySelector('[data-facet-item]:not([hidden])');
    }
    if (sortSelect) sortItems(sortSelect.value);
    if (status) status.textContent = `Showing ${shown} of ${items.length} ${form.dataset.noun ?? 'items'}.`;
    const query = writeFacets(selection, facets, sortSelect ? { value: sortSelect.value, default: defaultSort } : undefined);
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    const selection = readFacets(params, facets);
    for (const select of selects)
      select.value = [...select.options].some((option) => option.value === selection[select.name]) ? selection[select.name] : '';
    if (sortSelect)
      sortSelect.value = [...sortSelect.options].some((option) => option.value === params.get('sort')) ? params.get('sort')! : defaultSort;
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // Reset restores the controls first, then the list follows.
  form.addEventListener('reset', () => setTimeout(apply));
  window.addEventListener('popstate', () => {
    fromUrl();
    apply();
  });
  // This code loads when a filter is first reached for: a choice made meanwhile is kept, a view the link names is restored.
  if (location.search) fromUrl();
  apply();
}

function sortItems(sort: string) {
  const [key, direction] = sort.split('-');
  if (!key) return;
  for (const list of document.querySelectorAll<HTMLElement>('[data-facet-list]')) {
    const children = [...list.children] as HTMLElement[];
    const original = new Map(children.map((child, index) => [child, Number(child.dataset.position ?? index)]));
    const keyOf = (item: HTMLElement) => item.getAttribute(`data-s-${key}`) ?? '';
    children.sort((a, b) => compareSortKeys(keyOf(a), keyOf(b), direction === 'desc' ? 'desc' : 'asc') || original.get(a)! - original.get(b)!);
    list.append(...children);
  }
}
