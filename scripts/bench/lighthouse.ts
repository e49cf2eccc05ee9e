/**
 * Lighthouse on the built site (`npm run bench:lighthouse`; not part of `npm test`): builds the site,
 * serves it on localhost the way a compressing static host would (gzip, the `_headers` file), and runs
 * Lighthouse's default mobile profile in the system Chromium on the home page, a guide section, an
 * experience, the question bank and search. Writes the scores and every audit that is not passed into
 * docs/performance.md between `<!-- lighthouse:start -->` and `<!-- lighthouse:end -->`, and the full
 * reports to .tmp/lighthouse/.
 *
 *   npm run bench:lighthouse                 # build, run, write docs/performance.md
 *   npm run bench:lighthouse -- --no-write   # print only
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
// chrome-launcher is Lighthouse's own launcher (a dependency of lighthouse); it starts the Chromium we name.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { measureBuild } from './measureBuild';
import { describeMachine } from './report';
import { chromiumPath, noChromiumMessage, offlineChromiumFlags } from '../lib/chromium';
import { serveSite } from '../lib/staticServer';

const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, '.tmp/lighthouse');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse runs per page; the median one is reported. */
const RUNS = 3;
const { values } = parseArgs({ options: { 'no-write': { type: 'boolean', default: false } } });

/** A free TCP port, so the build can name the address it will be served from (canonical links, Open Graph). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The first link in a built page whose address matches, e.g. the first guide section listed on /guide/. */
function firstLink(siteDir: string, page: string, pattern: RegExp): string {
  const html = readFileSync(resolve(siteDir, page), 'utf8');
  const href = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).find((address) => pattern.test(address));
  if (!href) throw new Error(`${page}: no link matching ${pattern} to run Lighthouse on`);
  return href.replace(/^\//, '');
}

interface PageResult {
  name: string;
  path: string;
  scores: Record<(typeof categories)[number], number>;
  /** The performance score of every run, lowest first. */
  performances: number[];
  /** Audits that count towards a category and did not pass, with what Lighthouse reported. */
  failing: { category: string; title: string; value: string; items: string[] }[];
}

/** One line per detail item: the element, address or text the audit points at. */
function describeItems(details: unknown): string[] {
  const { type, items = [] } = (details ?? {}) as { type?: string; items?: Record<string, unknown>[] };
  if (type === 'debugdata') return [];
  return items.slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string; selector?: string; explanation?: string } | undefined;
    if (node) return `${node.selector ?? ''} ${node.snippet ?? ''} ${node.explanation ? `— ${node.explanation.replace(/\s+/g, ' ')}` : ''}`.trim();
    const duration = typeof item.duration === 'number' ? ` ${Math.round(item.duration)} ms` : '';
    const text = ['url', 'source', 'description', 'label']
      .map((key) => item[key])
      .filter((value) => typeof value === 'string')
      .join(' ');
    return text ? `${text}${duration}` : JSON.stringify(item).slice(0, 200);
  });
}

/** The diagnostics that explain a metric: which tasks blocked, what shifted, what blocked rendering. */
const diagnostics: Record<string, string> = {
  'total-blocking-time': 'long-tasks',
  'cumulative-layout-shift': 'layout-shifts',
  'first-contentful-paint': 'render-blocking-insight',
  'largest-contentful-paint': 'render-blocking-insight',
};

