/**
 * Page weight, measured from built files the way a reader's browser receives them: each file gzipped
 * (node:zlib, level 9) on its own, as a static host that compresses sends it. Shared by the page-weight
 * budget test (`tests/site/pageWeightBudgets.test.ts`) and the benchmark, which reports the same figures at scale.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/** The budgets, in gzip bytes. `tests/site/pageWeightBudgets.test.ts` and `tests/browser/firstSearchBudget.test.ts` assert them. */
export const budgets = {
  /** A guide, experience, question bank or FAQ page's HTML (an experience may add its story's own gzip length). */
  html: 8 * KB,
  /** All the CSS a page links. */
  css: 8 * KB,
  /** What the first view needs before it can paint: the HTML and its CSS, about one TCP initial window. */
  firstView: 14 * KB,
  /** JavaScript a page loads by itself (module scripts and their static imports; not what loads on use). */
  js: 6 * KB,
  /**
   * Everything a first search downloads: the search code, Pagefind's runtime and the index it needs.
   * Pagefind's fixed runtime (pagefind.js and its WebAssembly) is 71.5 KB of it; a site under
   * `WORKER_FROM_PAGES` pages searches without the 12 KB worker (docs/performance.md has the breakdown).
   */
  firstSearch: 100 * KB,
} as const;

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  /** The page's URL path, e.g. `/guide/preparation/`. */
  page: string;
  /** Gzip bytes of the HTML (inline scripts and styles included). */
  html: number;
  /** Gzip bytes of every stylesheet the page links. */
  css: number;
  /** HTML plus CSS. */
  firstView: number;
  /** Gzip bytes of the module scripts the page loads by itself and of everything they import statically. */
  js: number;
  /** Site paths of those scripts. */
  scripts: string[];
  /** External classic scripts (no `type="module"`, `async` or `defer`), which stop the page rendering until they run. */
  blockingScripts: string[];
}

/** URL path of a built HTML file: `guide/faq/index.html` → `/guide/faq/`. */
export const pageUrl = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Static `import … from "…"`, `import "…"` and `export … from "…"`; never `import(…)`, which loads on use. */
const staticImport = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

/**
 * Measures one built page. `base` is the path the site was built under (`/` by default); asset
 * addresses outside it, or on another origin, are not the site's and are left out.
 */
export function pageWeight(siteDir: string, file: string, base = '/'): PageWeight {
  const page = pageUrl(file);
  const html = readFileSync(join(siteDir, file), 'utf8');
  const local = (address: string, from: string) => {
    const url = new URL(address, `http://site${base}${from.replace(/^\//, '')}`);
    return url.host === 'site' && url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined;
  };
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];

  const styles = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel=["']?stylesheet\b/i.test(tag))
    .map((tag) => local(attribute(tag, 'href') ?? '', page))
    .filter((path): path is string => Boolean(path));
  const css = styles.reduce((sum, path) => sum + gzipSize(readFileSync(join(siteDir, path))), 0);

  const scriptTags = [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
  const blockingScripts = scriptTags
    .filter((tag) => attribute(tag, 'src') && !/\stype=["']?module\b|\sasync\b|\sdefer\b/i.test(tag))
    .map((tag) => attribute(tag, 'src')!);
  const entries = [
    ...scriptTags.filter((tag) => /\stype=["']?module\b/i.test(tag)),
    ...[...html.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => /\srel=["']?modulepreload\b/i.test(tag)),
  ]
    .map((tag) => attribute(tag, 'src') ?? attribute(tag, 'href'))
    .filter((address): address is string => Boolean(address))
    .map((address) => local(address, page))
    .filter((path): path is string => Boolean(path));
  const scripts = new Set<string>();
  const visit = (path: string) => {
    if (scripts.has(path)) return;
    scripts.add(path);
    const code = readFileSync(join(siteDir, path), 'utf8');
    for (const [, specifier] of code.matchAll(staticImport)) {
      const imported = local(specifier, `/${posix.dirname(path)}/`);
      if (imported) visit(imported);
    }
  };
  entries.forEach(visit);
  const js = [...scripts].reduce((sum, path) => sum + gzipSize(readFileSync(join(siteDir, path))), 0);

  const htmlBytes = gzipSize(html);
  return { page, html: htmlBytes, css, firstView: htmlBytes + css, js, scripts: [...scripts], blockingScripts };
}

/** Bytes as "7.1 KB" (1 KB = 1024 bytes). */
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
