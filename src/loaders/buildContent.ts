import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, sortProblems, type ContentProblem } from '../lib/contentProblems';
import type { CheckedProblem } from '../lib/experienceChecks';
import { checkContent, type ContentReport } from './checkContent';

/**
 * The build's side of the one validation: every loader asks for the problems of the whole content
 * folder, so whichever collection loads first fails the build with all of them, and one bad file never
 * hides another. The report is reused while no file has changed (all collections load in one process;
 * in `astro dev` an edit changes a file's size or time and the content is checked again), and the
 * loaders take their entries from it: no file is read or checked twice.
 */

let last: { key: string; problems: CheckedProblem[]; report: ContentReport; warned: boolean } | undefined;

/** Size and modification time of every entry under a folder (links not followed): changes when any content file does. */
function fingerprint(folder: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stats = lstatSync(path);
        parts.push(`${path}:${stats.size}:${stats.mtimeMs}`);
      }
    }
  };
  walk(folder);
  return parts.sort().join('\n');
}

/** The report of the last validation of `root`, made again when a file has changed. */
export function cachedContentReport(root: string): ContentReport {
  const key = fingerprint(root);
  if (last?.key !== key) {
    const report = checkContent(root);
    last = { key, problems: sortProblems(report.problems), report, warned: false };
  }
  return last.report;
}

/**
 * The validated content and the problems that must stop a build. `ALLOW_UNSAFE_CONTENT=1` lets text that
 * fails only the privacy and safety rules through (logged as a warning): it exists for the tests that
 * prove the pages render hostile text inertly even if such text got past the checks. Never set it for a
 * real build.
 */
export function contentForBuild(root: string, warn: (message: string) => void = console.warn): { problems: ContentProblem[]; report: ContentReport } {
  const report = cachedContentReport(root);
  const state = last!;
  if (process.env.ALLOW_UNSAFE_CONTENT !== '1') return { problems: state.problems, report };
  const allowed = state.problems.filter((problem) => problem.rule);
  if (allowed.length && !state.warned) {
    state.warned = true;
    warn(
      `ALLOW_UNSAFE_CONTENT=1: building despite ${allowed.length} privacy or safety problem(s):\n${sortProblems(allowed).map(formatProblem).join('\n')}`,
    );
  }
  return { problems: state.problems.filter((problem) => !problem.rule), report };
}

/** The content problems that must stop a build (see `contentForBuild`). */
export const problemsStoppingBuild = (root: string, warn?: (message: string) => void) => contentForBuild(root, warn).problems;
