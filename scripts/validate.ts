/**
 * `npm run validate`: checks all of content/ without building, the same checks the build runs:
 * YAML, schemas, references between files, likely duplicates, and the privacy and safety rules for
 * experiences. Prints every problem as `file:line:column field: message` and exits 1, or one OK line.
 * In GitHub Actions (or with `--format github`) every problem is an `::error` workflow command instead, so it
 * shows on the changed line of the pull request; when GITHUB_STEP_SUMMARY names a file, a Markdown table of the
 * problems is appended to it as the job summary.
 *
 * It also prints notices, which fail nothing: each question that looks like a question another file reports
 * (src/lib/questionNotices.ts), with that question's wording. At most `noticeLimits` of them, those of the files
 * changed last first; `--all-notices` prints every one.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, sortProblems, type ContentProblem } from '../src/lib/contentProblems';
import { githubAnnotation, markdownNoticeSummary, markdownSummary, reportFormat, type ReportFormat } from '../src/lib/problemReport';
import { limitNotices, noticeLimits, questionNotices } from '../src/lib/questionNotices';
import { checkContent } from '../src/loaders/checkContent';
import { contentMerges, contentQuestionFiles } from '../src/loaders/contentQuestions';

const { values: flags } = parseArgs({
  options: { 'content-dir': { type: 'string' }, format: { type: 'string' }, 'all-notices': { type: 'boolean' } },
});
let format: ReportFormat;
try {
  format = reportFormat(flags.format, process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const contentDir = flags['content-dir'] ?? process.env.CONTENT_DIR ?? 'content';
if (!existsSync(contentDir)) {
  console.error(`${contentDir}: no such folder; run this from the project's root folder, or pass --content-dir`);
  process.exit(2);
}

// Problems name files relative to the current folder; GitHub places annotations by path from the repository
// root, which is GITHUB_WORKSPACE in Actions (and the current folder when validate runs from the root).
const root = process.env.GITHUB_WORKSPACE || process.cwd();
const repositoryPath = (problem: ContentProblem) => {
  const path = relative(root, resolve(problem.file)).split('\\').join('/');
  return path === '..' || path.startsWith('../') || isAbsolute(path) ? problem.file : path;
};

const report = checkContent(contentDir);
const { problems, checked } = report;
const summary = `${[
  `${checked.dataFiles} data files`,
  ...checked.dataFolders.map((folder) => `${folder.files} ${folder.label}`),
  `${checked.guideSections} guide sections`,
].join(', ')} and ${checked.experiences} experiences`;
const sorted = sortProblems(problems);

const questionFiles = contentQuestionFiles(contentDir, report);
const modified = new Map(questionFiles.map((file) => [file.file, file.modified]));
const notices = limitNotices(
  questionNotices(questionFiles, contentMerges(report)),
  flags['all-notices'] ? { perFile: Infinity, total: Infinity } : noticeLimits,
  (file) => modified.get(file) ?? 0,
);

if (process.env.GITHUB_STEP_SUMMARY) {
  appendFileSync(
    process.env.GITHUB_STEP_SUMMARY,
    markdownSummary({ problems: sorted, checked: summary, path: repositoryPath }) +
      markdownNoticeSummary({ notices: notices.shown, hidden: notices.hidden, path: repositoryPath }),
  );
}
if (notices.shown.length) {
  const count = notices.shown.length + notices.hidden;
  if (format === 'github') console.log(notices.shown.map((notice) => githubAnnotation(notice, repositoryPath(notice), 'notice')).join('\n'));
  else console.log(notices.shown.map(formatProblem).join('\n'));
  const more = notices.hidden
    ? ` ${notices.hidden} more in ${notices.hiddenFiles} file${notices.hiddenFiles === 1 ? '' : 's'} are not shown; npm run validate -- --all-notices prints them all.`
    : '';
  console.log(
    `\n${count === 1 ? '1 question looks' : `${count} questions look`} like a question another file reports: a notice, not an error. If you mean the same question, use the other wording (CONTRIBUTING.md, "Questions that look like others").${more}\n`,
  );
}
if (problems.length) {
  const files = new Set(problems.map((problem) => problem.file)).size;
  // Workflow commands are read from standard output, one per line.
  if (format === 'github') console.log(sorted.map((problem) => githubAnnotation(problem, repositoryPath(problem))).join('\n'));
  else console.error(sorted.map(formatProblem).join('\n'));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (checked ${summary}). Fix them and run npm run validate again; CONTRIBUTING.md explains each rule.`,
  );
  process.exit(1);
}
console.log(`Content OK: ${summary} checked.`);
