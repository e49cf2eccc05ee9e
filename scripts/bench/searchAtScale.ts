/**
 * Search on a built site at scale, in Chromium: for each query of a fixed set, a first search from a
 * fresh browser (bytes and time to results), then every query again on a page whose search is loaded
 * (later queries, which may still fetch index chunks for new words) and once more (repeated queries,
 * all files already fetched).
 */
import { launchChromium } from '../lib/chromium';
import { firstQuery, laterQuery, suggestionQuery, type FirstQuery, type LaterQuery, type SuggestionQuery } from '../lib/searchInBrowser';
import { serveSite } from '../lib/staticServer';

export interface SearchAtScale {
  first: FirstQuery[];
  later: LaterQuery[];
  repeated: LaterQuery[];
  /** Misspelt queries typed into the open search dialog, each until its "Did you mean" suggestion shows. */
  suggestions: SuggestionQuery[];
}

/** Misspellings of the fixed queries (letters swapped or dropped near the start), which Pagefind's own matching of similar words does not find. */
export const misspeltSearchQueries = ['sytem desing', 'stakehodler', 'kbuernetes', 'slaary negotaition', 'lniked lsit'];

export async function measureSearch(siteDir: string, queries: string[], misspelt = misspeltSearchQueries): Promise<SearchAtScale> {
  const [browser, site] = await Promise.all([launchChromium(), serveSite(siteDir, { headers: true, gzip: true })]);
  try {
    const first: FirstQuery[] = [];
    let lastPage;
    for (const query of queries) {
      await lastPage?.context().close();
      const { page, measure } = await firstQuery(browser, site, query, 'guide/');
      first.push(measure);
      lastPage = page;
    }
    const later: LaterQuery[] = [];
    const repeated: LaterQuery[] = [];
    // The last page has searched only the last query: the others are new to it.
    for (const query of queries.slice(0, -1)) later.push(await laterQuery(lastPage!, site, query));
    for (const query of queries) repeated.push(await laterQuery(lastPage!, site, query));
    // The first misspelt query downloads the vocabulary and the suggestion code; the later ones use them.
    const suggestions: SuggestionQuery[] = [];
    for (const query of misspelt) suggestions.push(await suggestionQuery(lastPage!, site, query));
    await lastPage?.context().close();
    return { first, later, repeated, suggestions };
  } finally {
    await Promise.all([browser.close(), site.close()]);
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
