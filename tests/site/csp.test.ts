import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/buildSites';
import { htmlFiles } from '../support/html';

/**
 * Where the Content-Security-Policy <meta> stands in every built page. A <meta> policy governs only what
 * the parser meets after it, so it must come before anything that carries contributed text (the title,
 * the description and Open Graph tags hold an experience's role) and before every script and style:
 * first in <head>, after only <meta charset> (src/middleware.ts puts it there).
 */

const dir = builtSite('root').dir;

const cspTag = /<meta\s[^>]*\bhttp-equiv="content-security-policy"[^>]*>/i;

describe('the Content-Security-Policy <meta>', () => {
  it('is on every page once, first in <head> after only <meta charset>, before <title> and every other tag', () => {
    const pages = htmlFiles(dir);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      expect(html.match(new RegExp(cspTag, 'gi')), `${page}: one CSP <meta>`).toHaveLength(1);
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      const csp = head.search(cspTag);
      expect(csp, `${page}: the CSP <meta> is in <head>`).toBeGreaterThan(0);
      expect(head.slice(0, csp).trim(), `${page}: only <meta charset> comes before the CSP <meta>`).toMatch(/^<meta charset="utf-8"\s*\/?>$/);
      // Said the way the requirement reads, so a failure names the tag that came first.
      const tags = [...head.matchAll(/<(title|meta|link|script|style|base)\b[^>]*>/gi)].filter((tag) => !/^<meta charset=/i.test(tag[0]));
      expect(tags[0][0], page).toMatch(cspTag);
      expect(
        tags.filter((tag) => tag.index < csp).map((tag) => tag[0]),
        `${page}: tags before the CSP <meta>`,
      ).toEqual([]);
      expect(head.indexOf('<title>'), `${page}: <title> after the CSP <meta>`).toBeGreaterThan(csp);
    }
  });

  it('leaves <meta charset> within the first 1024 bytes of every page, as HTML requires', () => {
    for (const page of htmlFiles(dir)) {
      const start = readFileSync(join(dir, page)).subarray(0, 1024).toString('latin1');
      expect(start, page).toMatch(/<head><meta charset="utf-8">/);
    }
  });
});
