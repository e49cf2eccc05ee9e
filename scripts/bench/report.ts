/**
 * Turns benchmark results into Markdown tables and writes them into docs/performance.md between the
 * `<!-- bench:start -->` and `<!-- bench:end -->` markers, leaving the hand-written parts alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { FloorRun } from './floorRun';
import type { AstroPhases } from './measureBuild';
import { budgets, kb, type PageWeight } from '../lib/pageWeight';
import { median, type SearchAtScale } from './searchAtScale';
import type { FirstQuery, SuggestionQuery } from '../lib/searchInBrowser';
import type { VocabularyMeasure } from './vocabulary';
import { VOCABULARY_LIMIT } from '../../src/lib/spelling';

export interface SizeResult {
  experiences: number;
  questionPool: number;
  pages: number;
  build: AstroPhases & {
    seconds: number;
    peakRssBytes: number;
    peakAtSeconds: number;
    indexMs?: number;
    indexWriteMs?: number;
    serviceWorkerMs?: number;
    /** The question pages and the rendering time Astro's log gives them. */
    questionPages?: { pages: number; ms: number };
  };
  output: { bytes: number; files: number };
  searchIndex: { bytes: number; files: number };
  serviceWorker: { bytes: number; gzip: number; precachedFiles: number; precachedBytes: number };
  floor: FloorRun;
  weights: Record<string, PageWeight & { rawHtml: number }>;
  search: SearchAtScale;
  vocabulary: VocabularyMeasure;
}

export interface RealSite {
  seconds: number;
  weights: PageWeight[];
  firstSearch: FirstQuery[];
  suggestions: SuggestionQuery[];
  vocabulary: VocabularyMeasure;
}

export interface Machine {
  summary: string;
  /** The 1-minute load average when the run started, and when it ended (set by the caller). */
  loadAtStart: number;
  loadAtEnd?: number;
  date: string;
  commit: string;
}

const version = (root: string, name: string) =>
  JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')).version as string;

export function describeMachine(root: string): Machine {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : '';
  const cpu = cpus();
  return {
    summary: `${cpu.length} cores (nproc; ${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Linux; Node ${process.version}, Astro ${version(root, 'astro')}, Pagefind ${version(root, 'pagefind')}`,
    loadAtStart: loadavg()[0],
    date: new Date().toISOString().slice(0, 10),
    commit: `${git('rev-parse', '--short', 'HEAD')}${dirty}`,
  };
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);
/** Milliseconds with one decimal below 10, for the suggestion timings that take a fraction of one. */
const fineMs = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;
const count = (value: number) => value.toLocaleString('en');
const bodyBytes = (measure: FirstQuery) => measure.requests.reduce((sum, request) => sum + request.bodyBytes, 0);
const spread = (values: number[], format: (value: number) => string) =>
  values.length ? `${format(median(values))} (max ${format(Math.max(...values))})` : 'n/a';
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const budgetedTypes: [string, RegExp][] = [
  ['guide', /^\/guide\/(?!print\/)([^/]+\/)?$/],
  ['experience', /^\/experiences\/[^/]+\/$/],
  ['question bank', /^\/questions\/$/],
  ['FAQ', /^\/faq\/$/],
];

/** Gzip body bytes of the requests whose path matches. */
const bytesOf = (measure: FirstQuery, kind: RegExp) =>
  measure.requests.filter((request) => kind.test(request.path)).reduce((total, request) => total + request.bodyBytes, 0);

/** Pagefind's runtime in a first search: its script, its WebAssembly, and its worker when it used one. */
function runtime(measure: FirstQuery): string {
  const worker = bytesOf(measure, /\/pagefind-worker\.js$/);
  const total = bytesOf(measure, /\/pagefind\.js$/) + bytesOf(measure, /\.pagefind$/) + worker;
  return `${kb(total)} (${worker ? 'with' : 'no'} worker)`;
}

