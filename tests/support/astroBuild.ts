import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const tmpRoot = resolve(projectRoot, '.tmp');

export interface BuildOptions {
  /** Where the site is written. */
  outDir: string;
  /** Another content folder (default: the real `content/`). */
  contentDir?: string;
  /** A base path such as `/guide/`. */
  base?: string;
  /** Extra environment for the build, e.g. SITE_URL, or NODE_OPTIONS with a preload. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs a real `astro build` with the project's pinned Node, in a child process so two builds can run side by
 * side; rejects with the end of the build's output when it fails. Its cache sits beside `outDir`, so builds of
 * other content folders never share one.
 */
export function astroBuild({ outDir, contentDir, base, env }: BuildOptions): Promise<{ output: string }> {
  mkdirSync(tmpRoot, { recursive: true });
  // Vitest puts Vite's own variables (BASE_URL=/, MODE=test, DEV=1…) into process.env; a build that inherits
  // them takes BASE_URL over the configured base, so every withBase() link would lose its base path.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)));
  const child = spawn(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: {
      ...inherited,
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      ...(base ? { SITE_BASE: base } : {}),
      ASTRO_CACHE_DIR: resolve(dirname(outDir), `${basename(outDir)}-cache`),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Vitest sets NODE_ENV=test, which would make the build's client code think it runs in development.
      NODE_ENV: 'production',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => {
      if (status === 0) done({ output });
      else fail(new Error(`astro build failed (exit ${status}):\n${output.slice(-6000)}`));
    });
  });
}
