import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtSite } from '../support/buildSites';
import { describeInBrowser, openPage, widths, type ColorScheme } from '../support/browser';
import { sitePages } from '../support/gates/sitePages';
import { pageTypes, screenshotDir } from '../support/screenshots';
import { useSiteInBrowser } from '../support/siteInBrowser';

const root = builtSite('root');
const types = pageTypes(sitePages(root.dir, root.base).paths, root.base);
const schemes: ColorScheme[] = ['light', 'dark'];

describeInBrowser(`screenshots of ${types.length} page types into screenshots/`)(() => {
  const site = useSiteInBrowser(root);

  it('has every page type the guide promises', () => {
    expect(types.map((entry) => entry.type)).toEqual(
      expect.arrayContaining(['home', 'guide-section', 'experiences', 'experience', 'questions', 'salaries', 'faq', '404']),
    );
  });

  for (const colorScheme of schemes) {
    for (const width of Object.values(widths)) {
      it(`writes each page type at ${width}px in the ${colorScheme} theme`, async () => {
        mkdirSync(screenshotDir, { recursive: true });
        const page = await openPage(site.browser(), { width, colorScheme });
        try {
          for (const { type, path } of types) {
            const file = join(screenshotDir, `${type}-${width}-${colorScheme}.png`);
            await page.goto(site.url(path));
            await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
            expect(existsSync(file) && statSync(file).size > 1000, file).toBe(true);
          }
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