function realSiteSection(real: RealSite): string {
  const rows = budgetedTypes.map(([type, match]) => {
    const pages = real.weights.filter((weight) => match.test(weight.page));
    const max = (key: 'html' | 'css' | 'firstView' | 'js') => (pages.length ? kb(Math.max(...pages.map((page) => page[key]))) : 'n/a');
    return [type, String(pages.length), max('html'), max('css'), max('firstView'), max('js')];
  });
  const searches = real.firstSearch.map((measure) => [
    `"${measure.query}"`,
    String(measure.matches),
    String(measure.requests.length),
    kb(bodyBytes(measure)),
    kb(measure.bytes),
    runtime(measure),
    kb(bytesOf(measure, /\.pf_index$/)),
    kb(bytesOf(measure, /\.pf_fragment$/)),
    ms(measure.ms),
  ]);
  return [
    '### The real site: page weight (heaviest page of each type, gzip level 9)',
    '',
    table(
      [
        'page type',
        'pages',
        `HTML (≤ ${kb(budgets.html)})`,
        `CSS (≤ ${kb(budgets.css)})`,
        `HTML + CSS (≤ ${kb(budgets.firstView)})`,
        `JS on first view (≤ ${kb(budgets.js)})`,
      ],
      rows,
    ),
    '',
    `### The real site: first search (budget < ${kb(budgets.firstSearch)} gzip)`,
    '',
    table(
      [
        'query',
        'pages matching',
        'requests',
        'gzip bodies',
        'with HTTP/1.1 headers',
        "of which Pagefind's runtime",
        'index chunks',
        'result fragments',
        'time to results',
      ],
      searches,
    ),
    '',
    `Spelling vocabulary (downloaded only when a query finds little and a word of it is in no page): ${vocabularyLine(real.vocabulary)}; ${suggestionLine(real.suggestions)}.`,
  ].join('\n');
}

function vocabularyLine(vocabulary: VocabularyMeasure): string {
  const { words, bytes, gzip, firstMs, suggestMs, recovered } = vocabulary;
  return `${count(words)} words, ${kb(bytes)} (${kb(gzip)} gzip); a suggestion in Node takes ${fineMs(firstMs)} the first time (parsing and preparing the file), then ${spread(suggestMs, fineMs)} for ${suggestMs.length} misspelt two-word queries, ${recovered} of which got back the words they were made from`;
}

/** Milliseconds of the misspelt queries that got a suggestion: the first (which downloads the vocabulary) and the later ones. */
function suggestionTimes(suggestions: SuggestionQuery[]): { first?: SuggestionQuery; later: number[] } {
  const [first, ...later] = suggestions.filter((query) => query.ms !== undefined);
  return { first, later: later.map((query) => query.ms!) };
}

/** The misspelt queries typed into the search dialog: which got a suggestion, and how long it took to show. */
function suggestionLine(suggestions: SuggestionQuery[]): string {
  const { first, later } = suggestionTimes(suggestions);
  const offered = suggestions.map((query) => `"${query.query}" → ${query.suggestion ? `"${query.suggestion}"` : 'none'}`).join(', ');
  if (!first) return `in Chromium none of ${suggestions.length} misspelt queries got a suggestion (${offered})`;
  return `in Chromium ${suggestions.filter((query) => query.suggestion).length} of ${suggestions.length} misspelt queries got one (${offered}): the first in ${ms(first.ms)} with ${kb(first.bytes)} fetched (the vocabulary and the suggestion's code), the later ones in ${spread(later, ms)}, typing pause included`;
}

