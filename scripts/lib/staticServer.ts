/**
 * Serves a built site the way a static host does, on 127.0.0.1 and a free port: `/guide/` answers
 * `guide/index.html`, `/guide` answers `guide.html` or `guide/index.html`, a miss answers `404.html` with
 * status 404, and the site can live under a base path. On request it also sends the headers of the site's
 * `_headers` file and gzips text (level 9, as the page-weight budgets count) for clients that accept it;
 * Pagefind's own files are already compressed and go as they are, as hosts do for binary types.
 * It counts every byte it writes, headers included, and lists every request: the benchmark and the
 * first-search budget measure downloads with it, and the browser tests serve their builds with it.
 * Files are read on each request, so a test can swap the folder's files for another build, as a deploy does.
 *
 *   const site = await serveSite(dir, { base: '/guide-base/', headers: true, gzip: true });
 *   await page.goto(`${site.url}faq/`);   // site.url ends with the base, e.g. http://127.0.0.1:41234/guide-base/
 *   const transferred = site.bytesSent();
 *   await site.close();
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headersFile';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.txt', '.csv', '.svg']);

export interface ServeOptions {
  /** The path the site lives under, as built with SITE_BASE (default `/`). */
  base?: string;
  /** Send the headers listed in `<dir>/_headers`, as Netlify and Cloudflare Pages would. */
  headers?: boolean;
  /** Gzip text for clients that accept it, as a compressing host does. */
  gzip?: boolean;
  /** The port to listen on (default: any free one). */
  port?: number;
  /** The host name the address is given with (default 127.0.0.1; it always listens on 127.0.0.1). */
  host?: string;
}

export interface ServedRequest {
  path: string;
  status: number;
  /** Body bytes as sent (compressed when the response was). */
  bodyBytes: number;
}

export interface ServedSite {
  /** The site's address, ending with its base path and a slash. */
  url: string;
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Every byte written to any connection so far (status lines, headers and bodies). */
  bytesSent(): number;
  /** Every request answered so far, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** `/guide-base` or `guide-base/` → `/guide-base/`; nothing → `/`. */
const normaliseBase = (base = '/') => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * The file a path inside the site names, as a static host resolves it; never a dotfile, never outside `dir`.
 * `/a/` → `a/index.html`; `/a` → `a`, `a.html` or `a/index.html`.
 */
function fileFor(dir: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  if (clean.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, `${clean}.html`, join(clean, 'index.html')];
  return candidates.map((candidate) => join(dir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Serves `dir` until `close()` is called. */
export async function serveSite(dir: string, options: ServeOptions = {}): Promise<ServedSite> {
  const { headers = false, gzip = false, port = 0, host = '127.0.0.1' } = options;
  const base = normaliseBase(options.base);
  const headersFile = join(dir, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  // Gzip at level 9 is slow; a file is compressed once, and again only when a new build replaced it.
  const compressed = new Map<string, { stamp: string; body: Buffer }>();
  const requests: ServedRequest[] = [];
  const sockets = new Set<Socket>();
  let closedBytes = 0;

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    const inside = `${path}/`.startsWith(base) ? path.slice(base.length - 1) || '/' : undefined;
    const found = inside === undefined ? undefined : fileFor(dir, inside);
    const file = found ?? join(dir, '404.html');
    res.statusCode = found ? 200 : 404;
    const extension = extname(file);
    res.setHeader('Content-Type', types[extension] ?? 'application/octet-stream');
    let body: Buffer = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    if (gzip && compressible.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const { mtimeMs, size } = existsSync(file) ? statSync(file) : { mtimeMs: 0, size: body.length };
      const stamp = `${mtimeMs}:${size}`;
      let packed = compressed.get(file);
      if (packed?.stamp !== stamp) compressed.set(file, (packed = { stamp, body: gzipSync(body, { level: 9 }) }));
      body = packed.body;
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.setHeader('Content-Length', body.length);
    requests.push({ path, status: res.statusCode, bodyBytes: body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(answer);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${base}`,
    origin,
    bytesSent: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
