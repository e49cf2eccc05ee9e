import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { generateContent } from '../../scripts/bench/syntheticContent';
import { EXPERIENCES_PER_PAGE } from '../../src/lib/pagination';
import { BANK_PAGE_LIMIT } from '../../src/lib/questionBank';
import { astroBuild, projectRoot, tmpRoot } from '../support/astroBuild';

/** The origin the test builds are made for; absolute links to it count as internal. */
export const testSiteUrl = 'http://localhost:4321';
/** The base path of the second build, which proves the site works under a project-site path. */
export const testBase = '/guide-base/';

/** A Node preload that refuses (and logs) any connection to another machine; see noNetwork.mjs. */
export const noNetworkPreload = resolve(import.meta.dirname, 'noNetwork.mjs');

/**
 * Generated experiences added to the real ones for the build that outgrows one page: its experience list
 * spans pages, and its question bank (about one new question per three experiences) is split by category.
 */
export const pagedExperiences = Math.max(EXPERIENCES_PER_PAGE, BANK_PAGE_LIMIT) * 3 + 300;

/**
 * Builds the real site twice for the browser project — at the domain root and under `testBase` —
 * with every Node process of the build refusing outbound connections. The refused connections (which
 * must be none) and the number of guarded processes are provided to the tests as `buildNetwork`.
 * A third build adds generated experiences (in `.tmp/`, never in `content/`) so the experience list
 * spans pages.
 */
export default function setup(project: TestProject) {
  const log = resolve(tmpRoot, 'browser-build-network.log');
  rmSync(log, { force: true });
  rmSync(`${log}.guarded`, { force: true });
  const env = {
    SITE_URL: testSiteUrl,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(noNetworkPreload).href}`.trim(),
    NO_NETWORK_LOG: log,
  };
  const root = resolve(tmpRoot, 'browser-site');
  const based = resolve(tmpRoot, 'browser-site-base');
  for (const outDir of [root, based]) rmSync(outDir, { recursive: true, force: true });
  astroBuild({ outDir: root, env });
  astroBuild({ outDir: based, base: testBase, env });
  const paged = resolve(tmpRoot, 'browser-site-paged');
  rmSync(paged, { recursive: true, force: true });
  const content = generateContent(resolve(projectRoot, 'content'), resolve(tmpRoot, 'browser-paged-content'), pagedExperiences);
  astroBuild({ outDir: paged, contentDir: content.dir, env });
  project.provide('browserSites', {
    root: { dir: root, base: '/' },
    based: { dir: based, base: testBase },
    paged: { dir: paged, base: '/', contentDir: content.dir },
  });
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  project.provide('buildNetwork', { refused: lines(log), guardedProcesses: lines(`${log}.guarded`).length });
}

/** A built site and the base path it was built for. */
export interface BuiltSite {
  dir: string;
  base: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** `paged`: the real content and generated experiences, enough for the experience list and question bank to span pages. */
    browserSites: { root: BuiltSite; based: BuiltSite; paged: BuiltSite & { contentDir: string } };
    /** Connections the builds tried to open to other machines, and how many build processes were guarded. */
    buildNetwork: { refused: string[]; guardedProcesses: number };
  }
}