function scaleSection(results: SizeResult[]): string {
  const head = ['', ...results.map((result) => `${count(result.experiences)} experiences`)];
  const row = (label: string, value: (result: SizeResult) => string) => [label, ...results.map(value)];
  const build = table(head, [
    row('pages built', (r) => count(r.pages)),
    row('distinct questions in the generated pool', (r) => count(r.questionPool)),
    row('build time, total (search index and service worker included)', (r) => seconds(r.build.seconds)),
    row('time per page', (r) => ms((r.build.seconds * 1000) / r.pages)),
    row('– loading and checking content (Astro: "[types] Generated")', (r) => ms(r.build.contentMs)),
    row('– bundling (Vite)', (r) => ms(r.build.bundleMs)),
    row('– rendering the pages', (r) => ms(r.build.pagesMs)),
    row('– – of which the question pages (pages, their rendering as Astro logs it)', (r) =>
      r.build.questionPages ? `${count(r.build.questionPages.pages)}, ${ms(r.build.questionPages.ms)}` : 'n/a',
    ),
    row('– Pagefind indexing (of which writing the index)', (r) => `${ms(r.build.indexMs)} (${ms(r.build.indexWriteMs)})`),
    row('– service worker generation', (r) => ms(r.build.serviceWorkerMs)),
    row('– the rest (start-up, sitemap, copying files)', (r) =>
      ms(
        r.build.seconds * 1000 -
          [r.build.contentMs, r.build.bundleMs, r.build.pagesMs, r.build.indexMs, r.build.serviceWorkerMs].reduce<number>(
            (sum, part) => sum + (part ?? 0),
            0,
          ),
      ),
    ),
    row('peak memory (RSS, whole process tree), and when', (r) => `${mb(r.build.peakRssBytes)} at ${seconds(r.build.peakAtSeconds)}`),
    row('output size (files)', (r) => `${mb(r.output.bytes)} (${count(r.output.files)})`),
    row('search index size (files)', (r) => `${mb(r.searchIndex.bytes)} (${count(r.searchIndex.files)})`),
    row('bare-Astro floor: build time (same number of pages)', (r) => seconds(r.floor.seconds)),
    row('– floor: bundling, rendering the pages', (r) => `${ms(r.floor.phases.bundleMs)}, ${ms(r.floor.phases.pagesMs)}`),
    row('bare-Astro floor: peak memory', (r) => mb(r.floor.peakRssBytes)),
    row('**our time / floor**', (r) => `**${(r.build.seconds / r.floor.seconds).toFixed(2)}×**`),
    row(
      'our time without Pagefind and the service worker / floor',
      (r) => `${((r.build.seconds * 1000 - (r.build.indexMs ?? 0) - (r.build.serviceWorkerMs ?? 0)) / 1000 / r.floor.seconds).toFixed(2)}×`,
    ),
  ]);
  const search = table(head, [
    row('first query: bytes transferred, gzip bodies (median, max)', (r) => spread(r.search.first.map(bodyBytes), kb)),
    row('first query: with HTTP/1.1 headers (median, max)', (r) =>
      spread(
        r.search.first.map((m) => m.bytes),
        kb,
      ),
    ),
    row('first query: time to results, incl. 200 ms typing pause (median, max)', (r) =>
      spread(
        r.search.first.map((m) => m.ms),
        ms,
      ),
    ),
    row('later query, new words (median, max)', (r) =>
      spread(
        r.search.later.map((m) => m.ms),
        ms,
      ),
    ),
    row('later query: bytes fetched (median, max)', (r) =>
      spread(
        r.search.later.map((m) => m.bytes),
        kb,
      ),
    ),
    row('repeated query (median, max)', (r) =>
      spread(
        r.search.repeated.map((m) => m.ms),
        ms,
      ),
    ),
  ]);
  const pages = [...new Set(results.flatMap((result) => Object.keys(result.weights)))];
  const weight = table(
    head,
    pages.map((page) => row(page, (r) => (r.weights[page] ? `${kb(r.weights[page].rawHtml)} raw, ${kb(r.weights[page].html)} gzip` : 'n/a'))),
  );
  const spelling = table(head, [
    row(`vocabulary: words (at most ${count(VOCABULARY_LIMIT)})`, (r) => count(r.vocabulary.words)),
    row('vocabulary file (raw, gzip)', (r) => `${kb(r.vocabulary.bytes)}, ${kb(r.vocabulary.gzip)}`),
    row('suggestion in Node, first (parsing and preparing the file)', (r) => fineMs(r.vocabulary.firstMs)),
    row('suggestion in Node, misspelt two-word queries (median, max)', (r) => spread(r.vocabulary.suggestMs, fineMs)),
    row('– of which got back the words they were made from', (r) => `${r.vocabulary.recovered} of ${r.vocabulary.suggestMs.length}`),
    row(
      'in Chromium: misspelt queries that got a suggestion',
      (r) => `${r.search.suggestions.filter((query) => query.suggestion).length} of ${r.search.suggestions.length}`,
    ),
    row('in Chromium: first suggestion shown, incl. 200 ms typing pause (bytes fetched)', (r) => {
      const { first } = suggestionTimes(r.search.suggestions);
      return first ? `${ms(first.ms)} (${kb(first.bytes)})` : 'n/a';
    }),
    row('in Chromium: later suggestions (median, max)', (r) => spread(suggestionTimes(r.search.suggestions).later, ms)),
  ]);
  const offline = table(head, [
    row('files precached', (r) => count(r.serviceWorker.precachedFiles)),
    row('precache download on first visit (uncompressed)', (r) => mb(r.serviceWorker.precachedBytes)),
    row('sw.js (raw, gzip)', (r) => `${kb(r.serviceWorker.bytes)}, ${kb(r.serviceWorker.gzip)}`),
  ]);
  return [
    '### Build at scale',
    '',
    build,
    '',
    `### Search at scale (queries: ${results[0]?.search.first.map((m) => `"${m.query}"`).join(', ')})`,
    '',
    search,
    '',
    '### Page weight at scale (HTML)',
    '',
    weight,
    '',
    '### Service worker at scale',
    '',
    offline,
    '',
    `### Spelling suggestions at scale (misspelt queries: ${results[0]?.search.suggestions.map((query) => `"${query.query}"`).join(', ')})`,
    '',
    spelling,
  ].join('\n');
}

