import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { acceptedCorpus, builtSite, hostileFixture as fixture } from '../support/buildSites';
import { describeInBrowser, openPage, widths } from '../support/browser';
import { htmlFiles } from '../support/html';
import { screenshotDir } from '../support/screenshots';
import { useSiteInBrowser } from '../support/siteInBrowser';

/**
 * The hostile build (tests/support/buildSites.ts) lays the fixture folder over a copy of the real content/,
 * so the hostile site is the real site plus one experience whose every field is an attack, and every file
 * of the accepted corpus. Nothing from content/ is duplicated in tests.
 */
const [fixtureFile] = readdirSync(join(fixture, 'experiences'));
const id = fixtureFile.replace(/\.yaml$/, '');
const payload = parse(readFileSync(join(fixture, 'experiences', fixtureFile), 'utf8')) as {
  role: string;
  name: string;
  questions: { text: string }[];
  story: string;
};
const longWord = /\S{200,}/.exec(payload.story)![0];
const hostile = builtSite('hostile');
const outDir = hostile.dir;
/** The site paths of the pages that show the payload. */
const pages = htmlFiles(outDir)
  .filter((file) => readFileSync(join(outDir, file), 'utf8').includes('__pwned'))
  .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);

/** Before any page script: every payload writes to window.__pwned, and dialogs would show a run script too. */
async function trapScripts(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, '__hits', { value: hits });
    Object.defineProperty(window, '__pwned', { set: (value: unknown) => hits.push(`__pwned = ${String(value)}`), get: () => undefined });
  });
  return async () => [...dialogs, ...(await page.evaluate(() => (window as unknown as { __hits: string[] }).__hits))];
}

/** Elements and attributes a payload could have smuggled in, as readable descriptions. */
const smuggled = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const script of document.querySelectorAll('script')) {
      if (script.type !== 'application/ld+json' && script.textContent?.includes('__pwned')) found.push(`<script> ${script.textContent.slice(0, 60)}`);
    }
    for (const element of document.querySelectorAll('iframe, object, embed, main img, main svg, main style, main b'))
      found.push(`<${element.tagName.toLowerCase()}>`);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${attribute.name}= on <${element.tagName.toLowerCase()}>`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
          found.push(`${attribute.name}="${attribute.value.slice(0, 40)}" on <${element.tagName.toLowerCase()}>`);
        }
      }
    }
    if (getComputedStyle(document.body).display === 'none') found.push('a <style> payload hid the page');
    return found;
  });

/** Block boxes whose content sticks out of them, and whether the page itself scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth)
      found.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window`);
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      const display = getComputedStyle(element).display;
      if (!/block|list-item|flex|grid|table-cell/.test(display) || getComputedStyle(element).overflowX !== 'visible') continue;
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(
          `<${element.tagName.toLowerCase()} class="${element.className}"> content is ${element.scrollWidth}px in a ${element.clientWidth}px box`,
        );
    }
    return found;
  });

describeInBrowser('hostile content: an experience full of payloads renders as inert text')(() => {
  const site = useSiteInBrowser(hostile);

  it('writes a feed, sitemaps and exports that parse (XML and JSON) with the payload and the accepted corpus in them', () => {
    const sitemaps = readdirSync(outDir).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(1);
    for (const file of ['experiences/rss.xml', ...sitemaps]) expect(XMLValidator.validate(readFileSync(join(outDir, file), 'utf8')), file).toBe(true);
    const feed = readFileSync(join(outDir, 'experiences/rss.xml'), 'utf8');
    for (const name of readdirSync(acceptedCorpus)) expect(feed, name).toContain(`/experiences/${name.replace(/\.yaml$/, '')}/`);
    expect(feed).toContain(`/experiences/${id}/`);
    const records = JSON.parse(readFileSync(join(outDir, 'api/experiences.json'), 'utf8')) as unknown;
    expect(JSON.stringify(records)).toContain(id);
  });

  it('shows the payload on its experience page, the list, the home page and the question bank', () => {
    expect(pages).toEqual(expect.arrayContaining([`/experiences/${id}/`, '/experiences/', '/', '/questions/']));
  });

  it('runs no script and adds no element from the payload, on every page that shows it', async () => {
    for (const width of Object.values(widths)) {
      const page = await openPage(site.browser(), { width });
      const ran = await trapScripts(page);
      try {
        for (const path of pages) {
          await page.goto(site.url(path));
          await page.mouse.move(10, 10);
          await page.hover('main');
          expect(await smuggled(page), path).toEqual([]);
          expect(await ran(), path).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    }
  });

  it('keeps every word inside its box on a 375px phone', async () => {
    const page = await openPage(site.browser(), { width: widths.phone });
    try {
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(site.url(path));
        found.push(...(await overflow(page)).map((problem) => `${path}: ${problem}`));
      }
      await page.goto(site.url(`/experiences/${id}/`));
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'hostile-experience-375-light.png'), fullPage: true });
      expect(found.join('\n')).toBe('');
    } finally {
      await page.context().close();
    }
  });

  it('shows the payload as the literal text the candidate typed', async () => {
    const page = await openPage(site.browser());
    const ran = await trapScripts(page);
    try {
      await page.goto(site.url(`/experiences/${id}/`));
      const text = await page.locator('main').innerText();
      expect(await page.locator('h1').innerText()).toContain(payload.role);
      expect(await page.title()).toContain(payload.role);
      expect(text).toContain(payload.name);
      for (const question of payload.questions) expect(text).toContain(question.text);
      expect(text).toContain('<script>window.__pwned = 10</script>');
      expect(text).toContain('<img src="x" onerror="window.__pwned = 11">');
      expect(text).toContain('[plain javascript](javascript:window.__pwned=12)');
      expect(text).toContain('<a href="javascript:window.__pwned=19">raw anchor</a>');
      expect(text).toContain('Entities decode to text, never to markup: <script> &amp; <b> "');
      expect(text).toContain(longWord);
      expect(text).toContain('مرحبا بالعالم — שלום עולם');
      expect(text).toContain('👩🏽‍💻🚀🏳️‍🌈');
      expect(await ran()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('finds the payload with search and lists it as text', async () => {
    const page = await openPage(site.browser());
    const ran = await trapScripts(page);
    try {
      await page.goto(site.url('/'));
      await page.locator('[data-search-open]').first().click();
      await page.locator('dialog[open] [data-search-input]').fill('pwned');
      await page.locator('dialog[open] a[data-search-result]').first().waitFor();
      expect(await page.locator('dialog[open] [data-search-results]').innerText()).toContain('Engineer');
      expect(await page.locator('dialog[open] [data-search-results] :is(script, img, iframe, svg, b)').count()).toBe(0);
      expect(await smuggled(page)).toEqual([]);
      expect(await ran()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
