/**
 * "Did you mean …": loaded only when a search finds little and a word of it is not in the index, so a
 * search that finds what was typed never downloads the vocabulary or this code.
 */
import { suggestCorrection, type Correction, type Vocabulary } from '../../lib/spelling';

let vocabulary: Promise<Vocabulary> | undefined;

async function fetchVocabulary(url: string): Promise<Vocabulary> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Vocabulary;
}

/** The query with its misspelt words corrected, from the site's vocabulary (fetched on the first call, then kept), or undefined. */
export async function correctionFor(query: string, vocabularyUrl: string): Promise<Correction | undefined> {
  vocabulary ??= fetchVocabulary(vocabularyUrl);
  try {
    return suggestCorrection(query, await vocabulary);
  } catch {
    vocabulary = undefined; // asked for again next time: the network may be back
    return undefined;
  }
}
