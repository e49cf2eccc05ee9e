/**
 * The site builds the tests read and serve, each made once per test run, and the global setup that makes
 * them. A project names the builds it needs in vitest.config.ts (`provide: { siteVariants: [...] }`) and lists
 * this file as its `globalSetup`; its tests get a build with `builtSite('root')`.
 *
 * Vitest runs a project's global setup only when that project has test files to run, in its main process,
 * one project after another and before any test starts. It imports the setup file once per project (so this
 * module's variables are not shared between projects), but every project's provided context is merged with
 * the global one (`TestProject.getProvidedContext`). So the builds are recorded in the global context
 * (`vitest.provide('sites', …)`): a project builds only the variants no earlier project has built, and every
 * project's tests see them all. `npx vitest run --project unit` builds nothing; `--project site` builds the
 * two variants the site tests read.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { generateContent } from '../../scripts/lib/syntheticContent';
import { EXPERIENCES_PER_PAGE } from '../../src/lib/pagination';
import { BANK_PAGE_LIMIT } from '../../src/lib/questionBank';
import { astroBuild, projectRoot, tmpRoot } from './astroBuild';
import { richContent } from './richContent';

/** The origin the test builds are made for; absolute links to it count as internal. */
export const testSiteUrl = 'http://localhost:4321';
/** The base path of the `based` build, which proves the site works under a project-site path. */
export const testBase = '/guide-base/';
/** A Node preload that refuses (and logs) any connection to another machine; see noNetwork.mjs. */
export const noNetworkPreload = resolve(import.meta.dirname, 'noNetwork.mjs');
/** An experience whose every field is an attack, laid over a copy of content/ for the `hostile` build. */
export const hostileFixture = resolve(projectRoot, 'tests/fixtures/hostile');
/** Experience files validation accepts though they only look dangerous; the `hostile` build has them all. */
export const acceptedCorpus = resolve(projectRoot, 'tests/fixtures/contributions/accepted');
/**
 * Generated experiences added to the real ones for the build that outgrows one page: its experience list
 * spans pages, and its question bank (about one new question per three experiences) is split by category.
 */
export const pagedExperiences = Math.max(EXPERIENCES_PER_PAGE, BANK_PAGE_LIMIT) * 3 + 300;

const realContent = resolve(projectRoot, 'content');
const sitesRoot = resolve(tmpRoot, 'sites');

/** One build of the site: its base path, the content folder it is built from (prepared in `dir` when it is not content/), and extra environment. */
interface Variant {
  base: string;
  content: (dir: string) => string;
  env?: NodeJS.ProcessEnv;
}

/** The builds, in the order they are made. */
const variants = {
  /** The real content and generated experiences, enough for the experience list and question bank to span pages. */
  paged: {
    base: '/',
    content: (dir: string) => generateContent(realContent, dir, pagedExperiences).dir,
  },
  /**
   * The real content plus the hostile experience and the accepted corpus. The validator refuses the payloads;
   * ALLOW_UNSAFE_CONTENT lets them through (with a warning) so the tests can prove the renderer makes them
   * harmless even if one ever got past review. Also the "next deploy" of the real site in the search test.
   */
  hostile: {
    base: '/',
    content: (dir: string) => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      cpSync(realContent, dir, { recursive: true });
      cpSync(hostileFixture, dir, { recursive: true });
      cpSync(acceptedCorpus, join(dir, 'experiences'), { recursive: true });
      return dir;
    },
    env: { ALLOW_UNSAFE_CONTENT: '1' },
  },
  /** The real site at the domain root. */
  root: { base: '/', content: () => realContent },
  /** The real site under a base path. */
  based: { base: testBase, content: () => realContent },
  /**
   * The real content plus a few generated experiences that give every optional field (tests/support/richContent.ts).
   * Last, so that it starts when a build of the real content ends: builds share the project's
   * `.astro/content-modules.mjs`, which lists the guide's files by path, and two builds of different content
   * folders writing it at the same moment can bundle each other's list.
   */
  rich: { base: '/', content: (dir: string) => richContent(realContent, dir) },
} satisfies Record<string, Variant>;

export type SiteVariant = keyof typeof variants;

/**
 * How many builds run at once: one. Two at a time were faster on 2 cores (43 and 49 s against 52 and 59 s for
 * the four variants), but every build of the project writes its content module map into the one `.astro/`
 * folder of the project (Astro has no setting to move it), so two builds of different content folders can read
 * each other's: a root build once failed with a guide file of the other build missing.
 */
const PARALLEL_BUILDS = 1;

/** A built site, and what it was built from and for. */
export interface BuiltSite {
  /** Where the site was written. */
  dir: string;
  /** The base path it was built for (SITE_BASE), e.g. `/` or `/guide-base/`. */
  base: string;
  /** The origin it was built for (SITE_URL), which canonical links, feeds and the sitemap name. */
  siteUrl: string;
  /** The content folder it was built from. */
  contentDir: string;
  /** Connections the build tried to open to other machines (which must be none), and how many of its Node processes were guarded. */
  network: { refused: string[]; guardedProcesses: number };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site builds a project's tests read; set per project in vitest.config.ts. */
    siteVariants?: SiteVariant[];
    /** Every site build made so far in this run, by variant (provided globally, so to every project). */
    sites?: Partial<Record<SiteVariant, BuiltSite>>;
  }
}

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);

/** Builds one variant into `.tmp/sites/<variant>/`, every Node process of the build refusing outbound connections. */
async function build(name: SiteVariant): Promise<BuiltSite> {
  const { base, content, env }: Variant = variants[name];
  const dir = resolve(sitesRoot, name);
  const log = resolve(sitesRoot, `${name}-network.log`);
  for (const path of [dir, log, `${log}.guarded`]) rmSync(path, { recursive: true, force: true });
  mkdirSync(sitesRoot, { recursive: true });
  const contentDir = content(resolve(sitesRoot, `${name}-content`));
  const started = performance.now();
  await astroBuild({
    outDir: dir,
    contentDir: contentDir === realContent ? undefined : contentDir,
    base,
    env: {
      SITE_URL: testSiteUrl,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(noNetworkPreload).href}`.trim(),
      NO_NETWORK_LOG: log,
      ...env,
    },
  });
  console.log(`[site builds] ${name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s into ${dir}`);
  return { dir, base, siteUrl: testSiteUrl, contentDir, network: { refused: lines(log), guardedProcesses: lines(`${log}.guarded`).length } };
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}

/** The global setup: builds the variants this project names that no earlier project of the run has built. */
export default async function setup(project: TestProject) {
  const wanted = project.getProvidedContext().siteVariants;
  if (!wanted?.length)
    throw new Error(`project "${project.name}" lists ${import.meta.filename} as its globalSetup but names no siteVariants to build`);
  const sites = { ...project.vitest.getProvidedContext().sites };
  const missing = (Object.keys(variants) as SiteVariant[]).filter((name) => wanted.includes(name) && !sites[name]);
  await inParallel(missing, PARALLEL_BUILDS, async (name) => {
    sites[name] = await build(name);
  });
  project.vitest.provide('sites', sites);
}

/** In a test: the build of `variant`, which this test's project must name in its siteVariants. */
export function builtSite(variant: SiteVariant): BuiltSite {
  const wanted = inject('siteVariants') ?? [];
  const site = inject('sites')?.[variant];
  if (!wanted.includes(variant) || !site) {
    throw new Error(
      `this project builds the sites [${wanted.join(', ')}], not "${variant}": add it to the project's siteVariants in vitest.config.ts`,
    );
  }
  return site;
}
