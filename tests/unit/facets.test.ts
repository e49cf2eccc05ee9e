import { describe, expect, it } from 'vitest';
import { compareSortKeys, facetCounts, matchesFacets, readFacets, writeFacets } from '../../src/lib/facets';

describe('facets', () => {
  const items = [
    { level: 'Senior', role: ['A', 'B'] },
    { level: 'Junior', role: ['B'] },
    { level: undefined, role: [] },
  ];
  it('matches every chosen facet, single or multi-valued', () => {
    expect(items.filter((item) => matchesFacets(item, { role: 'B' }))).toHaveLength(2);
    expect(items.filter((item) => matchesFacets(item, { role: 'B', level: 'Senior' }))).toHaveLength(1);
    expect(items.filter((item) => matchesFacets(item, {}))).toHaveLength(3);
  });
  it('counts values per facet', () => {
    expect(facetCounts(items, 'role')).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
  });
  it('round-trips through the URL, ignoring unknown parameters and default sorts', () => {
    const facets = ['level', 'role'];
    const query = writeFacets({ role: 'B', level: 'Senior' }, facets, { value: 'date-asc', default: 'date-desc' });
    expect(query).toBe('?level=Senior&role=B&sort=date-asc');
    expect(readFacets(new URLSearchParams(`${query}&evil=1&level=`), facets)).toEqual({ level: 'Senior', role: 'B' });
    expect(writeFacets({}, facets, { value: 'date-desc', default: 'date-desc' })).toBe('');
  });
  it('sorts numbers as numbers and text as text, and an item without a key last in either direction', () => {
    const sorted = (keys: string[], direction: 'asc' | 'desc') => [...keys].sort((a, b) => compareSortKeys(a, b, direction));
    expect(sorted(['10', '', '9', '2'], 'asc')).toEqual(['2', '9', '10', '']);
    expect(sorted(['10', '', '9', '2'], 'desc')).toEqual(['10', '9', '2', '']);
    expect(sorted(['2026-02-01', '', '2026-01-01'], 'desc')).toEqual(['2026-02-01', '2026-01-01', '']);
    expect(compareSortKeys('', '', 'asc')).toBe(0);
  });
});
