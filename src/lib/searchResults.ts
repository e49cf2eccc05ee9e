/** What the search panel shows of Pagefind's results, and when it looks for a spelling suggestion. */

/** A section of a result's page as Pagefind reports it (a sub-result): its heading, address and matches. */
export interface ResultSection {
  title: string;
  url: string;
  /** Where the query's words occur in this section; none when the section did not match. */
  locations?: readonly number[];
}

/** The most sections shown under one result. */
export const MAX_SECTIONS = 3;

/**
 * The sections of a result worth a link of their own: those under a heading with an anchor that hold a
 * match themselves, at most `limit` (those with the most matches), in the order of the page.
 */
export function matchedSections<S extends ResultSection>(sections: readonly S[] = [], limit = MAX_SECTIONS): S[] {
  const matched = sections.filter((section) => section.url.includes('#') && (section.locations?.length ?? 0) > 0);
  const kept = new Set([...matched].sort((a, b) => b.locations!.length - a.locations!.length).slice(0, limit));
  return matched.filter((section) => kept.has(section));
}

/** With fewer results than this, search looks for a misspelt word and offers a corrected query. */
export const SUGGEST_BELOW = 3;
