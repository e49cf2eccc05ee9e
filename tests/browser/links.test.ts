import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpRoot } from '../support/astroBuild';
import { builtSite, noNetworkPreload, type SiteVariant } from '../support/buildSites';
import { checkLinks, formatLinkProblems } from '../support/gates/links';
import { fileForPath, sitePages } from '../support/gates/sitePages';

/** The builds whose links are checked; the hostile one's payload links are the hostile test's concern. */
const linked: SiteVariant[] = ['root', 'based', 'paged'];
const everyBuild: SiteVariant[] = [...linked, 'hostile'];

describe('links gate', () => {
  for (const name of linked) {
    const site = builtSite(name);
    it(`every internal link, image, script and #fragment resolves (${name} build, base ${site.base})`, async () => {
      const problems = await checkLinks(site.dir, { base: site.base, siteOrigin: site.siteUrl });
      expect(formatLinkProblems(problems)).toBe('');
    });

    it(`every page the gates visit is built (${name} build)`, () => {
      const { paths } = sitePages(site.dir, site.base);
      expect(paths.length).toBeGreaterThan(5);
      for (const path of paths) expect(fileForPath(site.dir, site.base, path), path).toBeDefined();
    });
  }

  for (const name of everyBuild) {
    it(`the ${name} build made no network request, with its build process guarded`, () => {
      const { refused, guardedProcesses } = builtSite(name).network;
      expect(guardedProcesses, 'the network guard was loaded into the build').toBeGreaterThanOrEqual(1);
      expect(refused).toEqual([]);
    });
  }
});

describe('links gate on broken pages', () => {
  const dir = mkdtempSync(join(tmpRoot, 'links-gate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (path: string, body: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
  };

  it('reports a dead link, a missing image, a missing #fragment and a link outside the base path', async () => {
    page(
      'index.html',
      '<main id="main"><a href="faq/">ok</a> <a href="#main">ok</a> <a href="faq/#answers">ok</a> <a href="https://example.org/nope">external</a></main>',
    );
    page('faq/index.html', '<h1 id="answers">FAQ</h1><a href="../missing/">dead</a><img src="/logo.png" alt="logo"><a href="/#nowhere">gone</a>');
    const problems = await checkLinks(dir);
    expect(problems.map((problem) => `${problem.page} ${problem.url}`)).toEqual([
      'faq/index.html ../missing/',
      'faq/index.html /#nowhere',
      'faq/index.html /logo.png',
    ]);
    const based = await checkLinks(dir, { base: '/guide-base/' });
    expect(based.some((problem) => problem.reason.includes('outside the base path'))).toBe(true);
  });

  it('the network guard refuses and logs a request to another machine', () => {
    const log = join(dir, 'network.log');
    const result = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(noNetworkPreload).href, '-e', "fetch('http://192.0.2.1/').catch(() => {})"],
      {
        env: { ...process.env, NO_NETWORK_LOG: log },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('network request during the build: 192.0.2.1:80');
  });
});
