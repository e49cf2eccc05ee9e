/**
 * A static server for measuring what a reader downloads: it serves a built site like a static host that
 * compresses text (gzip, level 9, as the page-weight budgets count), sends the `_headers` file's headers,
 * and counts every byte it writes to the network, headers included. Pagefind's own files are already
 * compressed by Pagefind and are sent as they are, as hosts do for binary types.
 *
 *   const site = await serveCompressed(dir);
 *   const before = site.bytesSent();
 *   …load something in the browser…
 *   const transferred = site.bytesSent() - before;
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../tests/support/serve';

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
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.txt', '.csv', '.svg']);

export interface ServedRequest {
  path: string;
  status: number;
  /** Body bytes as sent (compressed when the response was). */
  bodyBytes: number;
}

export interface CompressedSite {
  /** The site's address, ending with a slash. */
  url: string;
  /** Every byte written to any connection so far (status lines, headers and bodies). */
  bytesSent(): number;
  /** Every request answered so far, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** The file a URL path names, as a static host resolves it: `/a/` → `a/index.html`, `/a` → `a.html` or `a/index.html`. */
function fileFor(dir: string, path: string): string | undefined {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, `${clean}.html`, join(clean, 'index.html')];
  return candidates.map((candidate) => join(dir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

export interface ServeOptions {
  /** The port to listen on (default: any free one). */
  port?: number;
  /** The host name the address is given with (default 127.0.0.1; it always listens on 127.0.0.1). */
  host?: string;
}

/** Serves `dir` at the root of a port on 127.0.0.1 until `close()`. */
export async function serveCompressed(dir: string, { port = 0, host = '127.0.0.1' }: ServeOptions = {}): Promise<CompressedSite> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();
  const requests: ServedRequest[] = [];
  const sockets = new Set<Socket>();
  let closedBytes = 0;

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    const found = fileFor(dir, path);
    const file = found ?? join(dir, '404.html');
    res.statusCode = found ? 200 : 404;
    const extension = extname(file);
    res.setHeader('Content-Type', types[extension] ?? 'application/octet-stream');
    let body: Buffer = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    if (compressible.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let packed = compressed.get(file);
      if (!packed) compressed.set(file, (packed = gzipSync(body, { level: 9 })));
      body = packed;
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
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}/`,
    bytesSent: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
