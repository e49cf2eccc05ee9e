import { stemmer } from 'stemmer';

/**
 * When two wordings are the same question. Candidates write a question down in their own words
 * ("Write a function to reverse a linked list." / "Reverse a linked list"), so the bank compares what a
 * question is about rather than its letters: the set of its content words, stemmed (Porter), without
 * the words every question is framed with ("describe", "tell me about a time", "how would you").
 *
 * Two wordings are near duplicates when their sets share at least `MIN_SHARED_WORDS` words and their
 * Jaccard similarity (shared / all distinct words) is at least `MERGE_THRESHOLD`. The threshold is set
 * on the examples in tests/unit/questionSimilarity.test.ts: one extra or missing word in a question of
 * three or more content words merges (3/4 = 0.75: "How do you ensure code quality?" / "… in your
 * projects?"), one word swapped never does, however long the question (4/6 = 0.67: "the difference
 * between REST and SOAP" / "… REST and GraphQL"), since a swapped word is usually the whole point.
 * A rephrasing the rule misses, or a merge it should not make, goes into the maintainers' file
 * (content/question-merges.yaml).
 */

/** The least Jaccard similarity of two wordings' content words for them to be one question. */
export const MERGE_THRESHOLD = 0.75;
/** Below the merge threshold but this similar: worth telling a contributor, who may have meant the same question. */
export const LOOK_ALIKE_THRESHOLD = 0.5;
/** Shared content words two wordings need at least to merge: one shared word ("Why fintech?" / "What is fintech?") is not enough. */
export const MIN_SHARED_WORDS = 2;

/**
 * Words that carry no subject: English function words, and the words questions are framed with.
 * "experience" and "time" frame a question ("Tell me about a time…", "Describe your experience with…")
 * far more often than they are its subject.
 */
const FRAMING_WORDS = new Set(
  (
    'a about above after again all also am an and any are as at be been being before between both but by can could ' +
    'did do does doing done during each either ever for from had has have having he her here hers him his how i if in ' +
    'into is it its just me my myself no nor not now of off on once one only or other our ours out over own please ' +
    'same she should so some such than that the their theirs them then there these they this those through to too ' +
    'under until up us very was we were what when where which while who whom why will with would you your yours ' +
    'yourself yourselves describe explain tell give talk walk share discuss example examples time times situation ' +
    'experience experiences think like say let know write'
  ).split(' '),
);

/** The stemmed content words of a question, each once, in the order they first appear. */
export function questionWords(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .match(/[\p{L}\p{N}]+(?:[+#]+|'[\p{L}]+)*/gu);
  const stems = new Set<string>();
  for (const word of words ?? []) {
    const bare = word.replace(/'s$/, '').replace(/'/g, '');
    if (FRAMING_WORDS.has(bare) || !bare) continue;
    stems.add(/^[a-z]+$/.test(bare) ? stemmer(bare) : bare);
  }
  return [...stems];
}

/** How alike two questions' content words are: shared words, and Jaccard similarity (0 to 1). */
export function wordSimilarity(a: readonly string[], b: readonly string[]): { shared: number; similarity: number } {
  if (!a.length || !b.length) return { shared: 0, similarity: 0 };
  const set = new Set(a);
  let shared = 0;
  for (const word of new Set(b)) if (set.has(word)) shared++;
  return { shared, similarity: shared / (set.size + new Set(b).size - shared) };
}

/** Whether two questions' content words make them one question by the near-duplicate rule. */
export function isNearDuplicate(a: readonly string[], b: readonly string[]): boolean {
  const { shared, similarity } = wordSimilarity(a, b);
  return shared >= MIN_SHARED_WORDS && similarity >= MERGE_THRESHOLD;
}

/** A candidate of a `WordIndex` with how alike it is to the query. */
export interface WordMatch<T> {
  value: T;
  shared: number;
  similarity: number;
}

/**
 * Values (bank entries) found by the content words of one of their wordings. A lookup visits only the
 * values that share a word with the query, so merging a bank of thousands of questions stays linear in
 * practice instead of comparing every pair.
 */
export class WordIndex<T> {
  private readonly postings = new Map<string, number[]>();
  private readonly entries: { value: T; words: string[] }[] = [];

  add(words: readonly string[], value: T): void {
    const position = this.entries.push({ value, words: [...words] }) - 1;
    for (const word of words) {
      const list = this.postings.get(word);
      if (list) list.push(position);
      else this.postings.set(word, [position]);
    }
  }

  /** Values sharing at least `minShared` words and `minSimilarity` with `words`, most alike first, then first added. */
  matches(words: readonly string[], minSimilarity: number, minShared = 1): WordMatch<T>[] {
    const counts = new Map<number, number>();
    for (const word of new Set(words)) {
      for (const position of this.postings.get(word) ?? []) counts.set(position, (counts.get(position) ?? 0) + 1);
    }
    const size = new Set(words).size;
    const found: (WordMatch<T> & { position: number })[] = [];
    for (const [position, shared] of counts) {
      if (shared < minShared) continue;
      const similarity = shared / (size + this.entries[position].words.length - shared);
      if (similarity >= minSimilarity) found.push({ value: this.entries[position].value, shared, similarity, position });
    }
    return found
      .sort((a, b) => b.similarity - a.similarity || a.position - b.position)
      .map(({ value, shared, similarity }) => ({ value, shared, similarity }));
  }
}
