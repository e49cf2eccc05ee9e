import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { htmlFiles } from '../html';
import { fileForPath } from './sitePages';

/** One internal reference that does not resolve. */
export interface LinkProblem {
  /** The built file the reference is in, e.g. `guide/faq/index.html`. */
  page: string;
  /** The reference as written. */
  url: string;
  reason: string;
}

/** Attributes that point at another resource, by element. */
const urlAttributes: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['track[src]', 'src'],
  ['form[action]', 'action'],
  // Social previews fetch these; a wrong path shows no picture.
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Attribute values come from the parser as written; these are the entities a build writes into them. */
const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
      : (named[name] ?? match),
  );

const attribute = (element: HtmlElement, name: string) => {
  const value = element.getAttributeValue(name);
  return value === null ? null : decodeEntities(value);
};

let parser: Promise<Parser> | undefined;
async function parse(html: string): Promise<HtmlElement> {
  parser ??= new HtmlValidate({ extends: ['html-validate:recommended'] }).getConfigFor('page.html').then((config) => new Parser(config));
  return (await parser).parseHtml(html);
}

export interface LinkCheckOptions {
  /** The base path the site was built under (default `/`). */
  base?: string;
  /** The site's public origin (SITE_URL): absolute links to it are checked like relative ones. */
  siteOrigin?: string;
}

/**
 * Checks every internal link, image, script, stylesheet and `#fragment` in every HTML page of a built
 * site, and the web manifest's start URL, scope and icons: the target file exists under the base path,
 * and a fragment names an element on the target page. Links to other origins are not fetched.
 */
export async function checkLinks(dir: string, options: LinkCheckOptions = {}): Promise<LinkProblem[]> {
  const base = options.base ?? '/';
  const origin = 'http://site.invalid';
  const siteOrigin = options.siteOrigin ? new URL(options.siteOrigin).origin : undefined;
  const idsByFile = new Map<string, Promise<Set<string>>>();
  const idsOf = (file: string) => {
    if (!idsByFile.has(file)) {
      idsByFile.set(
        file,
        parse(readFileSync(file, 'utf8')).then((document) => {
          const ids = new Set<string>();
          for (const element of document.querySelectorAll('[id], a[name]')) {
            for (const name of ['id', 'name']) {
              const value = attribute(element, name);
              if (value) ids.add(value);
            }
          }
          return ids;
        }),
      );
    }
    return idsByFile.get(file)!;
  };

  const problems: LinkProblem[] = [];
  for (const page of htmlFiles(dir)) {
    const pagePath = `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    const document = await parse(readFileSync(join(dir, page), 'utf8'));
    const references = urlAttributes.flatMap(([selector, name]) =>
      document.querySelectorAll(selector).flatMap((element) => {
        const value = attribute(element, name) ?? '';
        // A srcset lists "url width, url width"; every url must resolve.
        return name === 'srcset'
          ? value
              .split(',')
              .map((candidate) => candidate.trim().split(/\s+/)[0])
              .filter(Boolean)
          : [value];
      }),
    );
    for (const url of references) {
      const reason = await problemWith(url);
      if (reason) problems.push({ page, url, reason });
    }

    async function problemWith(url: string): Promise<string | undefined> {
      if (url.trim() === '') return 'empty URL';
      if (/^\s*javascript:/i.test(url)) return 'javascript: URL';
      const resolved = new URL(url, `${origin}${pagePath}`);
      const internal = resolved.origin === origin || (siteOrigin !== undefined && resolved.origin === siteOrigin);
      if (!internal) return undefined; // another site, mailto:, tel:, data: — not fetched
      if (!resolved.pathname.startsWith(base)) return `points outside the base path ${base}`;
      const file = fileForPath(dir, base, resolved.pathname);
      if (!file) return `no file answers ${resolved.pathname}`;
      if (url === '#') return 'a bare "#" goes nowhere; link to an element id';
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (!fragment || !file.endsWith('.html')) return undefined;
      if (!(await idsOf(file)).has(fragment) && fragment !== 'top') {
        return `no element with id "${fragment}" on ${relative(dir, file)}`;
      }
      return undefined;
    }
  }
  for (const manifest of readdirSync(dir).filter((name) => name.endsWith('.webmanifest'))) {
    const data = JSON.parse(readFileSync(join(dir, manifest), 'utf8')) as { start_url?: string; scope?: string; icons?: { src: string }[] };
    for (const url of [data.start_url, data.scope, ...(data.icons ?? []).map((icon) => icon.src)]) {
      if (url === undefined) continue;
      const { pathname } = new URL(url, `${origin}${base}${manifest}`);
      if (!fileForPath(dir, base, pathname)) problems.push({ page: manifest, url, reason: `no file answers ${pathname}` });
    }
  }
  return problems;
}

/** Problems as one readable block, one line each. */
export const formatLinkProblems = (problems: LinkProblem[]) =>
  problems.map((problem) => `${problem.page}: ${problem.url} — ${problem.reason}`).join('\n');
