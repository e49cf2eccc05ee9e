/**
 * Runs one `astro build` as a child process and measures it: wall time, the peak resident memory of the
 * whole process tree (Astro plus anything it starts, such as Pagefind's indexer), the build log, and
 * the size and file count of what it wrote.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Bytes per memory page, for the RSS field of /proc/<pid>/stat (4 KiB on x86-64 and most arm64 Linux). */
const PAGE_SIZE = 4096;
const POLL_MS = 100;

export interface BuildRun {
  seconds: number;
  /** Highest sum of RSS over the build's process tree seen while polling, in bytes; 0 where /proc is missing. */
  peakRssBytes: number;
  /** Seconds into the build when that peak was seen. */
  peakAtSeconds: number;
  log: string;
}

/** Parent pid and RSS (bytes) of every process, read from /proc. */
function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the numeric fields follow the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** Sum of RSS over `root` and all its descendants. */
export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += table.get(pid)?.rss ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface BuildCommand {
  /** The project folder the build runs in. */
  cwd: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
  /** Print the build's output as it comes. */
  echo?: boolean;
  /** More arguments for `astro build`. */
  args?: string[];
  /** Arguments for Node itself, e.g. `--cpu-prof` (which Node does not accept in NODE_OPTIONS). */
  nodeArgs?: string[];
}

/** Builds with the pinned Node running this script and Astro from `<cwd>/node_modules`. */
export function measureBuild({ cwd, outDir, env = {}, echo = false, args = [], nodeArgs = [] }: BuildCommand): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, resolve(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (chunk: Buffer) => {
    log += chunk.toString();
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakRssBytes = 0;
  let peakAtSeconds = 0;
  const poll = setInterval(() => {
    const rss = child.pid ? treeRss(child.pid) : 0;
    if (rss > peakRssBytes) [peakRssBytes, peakAtSeconds] = [rss, (performance.now() - started) / 1000];
  }, POLL_MS);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) fail(new Error(`astro build in ${cwd} failed (exit ${code}):\n${log.slice(-6000)}`));
      else done({ seconds, peakRssBytes, peakAtSeconds, log });
    });
  });
}

/** Total bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        bytes += statSync(path).size;
        files += 1;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

/** Milliseconds a build log line reports, e.g. "indexed 1030 pages in 8123 ms" → 8123. */
export function loggedMs(log: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(log);
  return match ? Number(match[1]) : undefined;
}

/** Astro's durations: "710ms", "49.16s", "1m 1s" → milliseconds. */
export function astroDuration(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const [, minutes = '0', amount = '0', unit = 's'] = match;
  return Number(minutes) * 60_000 + Number(amount) * (unit === 'ms' ? 1 : 1000);
}

/** The phases Astro's build log times: content sync (with type generation), bundling, and rendering the pages. */
export interface AstroPhases {
  contentMs?: number;
  bundleMs?: number;
  pagesMs?: number;
}

export function astroPhases(log: string): AstroPhases {
  // eslint-disable-next-line no-control-regex -- removing the terminal's colour codes (ESC [ … m)
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const duration = (pattern: RegExp) => {
    const match = pattern.exec(plain);
    return match ? astroDuration(match[1]) : undefined;
  };
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in ((?:\d+m\s*)?[\d.]+m?s)/g)].map((match) => astroDuration(match[1]));
  return {
    contentMs: duration(/\[types\] Generated ((?:\d+m\s*)?[\d.]+m?s)/),
    bundleMs: bundles.length ? bundles.reduce((sum, ms) => sum + ms, 0) : undefined,
    pagesMs: duration(/generating static routes[\s\S]*?✓ Completed in ((?:\d+m\s*)?[\d.]+m?s)/),
  };
}

/** Pages of one kind Astro's log lists ("├─ /questions/x/index.html (+3ms)"), and the milliseconds it gives them in all. */
export function routeRendering(log: string, route: RegExp): { pages: number; ms: number } {
  // eslint-disable-next-line no-control-regex -- removing the terminal's colour codes (ESC [ … m)
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  let pages = 0;
  let ms = 0;
  for (const [, path, taken] of plain.matchAll(/[├└]─ (\/\S+) \(\+(\d+)ms\)/g)) {
    if (!route.test(path)) continue;
    pages += 1;
    ms += Number(taken);
  }
  return { pages, ms };
}
