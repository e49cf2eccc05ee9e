import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serveSite, type ServedSite } from '../../scripts/lib/staticServer';
import { tmpRoot } from '../support/astroBuild';
import { builtSite, hostileFixture } from '../support/buildSites';
import { describeInBrowser, launchBrowser, openPage } from '../support/browser';
import { loadContent } from '../support/content';

const content = loadContent();

/** Runs a search on the /search/ page and returns the result links (text and href), best first. */
async function searchPage(page: Page, site: ServedSite, query: string) {
  await page.goto(`${site.url}search/${query}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '';
    return /result|No results/.test(status);
  });
  return page.$$eval('[data-search-page] [data-search-results] > li', (items) =>
    items.map((item) => ({
      type: item.querySelector('span')?.textContent ?? '',
      title: item.querySelector('a')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      anchors: [...item.querySelectorAll('ul a')].map((link) => link.getAttribute('href') ?? ''),
    })),
  );
}

/** The spelling suggestion of the /search/ page's panel, once it is shown. */
async function shownSuggestion(page: Page) {
  const offer = page.locator('[data-search-page] [data-search-suggestion-query]');
  await offer.waitFor({ state: 'visible' });
  return offer;
}

/** The /search/ page's result count, from its status line ("3 results." or "No results."). */
async function resultCount(page: Page) {
  const status = (await page.textContent('[data-search-page] [data-search-status]')) ?? '';
  return Number(/^(\d+) results?/.exec(status)?.[1] ?? 0);
}

/** The options of a filter of the /search/ page: value, label and whether it can be chosen. */
const filterOptions = (page: Page, key: string) =>
  page.$$eval(`[data-search-page] select[data-filter="${key}"] option`, (options) =>
    (options as HTMLOptionElement[]).map((option) => ({ value: option.value, label: option.textContent ?? '', disabled: option.disabled })),
  );

/** A filter's counts as its labels give them ("Guide (3)"), by value. */
async function filterCounts(page: Page, key: string): Promise<Record<string, number>> {
  const options = await filterOptions(page, key);
  return Object.fromEntries(
    options.filter((option) => option.value).map((option) => [option.value, Number(/\((\d+)\)$/.exec(option.label)?.[1] ?? NaN)]),
  );
}

/** The text of a page's section, as Pagefind splits it: from a heading with an id to the next heading with one. */
async function sectionText(page: Page, href: string, origin: string): Promise<string> {
  await page.goto(new URL(href, origin).href);
  return page.evaluate(
    (id) => {
      const heading = document.getElementById(id)!;
      const headings = [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)[id]')];
      const next = headings[headings.indexOf(heading) + 1];
      const range = document.createRange();
      range.setStartBefore(heading);
      if (next) range.setEndBefore(next);
      else range.setEndAfter(document.querySelector('main')!.lastChild!);
      return range.toString();
    },
    decodeURIComponent(new URL(href, origin).hash.slice(1)),
  );
}

describeInBrowser('search')(() => {
  let browser: Browser;
  let site: ServedSite;
  let baseSite: ServedSite;
  const root = builtSite('root');
  const based = builtSite('based');

  beforeAll(async () => {
    [browser, site, baseSite] = await Promise.all([launchBrowser(), serveSite(root.dir), serveSite(based.dir, { base: based.base })]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close(), baseSite?.close()]);
  });

  it('lands on the question’s own page first for every reported question, with the experiences that report it close behind', async () => {
    const bank = (
      JSON.parse(readFileSync(join(root.dir, 'api/questions.json'), 'utf8')) as { questions: { slug: string; text: string; wordings: string[] }[] }
    ).questions;
    const pageOf = (text: string) => bank.find((question) => question.wordings.includes(text))!;
    const page = await openPage(browser);
    const asked = [
      ...content.exampleQuestions.map((question) => ({ text: question.text, experience: undefined })),
      ...content.experiences.flatMap(({ id, data }) => data.questions.map((question) => ({ text: question.text, experience: id }))),
    ];
    for (const { text, experience } of asked) {
      const results = await searchPage(page, site, `?q=${encodeURIComponent(text)}`);
      const question = pageOf(text);
      expect(results[0], text).toMatchObject({ type: 'Question', href: `/questions/${question.slug}/`, title: question.text });
      if (experience)
        expect(
          results.slice(0, 5).some((result) => result.href === `/experiences/${experience}/`),
          text,
        ).toBe(true);
    }
    // A few of the question's words are enough.
    const [first] = await searchPage(page, site, '?q=reverse+linked+list');
    expect(first.href).toBe(`/questions/${pageOf('Write a function to reverse a linked list.').slug}/`);
    await page.context().close();
  });

  it('returns the right page for each content type', async () => {
    const page = await openPage(browser);
    const faq = content.faq.find((entry) => entry.id === 'remote-interviews')!;
    const cases = [
      { query: 'bachelor degree Computer Science', type: 'Guide', href: '/guide/eligibility/' },
      { query: faq.question, type: 'FAQ', href: '/faq/' },
      { query: `${content.salaries.bands[0].role} salary`, type: 'Salaries', href: '/salaries/' },
      { query: 'CRM tools', type: 'Experience', href: '/experiences/2026-02-21-customer-success-manager-1/' },
    ];
    for (const { query, type, href } of cases) {
      const results = await searchPage(page, site, `?q=${encodeURIComponent(query)}`);
      expect(
        results.slice(0, 5).some((result) => result.type === type && result.href === href),
        `${query} → ${JSON.stringify(results.slice(0, 5))}`,
      ).toBe(true);
    }
    await page.context().close();
  });

  it('narrows results with filters, and shows only what matches them', async () => {
    const page = await openPage(browser);
    const all = await searchPage(page, site, '?q=interview');
    const experiences = await searchPage(page, site, '?q=interview&type=Experience');
    expect(experiences.length).toBeGreaterThan(0);
    expect(experiences.length).toBeLessThan(all.length);
    expect(experiences.every((result) => result.type === 'Experience')).toBe(true);
    const senior = await searchPage(page, site, '?type=Experience&level=Senior');
    const seniorIds = content.experiences.filter(({ data }) => data.level === 'senior').map(({ id }) => `/experiences/${id}/`);
    expect(senior.map((result) => result.href).sort()).toEqual(seniorIds.sort());
    const notReported = await searchPage(page, site, '?type=Experience&difficulty=Not+reported');
    expect(notReported).toHaveLength(content.experiences.filter(({ data }) => !data.difficulty).length);
    await page.context().close();
  });

  it('keeps the search in the URL: a shared link restores it, typing updates it, Back returns to the previous search', async () => {
    const page = await openPage(browser);
    await searchPage(page, site, '?q=CRM&type=Experience');
    expect(await page.inputValue('#page-search-input')).toBe('CRM');
    expect(await page.inputValue('[data-search-page] select[data-filter="type"]')).toBe('Experience');
    await page.selectOption('[data-search-page] select[data-filter="type"]', '');
    await page.waitForURL((url) => !url.searchParams.has('type'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('CRM');
    await page.goBack();
    await page.waitForFunction(
      () => (document.querySelector('[data-search-page] select[data-filter="type"]') as HTMLSelectElement).value === 'Experience',
    );
    expect(new URL(page.url()).searchParams.get('type')).toBe('Experience');
    await page.fill('#page-search-input', 'linked list');
    await page.waitForURL((url) => url.searchParams.get('q') === 'linked list');
    await page.context().close();
  });

  it('opens from any page with Ctrl+K or "/", works by keyboard alone, and gives focus back on Escape', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}faq/`);
    const opener = page.locator('header [data-search-open]');
    await opener.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.locator('[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);

    await page.locator('main').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('/');
    await page.keyboard.type('objections');
    await page.waitForSelector('[data-search-dialog] a[data-search-result]');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBeTruthy();
    await Promise.all([page.waitForURL((url) => url.pathname === focused!.split('#')[0]), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('loads no search code until a search starts', async () => {
    const page = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}guide/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('salary');
    await page.waitForSelector('[data-search-dialog] a[data-search-result]');
    expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.context().close();
  });

  it('loads no search code on the search page until the reader reaches for the search box, and keeps what was typed meanwhile', async () => {
    const page = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind') || path.includes('searchController'))).toEqual([]);
    await page.locator('[data-search-page] [data-search-input]').click();
    await page.keyboard.type('salary');
    await page.waitForSelector('[data-search-page] a[data-search-result]');
    expect(await page.inputValue('[data-search-page] [data-search-input]')).toBe('salary');
    expect(new URL(page.url()).search).toBe('?q=salary');
    await page.context().close();
  });

  it('offers "Did you mean" for a misspelt query, and one click runs the corrected search and updates the URL', async () => {
    const page = await openPage(browser);
    const vocabulary: string[] = [];
    page.on('request', (request) => request.url().endsWith('/search/vocabulary.json') && vocabulary.push(request.url()));
    expect(await searchPage(page, site, '?q=sytem+desing')).toEqual([]);
    const offer = await shownSuggestion(page);
    expect(await offer.textContent()).toBe('system design');
    expect(await offer.getAttribute('href')).toBe('/search/?q=system+design'); // a link, so it also opens in a new tab
    expect(await page.textContent('[data-search-page] [data-search-status]')).toContain('Did you mean “system design”?');
    expect(vocabulary).toHaveLength(1);
    await offer.click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'system design');
    await page.waitForSelector('[data-search-page] a[data-search-result]');
    expect(await page.inputValue('#page-search-input')).toBe('system design');
    expect(await page.isHidden('[data-search-page] [data-search-suggestion]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-search-input');
    // Back returns to the misspelt search; its suggestion comes from the vocabulary already loaded.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'sytem desing');
    await shownSuggestion(page);
    expect(vocabulary).toHaveLength(1);
    await page.context().close();
  });

  it('takes the suggestion with Enter when the query found nothing, and offers none for words the site has', async () => {
    const page = await openPage(browser);
    await searchPage(page, site, '?q=sytem+desing');
    expect(await (await shownSuggestion(page)).textContent()).toBe('system design');
    await page.locator('#page-search-input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'system design');
    await page.waitForSelector('[data-search-page] a[data-search-result]');
    expect(await resultCount(page)).toBeGreaterThan(0);

    // Few results, every word known: nothing to suggest, and the vocabulary is not even downloaded.
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await searchPage(page, site, '?q=linked+list');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await resultCount(page)).toBeLessThan(3);
    await page.waitForLoadState('networkidle');
    expect(await page.isHidden('[data-search-page] [data-search-suggestion]')).toBe(true);
    expect(requested.filter((path) => path.endsWith('/vocabulary.json'))).toEqual([]);
    await page.context().close();
  });

  it('lists a result’s sections only where the section itself matched, at most three', async () => {
    const page = await openPage(browser);
    // Pagefind 1.6 itself reports only the sections that hold a match. Served a runtime that also reports
    // every heading's section without a match, the panel must still show only the sections that matched.
    let patched = false;
    await page.route('**/pagefind/pagefind.js', async (route) => {
      const runtime = await (await route.fetch()).text();
      const sections = 'fragment.sub_results=calculate_sub_results(fragment,this.excerptLength,this.excerptEllipsis);';
      const everySection = runtime.replace(
        sections,
        `${sections}fragment.sub_results.push(...fragment.anchors.filter((a)=>/h\\d/i.test(a.element)).map((a)=>({title:a.text,url:fragment.url+"#"+a.id,anchor:a,locations:[],weighted_locations:[],excerpt:""})));`,
      );
      patched = everySection !== runtime;
      await route.fulfill({ body: everySection, contentType: 'text/javascript' });
    });
    const query = 'objections';
    const results = await searchPage(page, site, `?q=${query}`);
    expect(patched, "Pagefind's runtime no longer has the line this test changes").toBe(true);
    // A string, so the test runner does not rewrite the page's own import().
    const unmatched: number = await page.evaluate(`(async () => {
      const pagefind = await import(location.origin + '/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(query)});
      const pages = await Promise.all(search.results.map((result) => result.data()));
      return pages.flatMap((page) => page.sub_results.filter((section) => section.url.includes('#') && !section.locations.length)).length;
    })()`);
    expect(unmatched, 'the served runtime reports sections without matches').toBeGreaterThan(3);
    const sections = results.flatMap((result) => result.anchors);
    expect(sections.length).toBeGreaterThan(0);
    expect(Math.max(...results.map((result) => result.anchors.length))).toBeLessThanOrEqual(3);
    const reader = await page.context().newPage();
    for (const href of sections) expect((await sectionText(reader, href, site.url)).toLowerCase(), href).toContain('objection');
    await page.context().close();
  });

  it('labels each filter value with its count for the current query, and the index totals for no query', async () => {
    const page = await openPage(browser);
    const entry = JSON.parse(readFileSync(join(root.dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

    await searchPage(page, site, '?q=interview');
    const interview = await resultCount(page);
    await page.focus('[data-search-page] select[data-filter="type"]');
    await expect.poll(async () => sum(await filterCounts(page, 'type'))).toBe(interview); // every page has one type
    const byType = await filterCounts(page, 'type');
    for (const option of await filterOptions(page, 'type'))
      expect(option.disabled, option.label).toBe(option.value !== '' && byType[option.value] === 0);

    await page.fill('#page-search-input', 'CRM');
    await page.waitForFunction((before) => {
      const status = document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '';
      return /^\d+ results?/.test(status) && !status.startsWith(`${before} `);
    }, interview);
    const crm = await resultCount(page);
    await expect.poll(async () => sum(await filterCounts(page, 'type'))).toBe(crm);
    expect(await filterCounts(page, 'type')).not.toEqual(byType);

    await page.fill('#page-search-input', '');
    await expect.poll(async () => sum(await filterCounts(page, 'type'))).toBe(indexed);

    // A chosen value that gives nothing stays chosen and choosable; the others are counted without it.
    await searchPage(page, site, '?q=interview&type=Salaries');
    expect(await resultCount(page)).toBe(0);
    await page.focus('[data-search-page] select[data-filter="type"]');
    await expect.poll(async () => (await filterCounts(page, 'type')).Experience).toBe(byType.Experience);
    const chosen = (await filterOptions(page, 'type')).find((option) => option.value === 'Salaries')!;
    expect(chosen).toEqual({ value: 'Salaries', label: 'Salaries (0)', disabled: false });
    expect(await page.inputValue('[data-search-page] select[data-filter="type"]')).toBe('Salaries');
    expect((await filterOptions(page, 'type'))[0]).toEqual({ value: '', label: 'Any', disabled: false });
    await page.context().close();
  });

  it('works offline after one visit, and every result opens', async () => {
    const page = await openPage(browser, { serviceWorkers: 'allow' });
    const context = page.context();
    await page.goto(site.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    const results = await searchPage(page, site, '?q=objections');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const response = await page.goto(new URL(result.href, site.url).href);
      expect(response?.ok(), result.href).toBe(true);
      expect(await page.locator('h1').count()).toBe(1);
    }
    await context.close();
  });

  it('suggests a correction offline too, from the precached vocabulary', async () => {
    const page = await openPage(browser, { serviceWorkers: 'allow' });
    const context = page.context();
    await page.goto(site.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    expect(await searchPage(page, site, '?q=sytem+desing')).toEqual([]);
    await (await shownSuggestion(page)).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'system design');
    await page.waitForSelector('[data-search-page] a[data-search-result]');
    await context.close();
  });

  it('searches and links correctly in a build under a base path', async () => {
    const page = await openPage(browser);
    const results = await searchPage(page, baseSite, '?q=reverse+a+linked+list');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.href.startsWith(based.base), result.href).toBe(true);
      const response = await page.goto(new URL(result.href, baseSite.origin).href);
      expect(response?.status(), result.href).toBe(200);
    }
    await page.context().close();
  });

  it('replaces the offline copy cleanly when a new build is deployed', async () => {
    // Deploy A is the real site; deploy B, the hostile build: the same content plus experiences of its own,
    // one of which (the hostile fixture) has a word no page of A has.
    const dirB = builtSite('hostile').dir;
    const [fixtureFile] = readdirSync(join(hostileFixture, 'experiences'));
    const idB = fixtureFile.replace(/\.yaml$/, '');
    const { role: roleB } = parse(readFileSync(join(hostileFixture, 'experiences', fixtureFile), 'utf8')) as { role: string };
    const served = resolve(tmpRoot, 'search-served');
    rmSync(served, { recursive: true, force: true });
    cpSync(root.dir, served, { recursive: true });

    // A host whose files can be swapped under the same origin, as a deploy does: the server reads each file as it is asked for.
    const host = await serveSite(served);
    const origin = host.url;
    const context = (await openPage(browser, { serviceWorkers: 'allow' })).context();
    try {
      const pageA = context.pages()[0];
      await pageA.goto(origin);
      await pageA.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const cachedA = await pageA.evaluate(async () => (await caches.keys()).length);

      // Deploy B, then come back: the new worker installs B's files and takes over once A's tabs are gone.
      rmSync(served, { recursive: true, force: true });
      cpSync(dirB, served, { recursive: true });
      await pageA.reload();
      await pageA.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      await expect
        .poll(() => pageA.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 20_000 })
        .toBe(true);
      await pageA.close();
      const pageB = await context.newPage();
      await pageB.goto(origin);
      await expect
        .poll(
          () =>
            pageB.evaluate(
              async () =>
                (await navigator.serviceWorker.getRegistration())?.active?.scriptURL.endsWith('/sw.js') &&
                !(await navigator.serviceWorker.getRegistration())?.waiting,
            ),
          { timeout: 20_000 },
        )
        .toBe(true);
      await pageB.reload();

      // Offline, the index and the pages are B's only: B's new experience is found and opens.
      await context.setOffline(true);
      await pageB.goto(`${origin}search/?q=pwned`);
      await pageB.waitForSelector('[data-search-page] a[data-search-result]');
      const hrefs = await pageB.$$eval('[data-search-page] [data-search-results] > li > a', (links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(hrefs).toContain(`/experiences/${idB}/`);
      await pageB.goto(`${origin}experiences/${idB}/`);
      expect(await pageB.locator('h1').innerText()).toContain(roleB);
      // One precache, not two builds side by side: every cached search file is one of B's.
      expect(await pageB.evaluate(async () => (await caches.keys()).length)).toBe(cachedA);
      const cached = await pageB.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        return urls;
      });
      const searchFiles = cached.filter((path) => path.startsWith('/pagefind/'));
      expect(searchFiles.length).toBeGreaterThan(3);
      for (const path of searchFiles) expect(existsSync(resolve(dirB, `.${path}`)), `${path} is not from the new build`).toBe(true);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
