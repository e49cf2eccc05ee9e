/**
 * Serves a built site the way a static host does, on 127.0.0.1 and a free port:
 * `/guide/` answers `guide/index.html`, a miss answers `404.html` with status 404, the site can live
 * under a base path, and (optionally) the headers in the site's `_headers` file are sent.
 *
 *   const site = await serveSite(dir, { base: '/guide-base/', headers: true });
 *   await page.goto(`${site.url}faq/`);   // site.url ends with the base, e.g. http://127.0.0.1:41234/guide-base/
 *   await site.close();
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
  /** The path the site lives under, as built with SITE_BASE (default `/`). */
  base?: string;
  /** Send the headers listed in `<dir>/_headers` (Netlify and Cloudflare Pages format), as those hosts would. */
  headers?: boolean;
}

export interface ServedSite {
  /** The site's address, ending with its base path and a slash. */
  url: string;
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** One block of a `_headers` file: a path pattern (`*` matches anything) and the headers for it. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads the `_headers` format: an unindented path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const separator = raw.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || separator < 0) throw new Error(`_headers: "${raw.trim()}" is not "Name: value" under a path line`);
    rule.headers.push([raw.slice(0, separator).trim(), raw.slice(separator + 1).trim()]);
  }
  return rules;
}

/** The headers that apply to a request path; later rules add to earlier ones, as on Netlify. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}

/** Serves `dir` until `close()` is called. */
export async function serveSite(dir: string, options: ServeOptions = {}): Promise<ServedSite> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const headersFile = join(dir, '_headers');
  const rules = options.headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'], dotfiles: false });

  const notFound = (res: ServerResponse) => {
    const page = join(dir, '404.html');
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    const inside = `${path}/`.startsWith(base) ? path.slice(base.length - 1) || '/' : undefined;
    if (inside === undefined) return notFound(res);
    req.url = `${inside}${req.url?.slice(path.length) ?? ''}`;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
