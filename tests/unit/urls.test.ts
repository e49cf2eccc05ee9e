import { describe, expect, it } from 'vitest';
import { indexedOnlyOn } from '../../src/lib/searchIndexing';
import { absoluteUrl, basePath, contributeUrl, editUrl, issuesUrl, newIssueUrl, paths, repositoryFileUrl, withBase } from '../../src/lib/urls';

describe('urls', () => {
  it('prefixes the base path once', () => {
    expect(withBase('/faq/', '/')).toBe('/faq/');
    expect(withBase('/faq/', '/guide-base/')).toBe('/guide-base/faq/');
    expect(withBase('faq/', '/guide-base')).toBe('/guide-base/faq/');
    expect(paths.questionInBank('abc')).toBe('/questions/#abc');
    expect(paths.question('reverse-a-linked-list')).toBe('/questions/reverse-a-linked-list/');
    expect(paths.guideSection('process', 'stages')).toBe('/guide/process/#stages');
  });

  it('gives the base path with one trailing slash', () => {
    expect(basePath('/')).toBe('/');
    expect(basePath('/guide-base')).toBe('/guide-base/');
    expect(basePath('/guide-base/')).toBe('/guide-base/');
  });

  it('makes absolute addresses under the base path the build uses', () => {
    // Vitest runs with Vite's BASE_URL of "/": the address is the site's origin and the path.
    expect(absoluteUrl(paths.sitemap(), 'https://example.org')).toBe('https://example.org/sitemap-index.xml');
    expect(absoluteUrl(paths.experience('a-1'), new URL('https://example.org/'))).toBe('https://example.org/experiences/a-1/');
  });

  it('builds repository links, whether or not the address ends in a slash', () => {
    const repo = { repository: 'https://github.com/o/r/', branch: 'main' };
    expect(editUrl(repo, 'content/guide/x.mdx')).toBe('https://github.com/o/r/edit/main/content/guide/x.mdx');
    expect(repositoryFileUrl({ ...repo, repository: 'https://github.com/o/r' }, '/LICENSE')).toBe('https://github.com/o/r/blob/main/LICENSE');
    expect(contributeUrl(repo)).toBe('https://github.com/o/r/blob/main/CONTRIBUTING.md');
    expect(newIssueUrl(repo, 'Question: x?')).toBe('https://github.com/o/r/issues/new?title=Question%3A%20x%3F');
    expect(newIssueUrl(repo)).toBe('https://github.com/o/r/issues/new');
    expect(issuesUrl(repo)).toBe('https://github.com/o/r/issues');
  });
});

describe('indexedOnlyOn', () => {
  it('indexes a data component only on its own page', () => {
    expect(indexedOnlyOn(paths.faq(), '/faq/')).toBeUndefined();
    expect(indexedOnlyOn(paths.faq(), '/faq')).toBeUndefined();
    expect(indexedOnlyOn(paths.faq(), '/guide/faq/')).toBe('all');
  });
});
