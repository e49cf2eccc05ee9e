/**
 * `npm run validate`: checks all of content/ without building, the same checks the build runs:
 * YAML, schemas, references between files, likely duplicates, and the privacy and safety rules for
 * experiences. Prints every problem as `file:line:column field: message` and exits 1, or one OK line.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, sortProblems } from '../src/lib/contentProblems';
import { checkContent } from '../src/loaders/validateContent';

const { values: flags } = parseArgs({ options: { 'content-dir': { type: 'string' } } });
const contentDir = flags['content-dir'] ?? process.env.CONTENT_DIR ?? 'content';
if (!existsSync(contentDir)) {
  console.error(`${contentDir}: no such folder; run this from the project's root folder, or pass --content-dir`);
  process.exit(2);
}

const { problems, checked } = checkContent(contentDir);
const summary = `${checked.dataFiles} data files, ${checked.guideSections} guide sections and ${checked.experiences} experiences`;
if (problems.length) {
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(sortProblems(problems).map(formatProblem).join('\n'));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (checked ${summary}). Fix them and run npm run validate again; CONTRIBUTING.md explains each rule.`);
  process.exit(1);
}
console.log(`Content OK: ${summary} checked.`);
