/**
 * The scale benchmark (`npm run bench`). For each size N it generates N synthetic experiences into a
 * temporary copy of the content folder, builds the site with its search index and service worker, builds
 * a bare Astro project with as many minimal pages (the floor), measures search in Chromium, and writes
 * the figures into docs/performance.md. It also measures the real site's page weight and first search.
 *
 *   npm run bench                      # sizes 1,000 and 10,000
 *   npm run bench -- --sizes 50000     # or --size 50000; several: --sizes 1000,5000
 *   npm run bench -- --no-write        # print only, leave docs/performance.md alone
 *   npm run bench -- --profile         # also write V8 CPU profiles of our builds (.cpuprofile)
 *   npm run bench -- --keep            # keep the generated content and builds in .tmp/bench/
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { floorOf, type FloorRun } from './bench/floorRun';
import { astroPhases, folderSize, loggedMs, measureBuild, routeRendering } from './bench/measureBuild';
import { budgets, gzipSize, kb, pageWeight, type PageWeight } from './lib/pageWeight';
import { describeMachine, printSummary, writeReport, type RealSite, type SizeResult } from './bench/report';
import { measureSearch } from './bench/searchAtScale';
import { measureVocabulary } from './bench/vocabulary';
import { generateContent, searchQueries } from './lib/syntheticContent';

const root = resolve(import.meta.dirname, '..');
const work = resolve(root, '.tmp/bench');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    size: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? values.size ?? '1000,10000').split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--sizes: expected whole numbers separated by commas, like "1000,10000"; got "${values.sizes ?? values.size}"`);
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** HTML files under a built site, as paths relative to it. */
function htmlFilesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
}

