import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headersFile';
import { projectRoot, tmpRoot } from '../support/astroBuild';
import { builtSite } from '../support/buildSites';
import { describeInBrowser, openPage } from '../support/browser';
import { htmlFiles } from '../support/html';
import { inlineCodeProblems, metaPolicy, parsePolicy, watchCspViolations } from '../support/gates/csp';
import { missingPagePath, sitePages } from '../support/gates/sitePages';
import { useSiteInBrowser } from '../support/siteInBrowser';

const root = builtSite('root');
const pages = [...sitePages(root.dir, root.base).paths, missingPagePath(root.base)];
const headersFile = readFileSync(resolve(projectRoot, 'public/_headers'), 'utf8');

describe('security gate: the policy in every built page', () => {
  it('allows only hashed inline scripts and styles, never unsafe-inline or unsafe-eval, and no inline handlers', () => {
    const problems = htmlFiles(root.dir)
      .filter((file) => !file.startsWith('pagefind/'))
      .flatMap((file) => inlineCodeProblems(readFileSync(join(root.dir, file), 'utf8')).map((problem) => `${file}: ${problem}`));
    expect(problems.join('\n')).toBe('');
  });

  it('gives Pagefind what it needs and nothing more: wasm-unsafe-eval, workers from self and blob:', () => {
    const policy = metaPolicy(readFileSync(join(root.dir, 'index.html'), 'utf8'))!;
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    // A <meta> policy cannot carry frame-ancestors; browsers ignore it there and log an error.
    expect(policy.has('frame-ancestors')).toBe(false);
  });
});

describe('security gate: public/_headers for static hosts', () => {
  const headers = new Map(headersFor(parseHeadersFile(headersFile), '/any/page/').map(([name, value]) => [name.toLowerCase(), value]));

  it('sends a policy that forbids framing, plugins and inline handlers on every path', () => {
    const policy = parsePolicy(headers.get('content-security-policy') ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval'/);
  });

  it('sends nosniff, a referrer policy and a permissions policy', () => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it('is copied into the built site unchanged', () => {
    expect(readFileSync(join(root.dir, '_headers'), 'utf8')).toBe(headersFile);
  });
});

describeInBrowser(`security gate: zero CSP violations in Chromium on ${pages.length} pages, with the _headers policy too`)(() => {
  const site = useSiteInBrowser(root, { headers: true });

  it('runs every page, its scripts and the service worker without a violation', async () => {
    const page = await openPage(site.browser(), { serviceWorkers: 'allow' });
    const violations = await watchCspViolations(page);
    const found: string[] = [];
    try {
      for (const path of pages) {
        const response = await page.goto(site.url(path));
        expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
        await page.waitForLoadState('networkidle');
        found.push(...(await violations()).map((violation) => `${path}: ${violation}`));
      }
      expect(await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => Boolean(registration.active)))).toBe(true);
    } finally {
      await page.context().close();
    }
    expect(found.join('\n')).toBe('');
  });

  it('runs a search (Pagefind: WebAssembly, worker, index fetches), takes a spelling suggestion and switches the theme without a violation', async () => {
    const page = await openPage(site.browser());
    const violations = await watchCspViolations(page);
    try {
      await page.goto(site.url(root.base));
      await page.locator('[data-search-open]').first().click();
      await page.locator('dialog[open] [data-search-input]').fill('interview');
      await page.locator('dialog[open] a[data-search-result]').first().waitFor();
      // A misspelt query downloads the suggestion's code and the vocabulary; taking the suggestion searches again.
      await page.locator('dialog[open] [data-search-input]').fill('sytem desing');
      await page.locator('dialog[open] [data-search-suggestion-query]').click();
      await page.locator('dialog[open] a[data-search-result]').first().waitFor();
      // In a search box with text, the first Escape clears the text; the second closes the dialog.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      await page.locator('[data-theme-toggle]').first().click();
      expect((await violations()).join('\n')).toBe('');
    } finally {
      await page.context().close();
    }
  });
});

describeInBrowser('security gate on a broken page')(() => {
  const dir = mkdtempSync(join(tmpRoot, 'csp-gate-'));
  const html = `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">
    <title>Broken</title></head><body><script>window.ran = true</script><img src="x.png" alt="" onerror="window.ran = true"></body></html>`;
  writeFileSync(join(dir, 'index.html'), html);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const site = useSiteInBrowser({ dir, base: '/' });

  it('the static check reports an inline script without a hash and an inline event handler', () => {
    const problems = inlineCodeProblems(html);
    expect(problems.some((problem) => problem.startsWith('inline script without a hash'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('inline event handler'))).toBe(true);
    expect(inlineCodeProblems('<!doctype html><title>t</title>')).toEqual(['the page has no <meta http-equiv="content-security-policy">']);
  });

  it('Chromium reports the blocked inline script as a violation', async () => {
    const page = await openPage(site.browser());
    const violations = await watchCspViolations(page);
    await page.goto(site.url('/'));
    const found = await violations();
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    await page.context().close();
    expect(found.some((violation) => violation.includes('script-src'))).toBe(true);
  });
});
