import { describe, expect, it } from 'vitest';
import {
  EXCERPT_CHARS,
  cardBadges,
  experienceSortKeys,
  experienceSortOptions,
  experienceSorts,
  storyExcerpt,
  type ExperienceSortKey,
} from '../../src/lib/experienceCard';
import { compareSortKeys } from '../../src/lib/facets';
import type { Experience } from '../../src/schemas/experience';

describe('cardBadges', () => {
  it('shows the result and the difficulty a candidate reported, with their labels for listeners', () => {
    expect(cardBadges({ result: 'offer-accepted', difficulty: 'hard' })).toEqual([
      { key: 'result', label: 'Result', text: 'Offer accepted', showLabel: false },
      { key: 'difficulty', label: 'Difficulty', text: 'Hard', showLabel: true },
    ]);
  });

  it('has no badge for a value left out, and never one that says "Not reported"', () => {
    expect(cardBadges({})).toEqual([]);
    expect(cardBadges({ difficulty: 'easy' }).map((badge) => badge.key)).toEqual(['difficulty']);
    expect(cardBadges({ result: 'rejected' }).map((badge) => badge.text)).toEqual(['Rejected']);
  });
});

describe('storyExcerpt', () => {
  it('gives a short story whole, as plain words', () => {
    expect(storyExcerpt('It went well.\n')).toBe('It went well.');
  });

  it('takes the words of Markdown, not its syntax, and joins the paragraphs', () => {
    expect(storyExcerpt('**First** round: a [call](https://example.com) about `code`.\n\n- one\n- two\n\n> quoted')).toBe(
      'First round: a call about code. one two quoted',
    );
  });

  it('keeps raw HTML as the text it was typed as, for the page to escape', () => {
    expect(storyExcerpt('<img src=x onerror=alert(1)> hello')).toBe('<img src=x onerror=alert(1)> hello');
  });

  it(`cuts a long story at a word before ${EXCERPT_CHARS} characters, with an ellipsis`, () => {
    const story = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    const excerpt = storyExcerpt(story);
    expect([...excerpt].length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(story.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(story.charAt(excerpt.length - 1)).toBe(' ');
    expect(storyExcerpt('One, two, three, four.', 10)).toBe('One, two…');
  });

  it('cuts a story without spaces inside its characters, never inside a character', () => {
    const excerpt = storyExcerpt('😀'.repeat(300), 10);
    expect(excerpt).toBe(`${'😀'.repeat(10)}…`);
  });
});

describe('sorting the experience list', () => {
  type Sortable = Pick<Experience, 'date' | 'difficulty' | 'sentiment'> & { id: string };
  const list: Sortable[] = [
    { id: 'a', date: '2026-01-05', difficulty: 'medium', sentiment: 'negative' },
    { id: 'b', date: '2026-03-01' },
    { id: 'c', date: '2026-02-10', difficulty: 'hard', sentiment: 'positive' },
    { id: 'd', date: '2026-02-11', difficulty: 'easy' },
    { id: 'e', date: '2026-01-01', sentiment: 'neutral' },
  ];
  /** The list's order for a sort option, ties in the given order, as the page's script sorts it. */
  const order = (sort: string) => {
    const [key, direction] = sort.split('-') as [ExperienceSortKey, 'asc' | 'desc'];
    return list
      .map((item, position) => ({ item, position, keys: experienceSortKeys(item) }))
      .sort((a, b) => compareSortKeys(a.keys[key], b.keys[key], direction) || a.position - b.position)
      .map(({ item }) => item.id);
  };

  it('sorts by date, newest or oldest first', () => {
    expect(order('date-desc')).toEqual(['b', 'd', 'c', 'a', 'e']);
    expect(order('date-asc')).toEqual(['e', 'a', 'c', 'd', 'b']);
  });

  it('sorts by difficulty, hardest or easiest first, with those who did not say last either way', () => {
    expect(order('difficulty-desc')).toEqual(['c', 'a', 'd', 'b', 'e']);
    expect(order('difficulty-asc')).toEqual(['d', 'a', 'c', 'b', 'e']);
  });

  it('sorts by sentiment, most positive or most negative first, with those who did not say last either way', () => {
    expect(order('sentiment-desc')).toEqual(['c', 'e', 'a', 'b', 'd']);
    expect(order('sentiment-asc')).toEqual(['a', 'e', 'c', 'b', 'd']);
  });

  it('offers a sort by difficulty or sentiment once one experience gives it, and by date always', () => {
    expect(experienceSortOptions(list).map((sort) => sort.value)).toEqual(experienceSorts.map((sort) => sort.value));
    expect(experienceSortOptions([{ date: '2026-01-01', difficulty: 'easy' }]).map((sort) => sort.value)).toEqual([
      'date-desc',
      'date-asc',
      'difficulty-desc',
      'difficulty-asc',
    ]);
    expect(experienceSortOptions([{ date: '2026-01-01' }]).map((sort) => sort.value)).toEqual(['date-desc', 'date-asc']);
  });
});
