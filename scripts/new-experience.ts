/**
 * `npm run new:experience`: asks for the fields of an interview experience and writes
 * `content/experiences/<date>-<role>-<n>.yaml`, checked like every other content file.
 * Every question has a flag; with all required flags (or --yes) nothing is asked. Run with --help.
 */
import { parseArgs } from 'node:util';
import { agreementProblems, answerProblems } from '../src/lib/answerChecks';
import { formatProblem, sortProblems } from '../src/lib/contentProblems';
import { questionFromLine } from '../src/lib/experienceAnswers';
import { resolveChoice } from '../src/lib/experienceChoices';
import type { ExperienceAnswers } from '../src/lib/experienceFile';
import { lookAlikes, type BankQuestion } from '../src/lib/questionBank';
import { questionBankOfFiles } from '../src/lib/questionNotices';
import { checkContent } from '../src/loaders/checkContent';
import { contentMerges, contentQuestionFiles } from '../src/loaders/contentQuestions';
import { readChoices } from '../src/loaders/dataFileChecks';
import { choiceList, fieldQuestions, scaffoldOptions, today, type FieldQuestion } from './lib/experienceFields';
import { chosenWording, lookAlikeOffer } from './lib/lookAlikeOffer';
import { Prompter } from './lib/prompter';
import { printNextSteps, writeExperience } from './lib/writeExperience';

// One flag per field of the table of fields (src/lib/experienceFields.ts), then the scaffold's own.
const { values: flags } = parseArgs({ options: scaffoldOptions() });

const contentDir = flags['content-dir'] ?? process.env.CONTENT_DIR ?? 'content';
const choices = readChoices(contentDir);
const questions = fieldQuestions({
  departments: choices.departments.map((department) => ({ value: department.id, label: department.name })),
  categories: choices.categories.map((category) => ({ value: category.id, label: category.name })),
});
const categoryIds = choices.categories.map((category) => category.id);

if (flags.help) {
  console.log(`Usage: npm run new:experience [-- <flags>]

Asks for each field not given as a flag, then writes content/experiences/<date>-<role>-<n>.yaml.
With every required flag (marked *), or with --yes, it asks nothing.

${questions.map((question) => `  --${question.flag.padEnd(12)}${question.required && question.key !== 'date' ? '*' : ' '} ${question.prompt}${question.lines === 'list' ? ' (repeat the flag)' : ''}`).join('\n')}
  --anonymous      leave the name out (shown as "Anonymous")
  --yes, -y        ask nothing; fail if a required flag is missing
  --content-dir    the content folder (default: content, or CONTENT_DIR)

The date defaults to today. Allowed values are listed when asked, and in content/departments.yaml,
content/question-categories.yaml and src/schemas/experience.ts.`);
  process.exit(0);
}

/** The answers given as flags, choices turned into their values. */
function answersFromFlags(): ExperienceAnswers {
  const answers: ExperienceAnswers = {};
  for (const question of questions) {
    const value = (flags as Record<string, string | string[] | boolean | undefined>)[question.flag];
    if (value === undefined || typeof value === 'boolean') continue;
    if (Array.isArray(value)) (answers[question.key] as string[]) = value;
    else (answers[question.key] as string) = question.choices ? resolveChoice(value, question.choices) : value;
  }
  return answers;
}

let bank: BankQuestion[] | undefined;
/** The question bank of the content folder, as the site merges it; read once, when questions are first asked. */
const questionBank = () => {
  if (!bank) {
    const report = checkContent(contentDir);
    bank = questionBankOfFiles(contentQuestionFiles(contentDir, report), contentMerges(report));
  }
  return bank;
};

/**
 * A question line as typed, or, when it looks like a question already reported and the contributor agrees,
 * that question's wording (its category, if typed, is kept).
 */