/** Builds our site from `contentDir` into `outDir`, cold (own empty cache), and measures it. */
async function buildOurs(name: string, contentDir: string | undefined) {
  const outDir = resolve(work, `${name}-site`);
  const cacheDir = resolve(work, `${name}-cache`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(work, `${name}-profile`)}`] : [];
  const run = await measureBuild({
    cwd: root,
    outDir,
    nodeArgs,
    env: { ...(contentDir ? { CONTENT_DIR: contentDir } : {}), ASTRO_CACHE_DIR: cacheDir },
  });
  // The build's own log, for reading where the time went (Astro prints each phase and page).
  writeFileSync(resolve(work, `${name}-build.log`), run.log);
  return { outDir, run };
}

/** The largest of some built files, if any. */
function largest(outDir: string, files: string[]): string | undefined {
  return files.map((file) => ({ file, bytes: statSync(resolve(outDir, file)).size })).sort((a, b) => b.bytes - a.bytes)[0]?.file;
}

/** A question's own page, by address: every folder of /questions/ but the category pages and the recent view. */
const questionPage = /^\/questions\/(?!category\/|recent\/)[^/]+\/index\.html$/;

/** Page weight of a few telling pages of a build. */
function weightsOf(outDir: string, files: string[]): Record<string, PageWeight & { rawHtml: number }> {
  const pick = (label: string, file: string | undefined) =>
    file && existsSync(resolve(outDir, file)) ? [[label, { ...pageWeight(outDir, file), rawHtml: readFileSync(resolve(outDir, file)).length }]] : [];
  return Object.fromEntries([
    ...pick('home', 'index.html'),
    ...pick('experience list', 'experiences/index.html'),
    ...pick('question bank', 'questions/index.html'),
    // A bank split by category: its heaviest category page.
    ...pick(
      'question bank, largest category page',
      largest(
        outDir,
        files.filter((file) => /^questions\/category\/[^/]+\/index\.html$/.test(file)),
      ),
    ),
    // The most reported question's page: the longest list of reports.
    ...pick(
      'a question page, the largest',
      largest(
        outDir,
        files.filter((file) => questionPage.test(`/${file}`)),
      ),
    ),
    ...pick(
      'an experience',
      files.find((file) => /^experiences\/[^/]+\/index\.html$/.test(file) && file !== 'experiences/index.html'),
    ),
  ]);
}

async function benchSize(experiences: number): Promise<SizeResult> {
  log(`${experiences} experiences: generating content`);
  const content = generateContent(resolve(root, 'content'), resolve(work, `content-${experiences}`), experiences);
  log(`${experiences} experiences: building the site (search index and service worker included)`);
  const { outDir, run } = await buildOurs(`n${experiences}`, content.dir);
  const files = htmlFilesIn(outDir);
  log(`${experiences} experiences: ${files.length} pages in ${run.seconds.toFixed(1)} s; building the floor`);
  const floor: FloorRun = await floorOf(root, resolve(work, `floor-${experiences}`), files.length);
  log(`${experiences} experiences: floor ${floor.seconds.toFixed(1)} s; measuring search in Chromium`);
  const search = await measureSearch(outDir, searchQueries);
  const swFile = resolve(outDir, 'sw.js');
  const precache = /precaches (\d+) files \((\d+) KiB\)/.exec(run.log);
  const result: SizeResult = {
    experiences,
    questionPool: content.questionPool,
    pages: files.length,
    build: {
      seconds: run.seconds,
      peakRssBytes: run.peakRssBytes,
      peakAtSeconds: run.peakAtSeconds,
      ...astroPhases(run.log),
      indexMs: loggedMs(run.log, /indexed \d+ pages in (\d+) ms/),
      indexWriteMs: loggedMs(run.log, /indexed \d+ pages in \d+ ms \(reading \d+ ms, writing (\d+) ms\)/),
      serviceWorkerMs: loggedMs(run.log, /precaches .* written in (\d+) ms/),
      questionPages: routeRendering(run.log, questionPage),
    },
    output: folderSize(outDir),
    searchIndex: folderSize(resolve(outDir, 'pagefind')),
    serviceWorker: {
      bytes: readFileSync(swFile).length,
      gzip: gzipSize(readFileSync(swFile)),
      precachedFiles: Number(precache?.[1] ?? 0),
      precachedBytes: Number(precache?.[2] ?? 0) * 1024,
    },
    floor,
    weights: weightsOf(outDir, files),
    search,
    vocabulary: measureVocabulary(outDir),
  };
  if (!values.keep)
    for (const name of [`content-${experiences}`, `n${experiences}-site`, `n${experiences}-cache`, `floor-${experiences}`])
      rmSync(resolve(work, name), { recursive: true, force: true });
  return result;
}

/** The real site: the budgeted page weights and the first search, as the tests assert them. */
async function benchRealSite(): Promise<RealSite> {
  log('the real site: building and measuring page weight and first search');
  const { outDir, run } = await buildOurs('real', undefined);
  const weights = htmlFilesIn(outDir).map((file) => pageWeight(outDir, file));
  const search = await measureSearch(outDir, ['system design', 'salary', 'linked list', 'interview']);
  const vocabulary = measureVocabulary(outDir);
  if (!values.keep) for (const name of ['real-site', 'real-cache']) rmSync(resolve(work, name), { recursive: true, force: true });
  return { seconds: run.seconds, weights, firstSearch: search.first, suggestions: search.suggestions, vocabulary };
}

const started = performance.now();
mkdirSync(work, { recursive: true });
const machine = describeMachine(root);
log(`machine: ${machine.summary}`);
const real = await benchRealSite();
const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));
machine.loadAtEnd = loadavg()[0];
printSummary(real, results);
log(`done in ${((performance.now() - started) / 1000 / 60).toFixed(1)} min`);
if (!values['no-write']) {
  writeReport(resolve(root, 'docs/performance.md'), machine, real, results);
  log(`wrote docs/performance.md (budgets: HTML ${kb(budgets.html)}, first search ${kb(budgets.firstSearch)})`);
}
