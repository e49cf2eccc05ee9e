/**
 * Long lists are split into numbered pages: page 1 is the list's own address, the others follow it.
 * Page numbers start at 1; a list of any length has at least one page.
 */

/** Experiences per page of the experience list: the real list fits one page until it grows past this. */
export const EXPERIENCES_PER_PAGE = 100;

/** How many pages `total` items fill. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on one page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The page numbers to link around the current one: the first, the last, and the current one's neighbours; `null` marks a gap. */
export function pageLinks(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 1, current, current + 1].filter((page) => page >= 1 && page <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1] > 1 ? [null, page] : [page]));
}
