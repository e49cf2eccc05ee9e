import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tmpRoot } from '../support/astroBuild';
import { builtSite } from '../support/buildSites';
import { describeInBrowser, openPage, widths, type ColorScheme } from '../support/browser';
import { formatViolations, runAxe, type AxeReport } from '../support/gates/axe';
import { missingPagePath, sitePages } from '../support/gates/sitePages';
import { useSiteInBrowser } from '../support/siteInBrowser';

const root = builtSite('root');
const pages = [...sitePages(root.dir, root.base).paths, missingPagePath(root.base)];
const schemes: ColorScheme[] = ['light', 'dark'];

describeInBrowser(`accessibility gate: axe-core (WCAG 2.0–2.2 A/AA and best practices) on ${pages.length} pages`)(() => {
  const site = useSiteInBrowser(root);

  for (const colorScheme of schemes) {
    for (const width of Object.values(widths)) {
      it(`has no violations in the ${colorScheme} theme at ${width}px`, async () => {
        const page = await openPage(site.browser(), { width, colorScheme });
        const reports: AxeReport[] = [];
        try {
          for (const path of pages) {
            await page.goto(site.url(path));
            const violations = await runAxe(page);
            if (violations.length) reports.push({ where: `${path} (${colorScheme}, ${width}px)`, violations });
          }
        } finally {
          await page.context().close();
        }
        expect(formatViolations(reports)).toBe('');
      });
    }
  }

  it('has no violations in the open search dialog with results', async () => {
    const reports: AxeReport[] = [];
    for (const colorScheme of schemes) {
      for (const width of Object.values(widths)) {
        const page = await openPage(site.browser(), { width, colorScheme });
        try {
          await page.goto(site.url(root.base));
          await page.locator('[data-search-open]').first().click();
          await page.locator('dialog[open] [data-search-input]').fill('interview');
          await page.locator('dialog[open] a[data-search-result]').first().waitFor();
          const violations = await runAxe(page);
          if (violations.length) reports.push({ where: `search dialog (${colorScheme}, ${width}px)`, violations });
        } finally {
          await page.context().close();
        }
      }
    }
    expect(formatViolations(reports)).toBe('');
  });

  // The reader's own choice (data-theme on <html>, stored by the theme switch) must win over the system's.
  for (const [system, chosen] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    it(`has no violations when the reader picks ${chosen} on a ${system} system`, async () => {
      const page = await openPage(site.browser(), { colorScheme: system });
      await page.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
      const reports: AxeReport[] = [];
      try {
        for (const path of pages) {
          await page.goto(site.url(path));
          expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe(chosen);
          const violations = await runAxe(page);
          if (violations.length) reports.push({ where: `${path} (${chosen} chosen, ${system} system)`, violations });
        }
      } finally {
        await page.context().close();
      }
      expect(formatViolations(reports)).toBe('');
    });
  }
});

describeInBrowser('accessibility gate on a broken page')(() => {
  const dir = mkdtempSync(join(tmpRoot, 'axe-gate-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Broken</title></head><body><main>
      <h1>Broken</h1><img src="photo.png"><input type="text">
      <p style="color:#bbb;background:#fff">faint text</p></main></body></html>`,
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const site = useSiteInBrowser({ dir, base: '/' });

  it('reports a missing alt text, an unlabelled input and low contrast', async () => {
    const page = await openPage(site.browser());
    await page.goto(site.url('/'));
    const ids = (await runAxe(page)).map((violation) => violation.id);
    await page.context().close();
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
  });
});
