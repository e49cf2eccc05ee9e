/**
 * A site grown past one page: a build of the real content plus generated experiences (made by the browser
 * project's setup in `.tmp/`). Every experience is on exactly one page of the list, newest first; the pages
 * link each other; the list's filters, which one page cannot apply to the whole list, search it; the
 * question bank has a page per category, and every question a page of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { levelLabels } from '../../src/lib/labels';
import { EXPERIENCES_PER_PAGE, pageCount } from '../../src/lib/pagination';
import { BANK_PAGE_LIMIT } from '../../src/lib/questionBank';
import { searchFilters } from '../../src/lib/searchState';
import { serveSite, type ServedSite } from '../../scripts/lib/staticServer';
import { builtSite } from '../support/buildSites';
import { describeInBrowser, launchBrowser, openPage } from '../support/browser';
import { loadContent } from '../support/content';
import { readPage } from '../support/html';
import { runAxe, formatViolations } from '../support/gates/axe';
import { watchCspViolations } from '../support/gates/csp';
import { formatHtmlErrors, validateHtml } from '../support/gates/htmlValidity';
import { checkLinks, formatLinkProblems } from '../support/gates/links';

const { dir, contentDir } = builtSite('paged');
const experiences = loadContent(contentDir).experiences;
const pages = pageCount(experiences.length, EXPERIENCES_PER_PAGE);
const pagePath = (page: number) => (page === 1 ? '/experiences/' : `/experiences/page/${page}/`);
/** The experience pages a list page links from its cards, in order. */
const listed = (html: string) => [...html.matchAll(/<li data-facet-item[\s\S]*?href="\/experiences\/([^/"]+)\/"/g)].map((match) => match[1]);

describeInBrowser('a site grown past one page: the experience list and the question bank')(() => {
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
    expect(all.map((ids) => ids.length)).toEqual(
      Array.from({ length: pages }, (_, index) => Math.min(EXPERIENCES_PER_PAGE, experiences.length - index * EXPERIENCES_PER_PAGE)),
    );
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

  const categoryPages = () =>
    readdirSync(join(dir, 'questions/category'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  const anchorsOn = (html: string) => [...html.matchAll(/<h3 id="([^"]+)"/g)].map((match) => match[1]);

  it(`splits a question bank of more than ${BANK_PAGE_LIMIT} questions into a page per category, each question on exactly one`, () => {
    const overview = readPage(dir, '/questions/');
    const listedCounts = [
      ...overview.matchAll(/href="\/questions\/category\/([^/"]+)\/"[^>]*>[^<]*<\/a>\s*<span[^>]*>\((\d[\d,]*) questions?\)/g),
    ].map((match) => [match[1], Number(match[2].replace(/,/g, ''))] as const);
    expect(listedCounts.map(([id]) => id).sort()).toEqual(categoryPages().sort());
    const anchors = categoryPages().flatMap((id) => {
      const ids = anchorsOn(readPage(dir, `/questions/category/${id}/`));
      expect(ids.length, id).toBe(listedCounts.find(([listed]) => listed === id)![1]);
      return ids;
    });
    expect(anchors.length).toBeGreaterThan(BANK_PAGE_LIMIT);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchorsOn(overview)).toEqual([]);
  });

  const exported = () =>
    (
      JSON.parse(readFileSync(join(dir, 'api/questions.json'), 'utf8')) as {
        questions: { anchor: string; slug: string; url: string; sources: unknown[] }[];
      }
    ).questions;

  it('gives every question a page of its own, linked from experiences and the data export, and its bank entry on its category page', () => {
    const onPage = new Map(
      categoryPages().flatMap((id) => anchorsOn(readPage(dir, `/questions/category/${id}/`)).map((anchor) => [anchor, id] as const)),
    );
    const questions = exported();
    expect(questions.length).toBe(onPage.size);
    const pagesWritten = new Set(
      readdirSync(join(dir, 'questions'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
    );
    for (const question of questions) {
      expect(new URL(question.url).pathname).toBe(`/questions/${question.slug}/`);
      expect(pagesWritten.has(question.slug), question.slug).toBe(true);
      expect(onPage.has(question.anchor), question.anchor).toBe(true);
    }
    const { id } = experiences[0];
    const links = [...readPage(dir, `/experiences/${id}/`).matchAll(/href="\/questions\/([^/"#]+)\/"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const slug of links) expect(pagesWritten.has(slug), slug).toBe(true);
    // A question page links back to the question's entry on its category's page.
    const question = questions[questions.length - 1];
    expect(readPage(dir, `/questions/${question.slug}/`)).toContain(`href="/questions/category/${onPage.get(question.anchor)}/#${question.anchor}"`);
  });

  it('has no broken link, anchor or asset on any of its pages, the question pages included', async () => {
    expect(formatLinkProblems(await checkLinks(dir))).toBe('');
  });

  it('has valid HTML and no accessibility or CSP violations on a later list page, the bank overview, a category page, the recent questions and a question page', async () => {
    // The most reported question lists its newest reports and links a search for the rest.
    const mostReported = [...exported()].sort((a, b) => b.sources.length - a.sources.length)[0];
    expect(readPage(dir, `/questions/${mostReported.slug}/`)).toMatch(/\d+ more reports?: search the experiences/);
    const paths = [
      pagePath(2),
      '/questions/',
      `/questions/category/${categoryPages()[0]}/`,
      '/questions/recent/',
      `/questions/${mostReported.slug}/`,
    ];
    expect(
      formatHtmlErrors(
        await validateHtml(
          dir,
          paths.map((path) => `${path.slice(1)}index.html`),
        ),
      ),
    ).toBe('');
    const page = await openPage(browser);
    try {
      const violationsOf = await watchCspViolations(page);
      const reports = [];
      const blocked: string[] = [];
      for (const path of paths) {
        await page.goto(`${site.url}${path.slice(1)}`);
        reports.push({ where: path, violations: await runAxe(page) });
        blocked.push(...(await violationsOf()).map((violation) => `${path}: ${violation}`));
      }
      expect(formatViolations(reports.filter((report) => report.violations.length))).toBe('');
      expect(blocked, 'Content-Security-Policy violations').toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
