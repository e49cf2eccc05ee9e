import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { builtSite } from '../support/buildSites';
import { describeInBrowser, openPage, widths } from '../support/browser';
import { useSiteInBrowser } from '../support/siteInBrowser';

const root = builtSite('root');
const searchOpener = '[data-search-open]';
const themeToggle = '[data-theme-toggle]';

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const box = element?.getBoundingClientRect();
    return {
      tag: element?.tagName.toLowerCase(),
      id: element?.id,
      text: element?.textContent?.trim() ?? '',
      href: element?.getAttribute('href') ?? null,
      visible: Boolean(box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight),
      inMain: Boolean(element && document.querySelector('main')?.contains(element) && element.tagName !== 'MAIN'),
    };
  });

describeInBrowser('keyboard-only use')(() => {
  const site = useSiteInBrowser(root);

  for (const width of Object.values(widths)) {
    it(`the first Tab shows the skip link, which takes focus to the main content (${width}px)`, async () => {
      const page = await openPage(site.browser(), { width });
      try {
        await page.goto(site.url(root.base));
        await page.keyboard.press('Tab');
        expect(await focused(page)).toMatchObject({ tag: 'a', href: '#main', visible: true });
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => location.hash)).toBe('#main');
        expect((await focused(page)).id).toBe('main');
        await page.keyboard.press('Tab');
        expect((await focused(page)).inMain, 'the next Tab lands inside <main>').toBe(true);
      } finally {
        await page.context().close();
      }
    });
  }

  it('opens the search, picks a result with the arrow keys and follows it', async () => {
    const page = await openPage(site.browser());
    try {
      await page.goto(site.url(root.base));
      await tabTo(page, searchOpener);
      await page.keyboard.press('Enter');
      await page.locator('dialog[open]').waitFor();
      expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] input') ?? false), 'focus is in the search box').toBe(true);
      await page.keyboard.type('interview');
      await page.locator('dialog[open] a[data-search-result]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const result = await focused(page);
      expect(result.tag).toBe('a');
      await Promise.all([page.waitForURL((url) => url.href === new URL(result.href!, page.url()).href), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).not.toBe(root.base);
    } finally {
      await page.context().close();
    }
  });

  it('opens the search with "/", closes it with Escape and gives focus back', async () => {
    const page = await openPage(site.browser());
    try {
      await page.goto(site.url(root.base));
      await tabTo(page, searchOpener);
      await page.keyboard.press('Escape'); // nothing open yet: nothing happens
      await page.keyboard.press('/');
      await page.locator('dialog[open]').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      expect(await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, searchOpener)).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('switches the theme from the keyboard, and the choice survives a reload', async () => {
    const page = await openPage(site.browser(), { colorScheme: 'light' });
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    try {
      await page.goto(site.url(root.base));
      const light = await background();
      await tabTo(page, themeToggle);
      const seen = [await theme()];
      for (let press = 0; press < 2; press++) {
        await page.keyboard.press('Enter');
        seen.push(await theme());
      }
      expect(seen).toEqual(['system', 'light', 'dark']);
      expect(await background()).not.toBe(light);
      await page.reload();
      expect(await theme()).toBe('dark');
      expect(await background()).not.toBe(light);
      await tabTo(page, themeToggle);
      await page.keyboard.press('Space');
      expect(await theme()).toBe('system');
    } finally {
      await page.context().close();
    }
  });
});