async function offerExistingWording(prompter: Prompter, line: string): Promise<string> {
  const { text, category } = questionFromLine(line, categoryIds);
  const found = lookAlikes(questionBank(), text);
  if (!found.length) return line;
  const offer = lookAlikeOffer(found);
  console.log(offer.lines);
  for (;;) {
    const answer = await prompter.ask(offer.prompt);
    if (answer === undefined) return line;
    const wording = chosenWording(answer, found, offer.defaultYes);
    if (wording === null) {
      console.log(`  Type y to use it, n to keep yours${found.length > 1 ? ', or the number of another' : ''}.`);
      continue;
    }
    if (wording === undefined) return line;
    console.log(`  Using “${wording}”.`);
    return category ? `${category}: ${wording}` : wording;
  }
}

/** Asks one question until the answer passes its checks; undefined when input ends. */
async function ask(prompter: Prompter, question: FieldQuestion, answers: ExperienceAnswers): Promise<string | string[] | undefined> {
  const suffix = question.key === 'date' ? ` [${today()}]` : '';
  const header = `\n${question.prompt}${suffix}${question.choices ? `:\n${choiceList(question.choices)}\n` : ''}`;
  for (;;) {
    let answer: string | string[] | undefined;
    if (question.key === 'questions') {
      process.stdout.write(`${header}\n`);
      // Read the bank while the contributor reads the prompt: the first question typed meanwhile waits in the input.
      questionBank();
      answer = await prompter.askLines(
        '',
        (line) => line.trim() === '',
        (line) => offerExistingWording(prompter, line),
      );
    } else if (question.lines === 'list') answer = await prompter.askLines(`${header}\n`, (line) => line.trim() === '');
    else if (question.lines === 'text') answer = (await prompter.askLines(`${header}\n`, (line) => line.trim() === '.')).join('\n');
    else answer = await prompter.ask(`${header}${question.choices ? '' : ' '}> `);
    if (answer === undefined) return undefined;
    if (typeof answer === 'string') answer = answer.trim() || (question.key === 'date' ? today() : '');
    if (typeof answer === 'string' && question.choices && answer) answer = resolveChoice(answer, question.choices);
    const empty = Array.isArray(answer) ? answer.length === 0 : answer === '';
    if (empty && question.required) {
      console.log('  This one is required.');
      continue;
    }
    const problems = empty ? [] : problemsOf(question, answer, answers);
    if (!problems.length) return answer;
    for (const problem of problems) console.log(`  ✗ ${problem}`);
  }
}

function problemsOf(question: FieldQuestion, answer: string | string[], answers: ExperienceAnswers): string[] {
  if (question.key === 'department' && typeof answer === 'string' && !choices.departments.some((department) => department.id === answer)) {
    return [`"${answer}" is not one of the departments listed; type its number or id`];
  }
  return [
    ...answerProblems(question.key, answer, categoryIds),
    ...agreementProblems(question.key, { ...answers, [question.key]: answer }, categoryIds),
  ];
}

const answers = answersFromFlags();
const missing = questions.filter((question) => question.required && question.key !== 'date' && answers[question.key] === undefined);
if (missing.length && flags.yes) {
  console.error(`Missing required flags: ${missing.map((question) => `--${question.flag}`).join(', ')} (run with --help for all of them)`);
  process.exit(2);
}
if (missing.length) {
  const prompter = new Prompter();
  console.log('A new interview experience. Everything you type here will be public: leave out anything that identifies you or anyone else.');
  for (const question of questions) {
    if (answers[question.key] !== undefined || (question.key === 'name' && flags.anonymous)) continue;
    const answer = await ask(prompter, question, answers);
    if (answer === undefined) {
      if (!question.required || question.key === 'date') continue;
      console.error(`\nStopped: no answer for ${question.key}.`);
      process.exit(1);
    }
    (answers[question.key] as string | string[]) = answer;
  }
  prompter.close();
}
answers.date ??= today();
if (flags.anonymous) delete answers.name;

const outcome = writeExperience(answers, contentDir);
if (!outcome.file) {
  console.error(`Nothing was written; fix these and run again:\n${sortProblems(outcome.problems).map(formatProblem).join('\n')}`);
  process.exit(1);
}
printNextSteps(outcome);
