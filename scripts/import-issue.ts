/**
 * `npm run import:issue -- <issue-body-file>`: turns a submitted "Share your interview experience" issue
 * form into a checked experience file in content/experiences/, or prints every problem and exits 1.
 * Save an issue's body with e.g. `gh issue view 12 --json body --jq .body > issue.md`; `-` reads standard input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, sortProblems } from '../src/lib/contentProblems';
import { answersFromIssue, issueProblem } from '../src/lib/issueForm';
import { displayPath } from '../src/loaders/contentFile';
import { readChoices, readCompany } from '../src/loaders/dataFileChecks';
import { printNextSteps, writeExperience } from './lib/writeExperience';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'content-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});

if (flags.help || positionals.length !== 1) {
  console.log(`Usage: npm run import:issue -- <issue-body-file> [--content-dir <folder>]

Reads the body of an issue made with .github/ISSUE_TEMPLATE/share-experience.yml ("-" reads standard
input) and writes content/experiences/<date>-<role>-<n>.yaml after the same checks as npm run validate.
Get a body with: gh issue view <number> --json body --jq .body > issue.md`);
  process.exit(flags.help ? 0 : 2);
}

const [source] = positionals;
const contentDir = flags['content-dir'] ?? process.env.CONTENT_DIR ?? 'content';
const body = readFileSync(source === '-' ? 0 : source, 'utf8');
const departments = readChoices(contentDir).departments.map((department) => ({ value: department.id, label: department.name }));
// The checklist's last box grants the content licence company.yaml names, so the form is read against it.
const company = readCompany(contentDir);
if (!company) {
  console.error(
    `Nothing was written: ${displayPath(join(contentDir, 'company.yaml'))} has problems, so the content licence the form grants is unknown. Run npm run validate and fix it first.`,
  );
  process.exit(1);
}
const shown = source === '-' ? 'issue body' : displayPath(source);
const { answers, problems } = answersFromIssue(body, shown, { departments, contentLicense: company.contentLicense.name });

// A broken form is reported together with what the answers themselves would get, so one pass shows
// everything; a field the form already reported is not reported twice.
const outcome = writeExperience(answers, contentDir, { dryRun: problems.length > 0 });
const reported = new Set(problems.map((problem) => problem.field));
const all = [...problems, ...outcome.problems.map((problem) => issueProblem(problem, shown)).filter((problem) => !reported.has(problem.field))];
if (all.length || !outcome.file) {
  console.error(
    `Nothing was written; ${all.length} problem${all.length === 1 ? '' : 's'} to fix in the issue (or ask its author to):\n${sortProblems(all).map(formatProblem).join('\n')}`,
  );
  process.exit(1);
}
printNextSteps(outcome);
console.log(`\nCredit: mention the issue in the pull request ("Closes #<number>") so its author sees it published.`);
