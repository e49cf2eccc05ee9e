import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const tmpRoot = resolve(projectRoot, '.tmp');

export interface BuildOptions {
  /** Where the site is written. */
  outDir: string;
  /** Another content folder (default: the real `content/`). */
  contentDir?: string;
  /** A base path such as `/guide/`. */
  base?: string;
  /** Extra environment for the build, e.g. NODE_OPTIONS with a preload. */
  env?: NodeJS.ProcessEnv;
}

/** Runs a real `astro build` with the project's pinned Node; throws with the build's output on failure. */
export function astroBuild({ outDir, contentDir, base, env }: BuildOptions): { output: string } {
  mkdirSync(tmpRoot, { recursive: true });
  // Vitest puts Vite's own variables (BASE_URL=/, MODE=test, DEV=1…) into process.env; a build that inherits
  // them takes BASE_URL over the configured base, so every withBase() link would lose its base path.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)));
  const result = spawnSync(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...inherited,
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      ...(base ? { SITE_BASE: base } : {}),
      ASTRO_CACHE_DIR: resolve(outDir, '..', `${outDir.split('/').pop()}-cache`),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Vitest sets NODE_ENV=test, which would make the build's client code think it runs in development.
      NODE_ENV: 'production',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status}):\n${output.slice(-6000)}`);
  return { output };
}