/** Each query on the largest build: how many pages match, what its first search downloads, and how fast it answers. */
function queriesSection(result: SizeResult | undefined): string {
  if (!result) return '';
  const rows = result.search.first.map((first) => {
    const later = result.search.later.find((measure) => measure.query === first.query);
    const repeated = result.search.repeated.find((measure) => measure.query === first.query);
    return [
      `"${first.query}"`,
      count(first.matches),
      kb(bodyBytes(first)),
      runtime(first),
      kb(bytesOf(first, /\.pf_index$/)),
      kb(bytesOf(first, /\.pf_fragment$/)),
      kb(bytesOf(first, /\.pf_meta$/) + bytesOf(first, /\.pf_filter$/)),
      ms(first.ms),
      later ? `${ms(later.ms)} (${ms(later.engineMs)})` : 'first query',
      repeated ? `${ms(repeated.ms)} (${ms(repeated.engineMs)})` : 'n/a',
    ];
  });
  return [
    `### Each query at ${count(result.experiences)} experiences`,
    '',
    table(
      [
        'query',
        'pages matching',
        'first search, gzip',
        "Pagefind's runtime",
        'index chunks',
        'result fragments',
        'metadata and filters',
        'first: time to results',
        "later query (Pagefind's own timing)",
        "repeated query (Pagefind's own timing)",
      ],
      rows,
    ),
  ].join('\n');
}

function targetsSection(results: SizeResult[]): string {
  const at = results.find((result) => result.experiences === 10_000);
  if (!at) return '';
  const heaviest = at.search.first.reduce((a, b) => (bodyBytes(b) > bodyBytes(a) ? b : a));
  const warm = [...at.search.later, ...at.search.repeated];
  const slowest = warm.reduce((a, b) => (b.ms > a.ms ? b : a));
  const fast = warm.filter((measure) => measure.ms < 50).length;
  const ratio = at.build.seconds / at.floor.seconds;
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    '### Targets at 10,000 experiences',
    '',
    table(
      ['target', 'measured', ''],
      [
        ['build with the search index < 90 s', seconds(at.build.seconds), met(at.build.seconds < 90)],
        ['peak memory < 3 GB', mb(at.build.peakRssBytes), met(at.build.peakRssBytes < 3 * 2 ** 30)],
        ['≤ 1.5× the bare-Astro floor', `${ratio.toFixed(2)}×`, met(ratio <= 1.5)],
        [
          'warm query < 50 ms',
          `${fast} of ${warm.length} later and repeated queries; slowest "${slowest.query}" ${ms(slowest.ms)}`,
          met(fast === warm.length),
        ],
        [
          'first query < 300 KB transferred',
          `largest "${heaviest.query}" ${kb(bodyBytes(heaviest))} (gzip bodies)`,
          met(bodyBytes(heaviest) < 300 * 1024),
        ],
      ],
    ),
  ].join('\n');
}

export function renderReport(machine: Machine, real: RealSite, results: SizeResult[]): string {
  return [
    `## Latest run: ${machine.date}`,
    '',
    `Machine: ${machine.summary}. Load average ${machine.loadAtStart.toFixed(2)} at the start, ${machine.loadAtEnd?.toFixed(2) ?? 'n/a'} at the end (other work on the machine slows every figure). Commit ${machine.commit}. Written by \`npm run bench\`; every build is cold (empty caches).`,
    '',
    targetsSection(results),
    '',
    scaleSection(results),
    '',
    queriesSection(results.at(-1)),
    '',
    realSiteSection(real),
  ].join('\n');
}

/** Replaces the generated part of `file` (between the bench markers) with this run. */
export function writeReport(file: string, machine: Machine, real: RealSite, results: SizeResult[]): void {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Performance\n\n${start}\n${end}\n`;
  if (!text.includes(start) || !text.includes(end)) throw new Error(`${file}: add the lines "${start}" and "${end}" where the benchmark figures go`);
  const generated = `${start}\n<!-- Generated by npm run bench: edit outside these markers. -->\n\n${renderReport(machine, real, results)}\n\n${end}`;
  writeFileSync(file, text.slice(0, text.indexOf(start)) + generated + text.slice(text.indexOf(end) + end.length));
}

export function printSummary(real: RealSite, results: SizeResult[]): void {
  console.log(`\n${realSiteSection(real)}\n\n${targetsSection(results)}\n\n${scaleSection(results)}\n\n${queriesSection(results.at(-1))}\n`);
}
