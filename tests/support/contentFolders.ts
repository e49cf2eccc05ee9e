import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { projectRoot, tmpRoot } from './astroBuild';

/**
 * Temporary content folders for the contribution tests: the real data files of `content/` (departments,
 * categories, …) with chosen experiences, so each case is checked exactly as `content/` would be.
 */

export const realContent = resolve(projectRoot, 'content');
export const fixturesRoot = resolve(projectRoot, 'tests/fixtures');

/**
 * A fresh content folder under `.tmp/`: the real data files and guide, and the given experience files or
 * folders. The question notes come only with the real experiences: without them, the notes on their
 * questions would be about questions nobody reports, which validation refuses.
 */
export function contentFolder(name: string, experiences: string[] = [], { withRealExperiences = false } = {}): string {
  const dir = resolve(tmpRoot, 'contribution', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'experiences'), { recursive: true });
  for (const entry of readdirSync(realContent)) {
    if (!['experiences', 'question-notes'].includes(entry) || withRealExperiences)
      cpSync(join(realContent, entry), join(dir, entry), { recursive: true });
  }
  for (const source of experiences) {
    if (statSync(source).isDirectory()) cpSync(source, join(dir, 'experiences'), { recursive: true });
    else cpSync(source, join(dir, 'experiences', source.split('/').pop()!));
  }
  return dir;
}

/** A message as it would read for `content/`: the temporary folder's path replaced by `content`. */
export function asContent(text: string, dir: string): string {
  return text.split(relative(projectRoot, dir)).join('content');
}

/**
 * Runs one of the project's scripts with tsx, from the project root, as `npm run …` does. GitHub Actions' own
 * variables are cleared (validate prints workflow commands and writes a job summary when it sees them, and the
 * tests run in Actions too); `env` sets them for a test that wants them.
 */
export function runScript(script: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [resolve(projectRoot, 'node_modules/tsx/dist/cli.mjs'), resolve(projectRoot, script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    input: input ?? '',
    env: {
      ...process.env,
      CONTENT_DIR: undefined,
      GITHUB_ACTIONS: undefined,
      GITHUB_STEP_SUMMARY: undefined,
      GITHUB_WORKSPACE: undefined,
      NODE_ENV: 'production',
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
