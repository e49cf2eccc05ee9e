import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatRange, plural } from '../../src/lib/format';
import { NOT_REPORTED, difficultyLabels, labelOrNotReported } from '../../src/lib/labels';
import { facetCounts, matchesFacets, readFacets, writeFacets } from '../../src/lib/listFilters';
import { renderUntrustedMarkdown } from '../../src/lib/markdown';
import { countWords, proseOf, readingMinutes } from '../../src/lib/readingTime';
import { isEmptySearch, pagefindFilters, readSearchState, writeSearchState } from '../../src/lib/searchState';
import { slugify, uniqueSlugger } from '../../src/lib/slugs';
import { editUrl, newIssueUrl, paths, repositoryFileUrl, withBase } from '../../src/lib/urls';

describe('format', () => {
  it('writes calendar dates without a time-zone shift', () => {
    expect(formatDate('2026-02-21')).toBe('21 Feb 2026');
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
  });
  it('writes money and ranges', () => {
    expect(formatMoney(40000, 'EUR')).toBe('€40,000');
    expect(formatRange(40000, 55000, 'EUR')).toBe('€40,000 – €55,000');
    expect(formatMoney(1200, 'GBP')).toBe('£1,200');
  });
  it('pluralises', () => {
    expect(plural(1, 'round')).toBe('1 round');
    expect(plural(3, 'round')).toBe('3 rounds');
    expect(plural(2, 'query', 'queries')).toBe('2 queries');
  });
});

describe('labels', () => {
  it('says "Not reported" for a value left out, never a guess', () => {
    expect(labelOrNotReported(difficultyLabels, undefined)).toBe(NOT_REPORTED);
    expect(labelOrNotReported(difficultyLabels, 'hard')).toBe('Hard');
  });
});

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

describe('urls', () => {
  it('prefixes the base path once', () => {
    expect(withBase('/faq/', '/')).toBe('/faq/');
    expect(withBase('/faq/', '/guide-base/')).toBe('/guide-base/faq/');
    expect(withBase('faq/', '/guide-base')).toBe('/guide-base/faq/');
    expect(paths.question('abc')).toBe('/questions/#abc');
  });
  it('builds repository links', () => {
    expect(editUrl('https://github.com/o/r/', 'main', 'content/guide/x.mdx')).toBe('https://github.com/o/r/edit/main/content/guide/x.mdx');
    expect(repositoryFileUrl('https://github.com/o/r', 'main', 'CONTRIBUTING.md')).toBe('https://github.com/o/r/blob/main/CONTRIBUTING.md');
    expect(newIssueUrl('https://github.com/o/r', 'Question: x?')).toBe('https://github.com/o/r/issues/new?title=Question%3A%20x%3F');
  });
});

describe('renderUntrustedMarkdown', () => {
  it('shows raw HTML as text', () => {
    const html = renderUntrustedMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
  it('drops dangerous links and images, keeps safe links marked as user content', () => {
    const html = renderUntrustedMarkdown(
      '[a](javascript:alert(1)) [b](data:text/html,x) ![c](https://tracker.example/p.gif) [d](https://example.com)',
    );
    expect(html).not.toMatch(/href="(javascript|data):/);
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://example.com" rel="nofollow ugc noopener noreferrer">d</a>');
  });
  it('keeps the page outline: headings in a story are plain paragraphs', () => {
    expect(renderUntrustedMarkdown('# Big')).not.toContain('<h1');
  });
});

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

describe('listFilters', () => {
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
});

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
