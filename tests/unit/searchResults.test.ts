import { describe, expect, it } from 'vitest';
import { matchedSections, MAX_SECTIONS } from '../../src/lib/searchResults';
import { filterOptionLabel, filtersBut } from '../../src/lib/searchState';

const section = (id: string, matches: number) => ({
  title: id,
  url: `/page/#${id}`,
  locations: Array.from({ length: matches }, (_, index) => index),
});

describe('matchedSections', () => {
  it('keeps only sections under an anchored heading that hold a match themselves', () => {
    const top = { title: 'Page', url: '/page/', locations: [1, 2] };
    expect(matchedSections([top, section('a', 0), section('b', 2), { title: 'c', url: '/page/#c' }])).toEqual([section('b', 2)]);
    expect(matchedSections(undefined)).toEqual([]);
  });

  it(`shows at most ${MAX_SECTIONS}: those with the most matches, in the order of the page`, () => {
    const sections = [section('a', 1), section('b', 4), section('c', 2), section('d', 1), section('e', 3)];
    expect(matchedSections(sections).map((kept) => kept.title)).toEqual(['b', 'c', 'e']);
  });
});

describe('filter counts', () => {
  it('counts a filter’s values under the other chosen filters only', () => {
    const state = { q: 'design', filters: { type: 'Experience', level: 'Senior' } };
    expect(filtersBut(state, 'level')).toEqual({ type: 'Experience' });
    expect(filtersBut(state, 'department')).toEqual({ type: 'Experience', level: 'Senior' });
    expect(filtersBut({ q: '', filters: { type: 'FAQ' } }, 'type')).toEqual({});
  });

  it('labels a value with its count once it is known', () => {
    expect(filterOptionLabel('Senior', 3)).toBe('Senior (3)');
    expect(filterOptionLabel('Senior', 0)).toBe('Senior (0)');
    expect(filterOptionLabel('Senior', undefined)).toBe('Senior');
  });
});
