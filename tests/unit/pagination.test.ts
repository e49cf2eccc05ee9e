import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageOf } from '../../src/lib/pagination';
import { paths } from '../../src/lib/urls';

describe('pagination', () => {
  it('counts pages, one at least', () => {
    expect([0, 1, 100, 101, 250].map((total) => pageCount(total, 100))).toEqual([1, 1, 1, 2, 3]);
  });

  it('gives each page its items', () => {
    const items = Array.from({ length: 7 }, (_, index) => index);
    expect([1, 2, 3, 4].map((page) => pageOf(items, page, 3))).toEqual([[0, 1, 2], [3, 4, 5], [6], []]);
  });

  it('links the first, the last and the neighbours, with gaps marked', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 2)).toEqual([1, 2]);
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageLinks(2, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 9, 10]);
  });

  it('addresses page 1 as the list itself', () => {
    expect([1, 2, 12].map(paths.experiencesPage)).toEqual(['/experiences/', '/experiences/page/2/', '/experiences/page/12/']);
  });
});
