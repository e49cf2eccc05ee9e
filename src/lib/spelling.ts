/**
 * "Did you mean …" for search: the words of the site's searchable text with how often each occurs (the
 * vocabulary, written once per build), and the nearest known word for each word of a query that the site
 * does not contain. Pure functions: the build collects the texts (src/data/searchVocabulary.ts), the browser
 * loads the vocabulary only when a search finds little (src/components/search/searchSuggestion.ts).
 */

/** Shorter words are left alone: a two-letter word is a typo of too many others to guess which. */
export const MIN_WORD_LENGTH = 3;

/**
 * The most words a vocabulary keeps, most frequent first. The words past the first tens of thousands of a
 * site's text occur once or twice each (names, rare forms and typos themselves), so they make poor
 * suggestions; the cap bounds the file a reader downloads (4 to 6 bytes of gzip a word) and the time a
 * suggestion takes, which scans the whole list (docs/performance.md, "Spelling suggestions").
 */
export const VOCABULARY_LIMIT = 30_000;

/** A vocabulary: `[word, count]` pairs, by count (highest first), then by word. */
export type Vocabulary = readonly (readonly [word: string, count: number])[];

/** A word: letters, combining marks and digits in any script; an apostrophe inside a word joins its parts ("don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /['’]/g;
const NUMBER = /^\p{N}+$/u;

/** The form a word is counted and compared in: lower case, composed, apostrophes dropped. */
const normalise = (token: string) => token.toLowerCase().normalize('NFC').replace(APOSTROPHES, '');

/** Whether a normalised word is one a vocabulary holds: long enough and not a number alone. */
const isWord = (word: string) => [...word].length >= MIN_WORD_LENGTH && !NUMBER.test(word);

/** The words of a text, in order: lower case, letters and digits only, at least 3 characters, no pure numbers. */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const [token] of text.matchAll(WORD)) {
    const word = normalise(token);
    if (isWord(word)) found.push(word);
  }
  return found;
}

/** Counts the words of `texts` into a vocabulary of at most `limit` words, the most frequent kept. */
export function buildVocabulary(texts: Iterable<string>, limit = VOCABULARY_LIMIT): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Code-unit order for ties: the same on every machine, unlike localeCompare.
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).slice(0, limit);
}

/** The most edits a query word may be from its suggestion: one for words of up to 4 letters, two for longer ones. */
export const maxEdits = (word: string) => ([...word].length <= 4 ? 1 : 2);

/** Rows reused by every distance computation, grown as needed. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);
let beforeRow = new Int32Array(64);

/**
 * The Damerau–Levenshtein distance between two words in its optimal string alignment form (insertions,
 * deletions, substitutions and swaps of two neighbouring letters, each costing 1), or `limit + 1` as soon
 * as it must exceed `limit`. Compares UTF-16 code units, which for letters outside the emoji planes are
 * the letters themselves.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (previousRow.length < width) [previousRow, currentRow, beforeRow] = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  for (let j = 0; j < width; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    let rowMin = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const other = b.charCodeAt(j - 1);
      let cost = Math.min(previousRow[j] + 1, currentRow[j - 1] + 1, previousRow[j - 1] + (letter === other ? 0 : 1));
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) cost = Math.min(cost, beforeRow[j - 2] + 1);
      currentRow[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    // Every later row is at least this row's smallest value: past the limit, stop.
    if (rowMin > limit) return limit + 1;
    [beforeRow, previousRow, currentRow] = [previousRow, currentRow, beforeRow];
  }
  return Math.min(previousRow[b.length], limit + 1);
}

/**
 * The letters a word holds, as bits of a number (a letter's code modulo 32; a–z each have their own bit).
 * Each letter one word has and the other lacks takes an edit, so two words whose sets differ by more than
 * the limit are skipped without computing their distance: most of a vocabulary, at the cost of one `&`.
 */
function letterSet(word: string): number {
  let set = 0;
  for (let index = 0; index < word.length; index++) set |= 1 << (word.charCodeAt(index) & 31);
  return set;
}

/** The number of bits set in a 32-bit number. */
function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A vocabulary made ready for lookups: its words in order, the letters of each, and the set of words it knows. */
interface PreparedVocabulary {
  entries: Vocabulary;
  letters: Int32Array;
  known: Set<string>;
}

/** Letters with their accents removed, as Pagefind matches them: "résumé" and "resume" are one word. */
const withoutAccents = (word: string) => (/^[\x20-\x7e]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, ''));

const prepared = new WeakMap<Vocabulary, PreparedVocabulary>();

function prepare(vocabulary: Vocabulary): PreparedVocabulary {
  let ready = prepared.get(vocabulary);
  if (!ready) {
    const known = new Set<string>();
    const letters = new Int32Array(vocabulary.length);
    vocabulary.forEach(([word], index) => {
      known.add(word).add(withoutAccents(word));
      letters[index] = letterSet(word);
    });
    ready = { entries: vocabulary, letters, known };
    prepared.set(vocabulary, ready);
  }
  return ready;
}

/**
 * The known word nearest to `word`: the smallest distance within `maxEdits(word)`, then the most frequent.
 * The vocabulary is in frequency order, so a later word replaces the best so far only when it is strictly
 * nearer, and a word one edit away ends the search (no unknown word is nearer than that).
 */
function nearest(word: string, { entries, letters }: PreparedVocabulary): string | undefined {
  const wordLetters = letterSet(word);
  let best: string | undefined;
  let bestDistance = maxEdits(word) + 1;
  for (let index = 0; index < entries.length; index++) {
    const candidate = entries[index][0];
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const candidateLetters = letters[index];
    if (Math.max(bitCount(wordLetters & ~candidateLetters), bitCount(candidateLetters & ~wordLetters)) >= bestDistance) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      [best, bestDistance] = [candidate, distance];
      if (distance <= 1) break;
    }
  }
  return best;
}

/** A suggested query, and the words of the reader's query it changes. */
export interface Correction {
  query: string;
  changes: { from: string; to: string }[];
}

/**
 * The query with each word the vocabulary does not know replaced by the nearest word it does (known words,
 * short words and numbers stay as typed), or undefined when no word changes: every word is known, or an
 * unknown word has no known word within reach.
 */
export function suggestCorrection(query: string, vocabulary: Vocabulary): Correction | undefined {
  const ready = prepare(vocabulary);
  const changes: Correction['changes'] = [];
  const corrected = query.replace(WORD, (token) => {
    const word = normalise(token);
    if (!isWord(word) || ready.known.has(word) || ready.known.has(withoutAccents(word))) return token;
    const replacement = nearest(word, ready);
    if (!replacement) return token;
    changes.push({ from: token, to: replacement });
    return replacement;
  });
  return changes.length ? { query: corrected.trim().replace(/\s+/g, ' '), changes } : undefined;
}

/** Strips what is code rather than prose from a guide section's MDX: imports and exports, components, expressions, link targets. */
export function mdxProse(body: string): string {
  return body
    .replace(/^\s*(?:import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
}
