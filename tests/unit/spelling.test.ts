import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  editDistance,
  maxEdits,
  mdxProse,
  suggestCorrection,
  VOCABULARY_LIMIT,
  words,
  type Vocabulary,
} from '../../src/lib/spelling';

describe('words', () => {
  it('lower-cases, keeps letters and digits of any script, and skips short words and pure numbers', () => {
    expect(words('System Design, REST-API; a CV of 2026 and 10x OAuth2!')).toEqual(['system', 'design', 'rest', 'api', 'and', '10x', 'oauth2']);
    expect(words('Résumé für Übung: 面试题目 и собеседование')).toEqual(['résumé', 'für', 'übung', '面试题目', 'собеседование']);
  });

  it('joins an apostrophe inside a word and composes accents', () => {
    expect(words("Don't worry, it’s the team's call")).toEqual(['dont', 'worry', 'its', 'the', 'teams', 'call']);
    expect(words('re\u0301sume\u0301')).toEqual(['résumé']);
  });
});

describe('buildVocabulary', () => {
  it('counts words and orders them by count, then by word', () => {
    expect(buildVocabulary(['design the system', 'System design', 'design', 'zebra apple'])).toEqual([
      ['design', 3],
      ['system', 2],
      ['apple', 1],
      ['the', 1],
      ['zebra', 1],
    ]);
  });

  it('keeps only the most frequent words past its cap', () => {
    const texts = Array.from({ length: 50 }, (_, index) => `word${String(index).padStart(2, '0')} `.repeat(index + 1));
    const vocabulary = buildVocabulary(texts, 10);
    expect(vocabulary).toHaveLength(10);
    expect(vocabulary[0]).toEqual(['word49', 50]);
    expect(vocabulary.at(-1)).toEqual(['word40', 41]);
    expect(VOCABULARY_LIMIT).toBe(30_000);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbouring letters as one edit each', () => {
    expect(editDistance('design', 'design')).toBe(0);
    expect(editDistance('desing', 'design')).toBe(1);
    expect(editDistance('sytem', 'system')).toBe(1);
    expect(editDistance('systen', 'system')).toBe(1);
    expect(editDistance('systemm', 'system')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // optimal string alignment: no edit of a swapped pair
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops once the distance exceeds the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
  });
});

describe('suggestCorrection', () => {
  const vocabulary: Vocabulary = buildVocabulary([
    'system design '.repeat(20),
    'systems '.repeat(3),
    'salary negotiation '.repeat(5),
    'linked list '.repeat(4),
    'lint '.repeat(2),
    'kubernetes résumé interview interviews',
  ]);

  it('corrects each unknown word to the nearest known word, swaps of neighbouring letters included', () => {
    expect(suggestCorrection('sytem desing', vocabulary)).toEqual({
      query: 'system design',
      changes: [
        { from: 'sytem', to: 'system' },
        { from: 'desing', to: 'design' },
      ],
    });
    expect(suggestCorrection('kuberentes', vocabulary)?.query).toBe('kubernetes');
    expect(suggestCorrection('salray negotation', vocabulary)?.query).toBe('salary negotiation');
  });

  it('leaves known words, short words, numbers and punctuation as typed', () => {
    expect(suggestCorrection('system design', vocabulary)).toBeUndefined();
    expect(suggestCorrection('Linked List', vocabulary)).toBeUndefined();
    expect(suggestCorrection('resume', vocabulary)).toBeUndefined(); // accents aside, a known word
    expect(suggestCorrection('an 2026 linkd list?', vocabulary)).toEqual({
      query: 'an 2026 linked list?',
      changes: [{ from: 'linkd', to: 'linked' }],
    });
  });

  it('prefers the smaller distance, then the more frequent word', () => {
    // "systme" is one swap from "system" (20 uses) and two edits from "systems" (3 uses).
    expect(suggestCorrection('systme', vocabulary)?.query).toBe('system');
    // "lit" is one edit from both "lint" (2 uses) and "list" (4 uses): the more frequent wins.
    expect(suggestCorrection('lit', vocabulary)?.query).toBe('list');
  });

  it('reaches one edit for words of up to 4 letters and two for longer ones, and no further', () => {
    expect(maxEdits('lint')).toBe(1);
    expect(maxEdits('desig')).toBe(2);
    expect(suggestCorrection('lxnx', vocabulary)).toBeUndefined(); // two edits from "lint", a 4-letter word
    expect(suggestCorrection('dzsxgm', vocabulary)).toBeUndefined(); // three edits from "design"
    expect(suggestCorrection('dzsign', vocabulary)?.query).toBe('design');
    expect(suggestCorrection('qwxzvbk plmokn', vocabulary)).toBeUndefined();
  });

  it('answers quickly over a full vocabulary', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const big: [string, number][] = Array.from({ length: VOCABULARY_LIMIT }, (_, index) => [
      Array.from({ length: 4 + Math.floor(random() * 8) }, () => letters[Math.floor(random() * 26)]).join(''),
      VOCABULARY_LIMIT - index,
    ]);
    big.push(['design', 1]);
    const started = performance.now();
    expect(suggestCorrection('desgin', big)?.query).toBe('design');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('mdxProse', () => {
  it('keeps the prose of a guide section and drops components, expressions, imports and link targets', () => {
    const body =
      "import X from './x';\n\nSee [the stages](/guide/stages/) at https://example.org.\n\n<HiringSteps />\n\n<Faq limit={3}>Ask away</Faq>\n{/* note */}";
    expect(words(mdxProse(body))).toEqual(['see', 'the', 'stages', 'ask', 'away']);
  });
});
