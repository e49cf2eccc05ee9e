import { describe, expect, it } from 'vitest';
import { countWords, proseOf, readingMinutes } from '../../src/lib/readingTime';

describe('readingTime', () => {
  it('counts words and rounds to whole minutes, at least one', () => {
    expect(countWords("It's a well-known fact: 3 rounds.")).toBe(6);
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes('word '.repeat(660))).toBe(3);
  });
  it('leaves front matter, tags and link targets out', () => {
    expect(proseOf('---\ntitle: x\n---\nSee <Faq /> and [the bank](/questions/).').trim()).toBe('See   and [the bank].');
  });
});
