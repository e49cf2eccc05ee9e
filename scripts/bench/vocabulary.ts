/**
 * The spelling vocabulary of a built site (`/search/vocabulary.json`): its size, and how fast
 * `suggestCorrection` answers over it in Node, for misspelt queries made from the vocabulary's own words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { paths } from '../../src/lib/urls';
import { suggestCorrection, type Vocabulary } from '../../src/lib/spelling';
import { gzipSize } from '../lib/pageWeight';

export interface VocabularyMeasure {
  words: number;
  bytes: number;
  gzip: number;
  /** Milliseconds for the first suggestion over the freshly parsed file: making the vocabulary ready for look-ups, and a cold engine. */
  firstMs: number;
  /** Milliseconds for each misspelt query after that. */
  suggestMs: number[];
  /** How many of those queries got back the words they were made from. */
  recovered: number;
}

/** A misspelling of `word`, one of four kinds by `kind`: two neighbouring letters swapped, a letter dropped, doubled or replaced. */
export function misspell(word: string, kind: number): string {
  const at = 1 + (kind % Math.max(1, word.length - 2)); // never the first letter, which readers rarely get wrong
  switch (kind % 4) {
    case 0:
      return `${word.slice(0, at)}${word[at + 1] ?? ''}${word[at]}${word.slice(at + 2)}`;
    case 1:
      return `${word.slice(0, at)}${word.slice(at + 1)}`;
    case 2:
      return `${word.slice(0, at)}${word[at]}${word.slice(at)}`;
    default:
      return `${word.slice(0, at)}${word[at] === 'x' ? 'z' : 'x'}${word.slice(at + 1)}`;
  }
}

/**
 * Two-word queries made of words of 6 or more letters at evenly spaced ranks of the vocabulary, a frequent
 * word with a rare one, each misspelt, with the words they were made from. A misspelling that is itself a
 * known word is no typo to correct, so its query is left out.
 */
export function misspeltQueries(vocabulary: Vocabulary, count = 40): { query: string; intended: string }[] {
  const known = new Set(vocabulary.map(([word]) => word));
  const candidates = vocabulary.map(([word]) => word).filter((word) => /^[a-z]{6,}$/.test(word));
  if (!candidates.length) return [];
  const picks = Array.from({ length: count * 2 }, (_, index) => candidates[Math.floor((index * candidates.length) / (count * 2))]);
  return Array.from({ length: count }, (_, index) => {
    const intended = [picks[index], picks[count * 2 - 1 - index]];
    const typos = intended.map((word, offset) => misspell(word, index + offset));
    return { query: typos.join(' '), intended: intended.join(' '), known: typos.some((typo) => known.has(typo)) };
  })
    .filter((query) => !query.known)
    .map(({ query, intended }) => ({ query, intended }));
}

/** Measures the vocabulary a built site ships. */
export function measureVocabulary(siteDir: string): VocabularyMeasure {
  const file = readFileSync(resolve(siteDir, `.${paths.searchVocabulary()}`));
  const queries = misspeltQueries(JSON.parse(file.toString()) as Vocabulary);
  // Parsed again, as a reader's browser does: the first suggestion prepares this copy, with the engine cold.
  let started = performance.now();
  const vocabulary = JSON.parse(file.toString()) as Vocabulary;
  suggestCorrection(queries[0]?.query ?? 'sytem desing', vocabulary);
  const firstMs = performance.now() - started;
  const suggestMs: number[] = [];
  let recovered = 0;
  for (const { query, intended } of queries) {
    started = performance.now();
    const correction = suggestCorrection(query, vocabulary);
    suggestMs.push(performance.now() - started);
    if (correction?.query === intended) recovered++;
  }
  return { words: vocabulary.length, bytes: file.length, gzip: gzipSize(file), firstMs, suggestMs, recovered };
}
