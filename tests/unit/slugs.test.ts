import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugger } from '../../src/lib/slugs';

describe('slugs', () => {
  it('makes URL-safe slugs', () => {
    expect(slugify('What do you know about Backbase’s platform?')).toBe('what-do-you-know-about-backbases-platform');
    expect(slugify('Café — UX/UI')).toBe('cafe-ux-ui');
  });
  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
  });
  it('numbers repeats', () => {
    const next = uniqueSlugger();
    expect([next('a'), next('a'), next('b'), next('a')]).toEqual(['a', 'a-2', 'b', 'a-3']);
  });
});
