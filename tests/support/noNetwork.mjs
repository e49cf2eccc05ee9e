/**
 * A Node preload that refuses every outbound connection to anything but this machine, for proving a
 * build makes no network requests. Load it into every Node process of a build with
 *   NODE_OPTIONS="--import <file URL of this file>"  NO_NETWORK_LOG=<file>
 * Each refused connection is appended to NO_NETWORK_LOG (so a caller that swallows the error is still
 * caught) and fails with an error; each guarded process appends its pid to NO_NETWORK_LOG.guarded. fetch, http(s), tls and net all connect through net.Socket, so
 * patching its connect covers them. Native binaries started by the build (esbuild, Pagefind) are not
 * Node and are not covered; they read and write local files only.
 */
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.NO_NETWORK_LOG;
// Proof the guard was there: each guarded process leaves its pid, so an empty log cannot mean "not loaded".
if (log) appendFileSync(`${log}.guarded`, `${process.pid}\n`);
const loopback = (host) => host === 'localhost' || host === '::1' || /^127\./.test(host) || host === '::ffff:127.0.0.1';

/** The host a Socket#connect call is aimed at, or undefined for a local (Unix socket or pipe) path. */
function target(args) {
  let first = args[0];
  if (Array.isArray(first)) first = first[0]; // net.connect() passes its normalised arguments as one array
  if (typeof first === 'string' && Number.isNaN(Number(first))) return undefined; // a socket path
  if (first && typeof first === 'object') {
    if (first.path) return undefined;
    return { host: first.host ?? 'localhost', port: first.port };
  }
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const to = target(args);
  if (!to || loopback(String(to.host))) return connect.apply(this, args);
  const message = `network request during the build: ${to.host}:${to.port} (pid ${process.pid}, ${process.argv.slice(1).join(' ')})`;
  if (log) appendFileSync(log, `${message}\n`);
  process.nextTick(() => this.destroy(new Error(message)));
  return this;
};
