/**
 * The experience list once it spans pages: a build of the real content plus generated experiences (made by
 * the browser project's setup in `.tmp/`). Every experience is on exactly one page, newest first; the
 * pages link each other; and the filters, which one page cannot apply to the whole list, search it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { levelLabels } from '../../src/lib/labels';
import { EXPERIENCES_PER_PAGE, pageCount } from '../../src/lib/pagination';
import { searchFilters } from '../../src/lib/searchState';
import { describeInBrowser, launchBrowser, openPage } from '../support/browser';
import { loadContent } from '../support/content';
import { readPage } from '../support/html';
import { serveSite, type ServedSite } from '../support/serve';
import { runAxe, formatViolations } from './gates/axe';

const { dir, contentDir } = inject('browserSites').paged;
const experiences = loadContent(contentDir).experiences;
const pages = pageCount(experiences.length, EXPERIENCES_PER_PAGE);
const pagePath = (page: number) => (page === 1 ? '/experiences/' : `/experiences/page/${page}/`);
/** The experience pages a list page links from its cards, in order. */
const listed = (html: string) => [...html.matchAll(/<li data-facet-item[\s\S]*?href="\/experiences\/([^/"]+)\/"/g)].map((match) => match[1]);

describeInBrowser('the experience list over several pages')(() => {
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(dir)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  it(`lists every experience once, newest first, ${EXPERIENCES_PER_PAGE} to a page`, () => {
    expect(pages).toBeGreaterThan(1);
    const all = Array.from({ length: pages }, (_, index) => listed(readPage(dir, pagePath(index + 1))));
    expect(all.map((ids) => ids.length)).toEqual(Array.from({ length: pages }, (_, index) => Math.min(EXPERIENCES_PER_PAGE, experiences.length - index * EXPERIENCES_PER_PAGE)));
    const dates = new Map(experiences.map(({ id, data }) => [id, data.date]));
    const flat = all.flat();
    expect(new Set(flat).size).toBe(experiences.length);
    expect(flat.map((id) => dates.get(id))).toEqual([...flat.map((id) => dates.get(id))].sort().reverse());
  });

  it('links each page to the others and marks the current one', () => {
    for (let page = 1; page <= pages; page++) {
      const html = readPage(dir, pagePath(page));
      const nav = /<nav aria-label="Pages of experiences"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      expect(nav, `page ${page}`).toContain(`href="${pagePath(page)}" aria-current="page"`);
      if (page > 1) expect(nav).toContain(`href="${pagePath(page - 1)}" rel="prev"`);
      if (page < pages) expect(nav).toContain(`href="${pagePath(page + 1)}" rel="next"`);
    }
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toContain(`/experiences/page/${pages}/`);
  });

  it('filters through search: choosing a level opens the search with every experience of that level', async () => {
    const html = readPage(dir, pagePath(2));
    const form = /<form[^>]*data-facet-form[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    expect(form).toMatch(/action="\/search\/"/);
    const searchKeys = searchFilters.map((filter) => filter.key as string);
    for (const [, name] of form.matchAll(/<select name="([^"]+)"/g)) expect(searchKeys, name).toContain(name);

    const page = await openPage(browser);
    try {
      await page.goto(`${site.url}${pagePath(2).slice(1)}`);
      const option = page.locator('select[name="level"] option').nth(1);
      const [label, value] = [(await option.textContent()) ?? '', (await option.getAttribute('value')) ?? ''];
      const count = Number(/\((\d[\d,]*)\)/.exec(label)?.[1].replace(/,/g, ''));
      await Promise.all([page.waitForURL(/\/search\//), page.selectOption('select[name="level"]', value)]);
      await page.waitForFunction(() => /^\d+ results?/.test(document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? ''));
      const params = new URL(page.url()).searchParams;
      expect([params.get('type'), params.get('level')]).toEqual(['Experience', value]);
      const status = (await page.textContent('[data-search-page] [data-search-status]')) ?? '';
      expect(Number(/^(\d+)/.exec(status)?.[1])).toBe(count);
      expect(count).toBe(experiences.filter(({ data }) => levelLabels[data.level] === value).length);
    } finally {
      await page.context().close();
    }
  });

  it('has no accessibility violations on a later page', async () => {
    const page = await openPage(browser);
    try {
      await page.goto(`${site.url}${pagePath(2).slice(1)}`);
      expect(formatViolations([{ where: pagePath(2), violations: await runAxe(page) }].filter((report) => report.violations.length))).toBe('');
    } finally {
      await page.context().close();
    }
  });
});
