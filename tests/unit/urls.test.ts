import { describe, expect, it } from 'vitest';
import { editUrl, newIssueUrl, paths, repositoryFileUrl, withBase } from '../../src/lib/urls';

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
