import { describe, expect, it } from 'vitest';
import { isEmptySearch, pagefindFilters, readSearchState, writeSearchState } from '../../src/lib/searchState';

describe('searchState', () => {
  it('reads and writes shareable search links', () => {
    const state = readSearchState(new URLSearchParams('q=+system+design+&type=Experience&level=Senior&bogus=x'));
    expect(state).toEqual({ q: 'system design', filters: { type: 'Experience', level: 'Senior' } });
    expect(writeSearchState(state)).toBe('?q=system+design&type=Experience&level=Senior');
    expect(pagefindFilters({ q: '', filters: { type: 'FAQ', level: '' } })).toEqual({ type: 'FAQ' });
    expect(isEmptySearch({ q: '', filters: {} })).toBe(true);
    expect(isEmptySearch({ q: '', filters: { type: 'FAQ' } })).toBe(false);
  });
});
