import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, sortProblems, type ContentProblem } from '../../src/lib/contentProblems';
import { checkExperienceFile } from '../../src/lib/experienceChecks';
import { experienceFromAnswers, experienceYaml, firstFreeExperienceFileName, type ExperienceAnswers } from '../../src/lib/experienceFile';
import { experiencesFolder } from '../../src/loaders/contentFiles';
import { displayPath } from '../../src/loaders/contentFile';
import { listContentProblems } from '../../src/loaders/checkContent';
import { knownIds, readChoices } from '../../src/loaders/dataFileChecks';

/** What writing an experience did: the file written, or every problem that kept it from being written. */
export interface WriteOutcome {
  /** The new file, relative to the current folder; absent when nothing was written. */
  file?: string;
  problems: ContentProblem[];
  /** Problems in other files of the content folder, found while checking the new one. */
  elsewhere: ContentProblem[];
}

/**
 * Writes a contributor's answers as a new experience in `<contentDir>/experiences/`, shared by the
 * scaffold and the issue importer. The file is checked before it is written (the same checks as
 * `npm run validate`), never overwrites another (`wx`), and is checked again with the whole content
 * folder afterwards (duplicates); if that finds a problem in it, it is removed again. `dryRun` only checks.
 */
export function writeExperience(answers: ExperienceAnswers, contentDir: string, options: { dryRun?: boolean } = {}): WriteOutcome {
  const folder = join(contentDir, experiencesFolder);
  const fields = experienceFromAnswers(
    answers,
    readChoices(contentDir).categories.map((category) => category.id),
  );
  const text = experienceYaml(fields);
  const bytes = new TextEncoder().encode(text);
  const name = () =>
    firstFreeExperienceFileName(String(fields.date ?? ''), String(fields.role ?? ''), (candidate) => existsSync(join(folder, candidate)));
  const before = checkExperienceFile(displayPath(join(folder, name())), bytes, knownIds(contentDir));
  if (before.problems.length || options.dryRun) return { problems: before.problems, elsewhere: [] };

  mkdirSync(folder, { recursive: true });
  let path = join(folder, name());
  for (;;) {
    try {
      writeFileSync(path, text, { flag: 'wx' });
      break;
    } catch (error) {
      // Another process took the name between the look and the write: take the next one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      path = join(folder, name());
    }
  }
  const file = displayPath(path);
  const all = listContentProblems(contentDir);
  const concernsNewFile = (problem: ContentProblem) => problem.file === file || problem.message.includes(file);
  // A duplicate is reported on the later file name; when that is the other file, say it of the new one.
  const mine = all
    .filter(concernsNewFile)
    .map((problem) => (problem.file === file ? problem : { file, message: problem.message.replace(file, problem.file) }));
  if (mine.length) {
    unlinkSync(path);
    return { problems: mine, elsewhere: all.filter((problem) => !concernsNewFile(problem)) };
  }
  return { file, problems: [], elsewhere: all };
}

/** Tells the contributor where the file is and what to do next. */
export function printNextSteps(outcome: WriteOutcome) {
  const id = outcome
    .file!.split('/')
    .pop()!
    .replace(/\.yaml$/, '');
  console.log(`\nWrote ${outcome.file}; it passes every check.

Next steps:
  1. Read the file once more: everything in it will be public. Edit it freely; npm run validate checks it again.
  2. See it on the site: npm run dev, then open http://localhost:4321/experiences/${id}/
  3. Commit it on a new branch and open a pull request (CONTRIBUTING.md explains how, and how to stay anonymous).`);
  if (outcome.elsewhere.length) {
    console.log(`\nOther content files have problems (not caused by yours):\n${sortProblems(outcome.elsewhere).map(formatProblem).join('\n')}`);
  }
}
