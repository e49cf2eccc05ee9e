import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../html';

/** The pages a gate visits: URL paths on the site (with its base path), and where the list came from. */
export interface PageList {
  paths: string[];
  source: 'sitemap' | 'files';
}

/** A URL under the site's base path that no page answers, to reach the 404 page as readers do. */
export const missingPagePath = (base: string) => `${base}this-page-does-not-exist/`;

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1].replaceAll('&amp;', '&'));

/**
 * Every page of a built site: from `sitemap-index.xml` when the build wrote one (the pages search engines
 * are told about), otherwise from the HTML files themselves. The 404 page is never in the list; reach it
 * with `missingPagePath`.
 */
export function sitePages(dir: string, base = '/'): PageList {
  const index = join(dir, 'sitemap-index.xml');
  if (existsSync(index)) {
    const paths = locs(readFileSync(index, 'utf8')).flatMap((sitemapUrl) => {
      const file = join(dir, new URL(sitemapUrl).pathname.slice(base.length));
      if (!existsSync(file)) throw new Error(`sitemap-index.xml lists ${sitemapUrl}, but ${file} was not built`);
      return locs(readFileSync(file, 'utf8')).map((pageUrl) => new URL(pageUrl).pathname);
    });
    return { paths: [...new Set(paths)].sort(), source: 'sitemap' };
  }
  const paths = htmlFiles(dir)
    .filter((file) => file !== '404.html' && !file.startsWith('pagefind/'))
    .map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`);
  return { paths, source: 'files' };
}

/** The built file that answers a URL path, or undefined when none does. */
export function fileForPath(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}.html`, `${relative}/index.html`];
  return candidates.map((candidate) => join(dir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}
