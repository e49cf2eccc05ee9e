import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, sortProblems, type ContentProblem } from '../lib/contentProblems';
import type { CheckedProblem } from '../lib/experienceChecks';
import type { Experience } from '../schemas/experience';
import { checkContent, type ContentReport } from './validateContent';

/**
 * The build's side of the one validation: every loader asks for the problems of the whole content
 * folder, so whichever collection loads first fails the build with all of them, and one bad file never
 * hides another. The result is reused while no file has changed (all collections load in one process;
 * in `astro dev` an edit changes a file's size or time and the content is checked again).
 */

let last: { key: string; problems: CheckedProblem[]; readable: ContentReport['readable']; warned: boolean } | undefined;

/** Size and modification time of every file under a folder: changes when any content file does. */
function fingerprint(folder: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stats = statSync(path);
        parts.push(`${path}:${stats.size}:${stats.mtimeMs}`);
      }
    }
  };
  walk(folder);
  return parts.sort().join('\n');
}

/**
 * The content problems that must stop a build. `ALLOW_UNSAFE_CONTENT=1` lets text that fails only the
 * privacy and safety rules through (logged as a warning): it exists for the tests that prove the pages
 * render hostile text inertly even if such text got past the checks. Never set it for a real build.
 */
export function enforcedContentProblems(root: string, warn: (message: string) => void = console.warn): ContentProblem[] {
  const key = fingerprint(root);
  if (last?.key !== key) {
    const report = checkContent(root);
    last = { key, problems: sortProblems(report.problems), readable: report.readable, warned: false };
  }
  if (process.env.ALLOW_UNSAFE_CONTENT !== '1') return last.problems;
  const allowed = last.problems.filter((problem) => problem.rule);
  if (allowed.length && !last.warned) {
    last.warned = true;
    warn(`ALLOW_UNSAFE_CONTENT=1: building despite ${allowed.length} privacy or safety problem(s):\n${sortProblems(allowed).map(formatProblem).join('\n')}`);
  }
  return last.problems.filter((problem) => !problem.rule);
}

/**
 * An experience file as the last validation read it (absolute path), so the loader need not read and
 * parse it again; undefined when the validation did not read it or found its fields wrong.
 */
export function validatedExperience(path: string): Experience | undefined {
  return last?.readable.get(path);
}