async function main() {
  const port = await freePort();
  const siteDir = resolve(work, 'site');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.log(`[lighthouse] building the site for http://localhost:${port}/`);
  await measureBuild({ cwd: root, outDir: siteDir, env: { SITE_URL: `http://localhost:${port}`, ASTRO_CACHE_DIR: resolve(work, 'cache') } });
  const pages = [
    { name: 'home', path: '' },
    { name: 'guide section', path: firstLink(siteDir, 'guide/index.html', /^\/guide\/(?!print\/)[^/]+\/$/) },
    { name: 'experience', path: firstLink(siteDir, 'experiences/index.html', /^\/experiences\/[^/]+\/$/) },
    { name: 'question bank', path: 'questions/' },
    { name: 'search', path: 'search/' },
  ];
  if (!chromiumPath) throw new Error(noChromiumMessage);
  const site = await serveSite(siteDir, { headers: true, gzip: true, port, host: 'localhost' });
  // Lighthouse needs a Chromium with a debugging port; --headless=new is the headless mode it supports.
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: [...offlineChromiumFlags.filter((flag) => flag !== '--headless'), '--headless=new'],
    logLevel: 'error',
  });
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      console.log(`[lighthouse] ${page.name}: ${site.url}${page.path}`);
      // Performance scores vary from run to run on a shared machine: the run with the median score is kept.
      const runs = [];
      for (let attempt = 0; attempt < RUNS; attempt++) {
        const run = await lighthouse(`${site.url}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (run.lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${run.lhr.runtimeError.message}`);
        runs.push(run.lhr);
      }
      runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)];
      writeFileSync(resolve(work, `${page.name.replace(/\s+/g, '-')}.json`), JSON.stringify(lhr, null, 1));
      const failing = categories.flatMap((category) =>
        lhr.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 || category !== 'performance')
          .map((ref) => lhr.audits[ref.id])
          .filter(
            (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
          )
          .map((audit) => ({
            category,
            title: audit.title,
            value: audit.displayValue ?? '',
            items: describeItems(diagnostics[audit.id] ? lhr.audits[diagnostics[audit.id]]?.details : audit.details),
          })),
      );
      const scores = Object.fromEntries(
        categories.map((category) => [category, Math.round((lhr.categories[category].score ?? 0) * 100)]),
      ) as PageResult['scores'];
      const performances = runs.map((run) => Math.round((run.categories.performance.score ?? 0) * 100));
      results.push({ ...page, scores, performances, failing });
      console.log(
        `[lighthouse] ${page.name}: ${categories.map((category) => `${category} ${scores[category]}`).join(', ')} (performance in ${RUNS} runs: ${performances.join(', ')})`,
      );
    }
  } finally {
    await chrome.kill();
    await site.close();
  }
  const report = renderLighthouse(results, describeMachine(root), readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8'));
  console.log(`\n${report}`);
  if (!values['no-write']) writeLighthouse(resolve(root, 'docs/performance.md'), report);
}

function renderLighthouse(results: PageResult[], machine: ReturnType<typeof describeMachine>, lighthousePackage: string): string {
  const version = (JSON.parse(lighthousePackage) as { version: string }).version;
  const rows = results.map(
    (result) =>
      `| ${result.name} (\`/${result.path}\`) | ${result.scores.performance} (${result.performances.join(', ')}) | ${categories
        .slice(1)
        .map((category) => result.scores[category])
        .join(' | ')} |`,
  );
  const failing = results.flatMap((result) =>
    result.failing.map(
      (audit) =>
        `- **${result.name}**, ${audit.category}: ${audit.title}${audit.value ? ` (${audit.value})` : ''}${audit.items.map((item) => `\n  - \`${item.replace(/`/g, "'").slice(0, 240)}\``).join('')}`,
    ),
  );
  return [
    `### Lighthouse ${version}, ${machine.date}`,
    '',
    `Mobile profile (Lighthouse's default: simulated slow 4G and a 4× slower CPU), Debian's Chromium, the site served on localhost with gzip and the \`_headers\` file. Machine: ${machine.summary}. Commit ${machine.commit}. Written by \`npm run bench:lighthouse\`.`,
    '',
    `| page | performance: median (the ${RUNS} runs) | accessibility | best practices | SEO |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    failing.length ? `Audits not passed in the median run of each page:\n\n${failing.join('\n')}` : 'Every audit that counts towards a score passed.',
  ].join('\n');
}

function writeLighthouse(file: string, report: string): void {
  const start = '<!-- lighthouse:start -->';
  const end = '<!-- lighthouse:end -->';
  const text = readFileSync(file, 'utf8');
  if (!text.includes(start) || !text.includes(end)) throw new Error(`${file}: add the lines "${start}" and "${end}" where the Lighthouse scores go`);
  writeFileSync(
    file,
    `${text.slice(0, text.indexOf(start))}${start}\n<!-- Generated by npm run bench:lighthouse: edit outside these markers. -->\n\n${report}\n\n${text.slice(text.indexOf(end))}`,
  );
  console.log('[lighthouse] wrote docs/performance.md');
}

await main();
