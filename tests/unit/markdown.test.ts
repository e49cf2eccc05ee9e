import { describe, expect, it } from 'vitest';
import { renderUntrustedMarkdown } from '../../src/lib/markdown';

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
