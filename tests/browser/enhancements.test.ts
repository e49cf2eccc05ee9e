import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveSite, type ServedSite } from '../../scripts/lib/staticServer';
import { builtSite } from '../support/buildSites';
import { describeInBrowser, launchBrowser, openPage } from '../support/browser';
import { loadContent } from '../support/content';

const content = loadContent();

describeInBrowser('enhancements')(() => {
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(builtSite('root').dir)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  const visibleCards = (page: import('playwright-core').Page) =>
    page.$$eval('[data-facet-item]:not([hidden]) h2 a, [data-facet-item]:not([hidden]) h3', (nodes) =>
      nodes.map((node) => node.textContent?.trim() ?? ''),
    );

  it('shows every experience without JavaScript, and hides the filters that would need it', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}experiences/?level=Senior`);
    expect(await page.locator('[data-facet-item]').count()).toBe(content.experiences.length);
    expect(await page.locator('[data-facet-form]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('loads the filter code only when a filter is reached for, or when the link names a view', async () => {
    const page = await openPage(browser);
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /facetFilter/.test(entry.name)));
    await page.goto(`${site.url}questions/`);
    await page.waitForLoadState('networkidle');
    expect(await loaded()).toBe(false);
    await page.locator('select[name="role"]').focus();
    await expect.poll(loaded).toBe(true);
    await page.goto(`${site.url}questions/?role=${encodeURIComponent('UX Designer')}`);
    await expect.poll(loaded).toBe(true);
    await page.context().close();
  });

  it('shows the filters from the first paint where scripts run, before their script arrives, so the list never moves down', async () => {
    const page = await openPage(browser);
    // Every script of the site held back: what is on screen is what the first paint shows.
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    for (const path of ['questions/', 'experiences/']) {
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('[data-facet-form]').isVisible(), path).toBe(true);
    }
    await page.context().close();
  });

  it('filters experiences instantly, mirrors the filters in the URL, and restores them from a shared link', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}experiences/`);
    expect(await visibleCards(page)).toHaveLength(content.experiences.length);
    await page.selectOption('select[name="level"]', 'Mid-level');
    const midLevel = content.experiences.filter(({ data }) => data.level === 'mid-level').map(({ data }) => data.role);
    // The filter code loads when the form is first reached for, so the first choice may apply a moment later.
    await expect.poll(async () => (await visibleCards(page)).sort()).toEqual(midLevel.sort());
    expect(new URL(page.url()).searchParams.get('level')).toBe('Mid-level');
    await page.selectOption('select[name="result"]', 'Rejected');
    const both = content.experiences.filter(({ data }) => data.level === 'mid-level' && data.result === 'rejected').map(({ data }) => data.role);
    expect(await visibleCards(page)).toEqual(both);
    expect(await page.textContent('[data-facet-status]')).toBe(`Showing ${both.length} of ${content.experiences.length} experiences.`);

    const shared = page.url();
    const other = await openPage(browser);
    await other.goto(shared);
    await expect.poll(() => other.inputValue('select[name="level"]')).toBe('Mid-level');
    await expect.poll(() => visibleCards(other)).toEqual(both);
    await other.context().close();

    await page.click('button[type="reset"]');
    await expect.poll(() => visibleCards(page).then((cards) => cards.length)).toBe(content.experiences.length);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('filters the question bank by category and role and hides empty groups', async () => {
    const page = await openPage(browser);
    await page.goto(`${site.url}questions/`);
    await page.selectOption('select[name="category"]', 'Sales');
    const shown = () => page.$$eval('[data-facet-item]:not([hidden]) h3', (nodes) => nodes.map((node) => node.textContent?.trim()));
    const sales = content.experiences.flatMap(({ data }) => data.questions).filter((question) => question.category === 'sales');
    await expect.poll(shown).toEqual(sales.map((question) => question.text));
    expect(await page.locator('[data-facet-group]:not([hidden])').count()).toBe(1);
    await page.selectOption('select[name="category"]', '');
    await page.selectOption('select[name="role"]', 'UX Designer');
    const ux = content.experiences.find(({ data }) => data.role === 'UX Designer')!.data.questions.map((question) => question.text);
    expect((await page.$$eval('[data-facet-item]:not([hidden]) h3', (nodes) => nodes.map((node) => node.textContent?.trim()))).sort()).toEqual(
      ux.sort(),
    );
    expect(new URL(page.url()).searchParams.get('role')).toBe('UX Designer');
    await page.context().close();
  });

  it('applies a stored dark theme before the first paint, and remembers a new choice', async () => {
    const page = await openPage(browser, { colorScheme: 'light' });
    await page.goto(`${site.url}faq/`);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Record the theme at the moment <body> is created: before anything can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');

    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    await toggle.click(); // dark → system
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await toggle.click(); // system → light
    expect(await page.evaluate(() => [localStorage.getItem('theme'), document.documentElement.dataset.theme])).toEqual(['light', 'light']);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('light');
    await page.context().close();
  });

  it('marks the section being read in the table of contents', async () => {
    const page = await openPage(browser, { width: 1280 });
    const section = content.guide.find((entry) => (entry.body.match(/^## /gm) ?? []).length >= 2)!;
    await page.goto(`${site.url}guide/${section.id}/`);
    const links = page.locator('[data-toc] a');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    const last = links.last();
    const target = (await last.getAttribute('href'))!;
    await page.locator(target).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.querySelector(id)!.scrollIntoView({ block: 'start' }), target);
    await expect.poll(() => last.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('[data-toc] a[aria-current]').count()).toBe(1);
    await page.context().close();
  });
});
