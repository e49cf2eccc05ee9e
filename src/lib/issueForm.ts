import { fieldAgreementIssues } from '../schemas/experience';
import type { ContentProblem } from './contentProblems';
import { resolveChoice, tableChoices, type Choice } from './experienceChoices';
import { experienceFields, fieldKeys, type AnyFieldTable, type ExperienceKey } from './experienceFields';
import { experienceFromAnswers, type ExperienceAnswers } from './experienceFile';

/**
 * Reading a submitted "Share your interview experience" issue form
 * (`.github/ISSUE_TEMPLATE/share-experience.yml`). GitHub writes the form as Markdown: each field is a
 * `### Label` heading followed by the answer, `_No response_` for an empty one and `- [X] …` lines for
 * ticked boxes. The headings, list fields and dropdown options come from the table of fields
 * (`experienceFields.ts`); a test holds the template to it.
 */

/** Each field's heading in the issue body, in the form's order. */
export function formLabels<T extends AnyFieldTable>(table: T): Record<keyof T & string, string> {
  return Object.fromEntries(fieldKeys(table).map((key) => [key, table[key].formLabel])) as Record<keyof T & string, string>;
}

/** The heading of each field in the issue body. */
export const issueFormLabels: Record<ExperienceKey, string> = formLabels(experienceFields);

/**
 * The checklist every submitter ticks; each box must be ticked. The last box grants the content licence,
 * named as content names it (`contentLicense` in company.yaml), so the template and the code name the same one.
 */
export const issueFormConsent = {
  label: 'Before you submit',
  options: (contentLicense: string) => [
    'This happened to me: it is my own interview experience',
    'It contains no personal data of anyone else: no names of interviewers, e-mail addresses, phone numbers or profile links',
    'It is accurate to the best of my memory',
    `It may be published under ${contentLicense}, the licence of all content in this guide`,
  ],
};

/**
 * A problem found in the experience made from an issue, said of the issue: the field becomes the form's
 * label (with the field path when it is inside a list), since the file it would have been has no lines yet.
 */
export function issueProblem(problem: ContentProblem, file: string, table: AnyFieldTable = experienceFields): ContentProblem {
  const top = problem.field?.split(/[.[]/)[0];
  const label = top && table[top]?.formLabel;
  const field = label ? (problem.field === top ? label : `${label} (${problem.field})`) : problem.field;
  return { file, field, message: problem.message };
}

/** The form's own headings, in the form's order: the fields', then the checklist's. */
export function issueFormHeadings(table: AnyFieldTable = experienceFields): string[] {
  return [...Object.values(formLabels(table)), issueFormConsent.label];
}

/**
 * The answer under each `### Label` heading; an empty answer is an empty string. Only the form's own
 * headings split the body, and only in the form's order (GitHub always writes them so), so a story with
 * its own `### Heading` (even one named like an earlier field) stays whole. A leading byte-order mark and
 * Windows or old Mac line endings are accepted, as a body saved by an editor may have them.
 */
export function issueSections(body: string, table: AnyFieldTable = experienceFields): Map<string, string> {
  const formHeadings = issueFormHeadings(table);
  const sections = new Map<string, string>();
  let current = -1;
  let lines: string[] = [];
  const close = () => {
    if (current < 0) return;
    const value = lines.join('\n').trim();
    sections.set(formHeadings[current], value === '_No response_' ? '' : value);
  };
  for (const line of body
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')) {
    const heading = /^###[ \t]+(.+?)[ \t]*$/.exec(line)?.[1];
    const index = heading === undefined ? -1 : formHeadings.indexOf(heading);
    if (index > current) {
      close();
      current = index;
      lines = [];
    } else lines.push(line);
  }
  close();
  return sections;
}

/** What the form is read against from content: the departments it offers and the licence its checklist grants. */
export interface IssueFormContext {
  /** The departments of content, as the form's dropdown names them. */
  departments: readonly Choice[];
  /** The content licence's short name, e.g. "CC BY 4.0". */
  contentLicense: string;
}

/** The answers of a form, field by field; read with another table than the experience's, that table's fields. */
export type IssueAnswers = ExperienceAnswers & Partial<Record<string, string | string[]>>;

/**
 * The answers of a submitted form, ready for the same checks as the scaffold's. Dropdown labels become
 * their values. A missing section of a required field, an answer that breaks a rule between fields (an offer
 * without a result with an offer) or an unticked box (the licence's included) is a problem naming the issue file; a missing section of an optional field is read as no answer, so an issue
 * made with an older form, before that field was asked, is still read.
 */
export function answersFromIssue(
  body: string,
  file: string,
  { departments, contentLicense }: IssueFormContext,
  table: AnyFieldTable = experienceFields,
): { answers: IssueAnswers; problems: ContentProblem[] } {
  const sections = issueSections(body, table);
  const problems: ContentProblem[] = [];
  const answers: Partial<Record<string, string | string[]>> = {};
  const choices: Partial<Record<string, readonly Choice[]>> = { ...tableChoices(table), department: departments };
  for (const key of fieldKeys(table)) {
    const { formLabel: label, required, lines } = table[key];
    const value = sections.get(label);
    if (value === undefined) {
      if (required) {
        problems.push({
          file,
          field: label,
          message: `the issue has no "### ${label}" section; was it made with the "Share your interview experience" form? Add the section or make the issue with the form`,
        });
      }
      continue;
    }
    const options = choices[key];
    // An optional dropdown left alone reads "None".
    if (!value || (options && value === 'None')) continue;
    if (lines === 'list') answers[key] = value.split('\n').map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    else answers[key] = options ? resolveChoice(value, options) : value;
    if (options && !options.some((option) => option.value === answers[key])) {
      problems.push({
        file,
        field: label,
        message: `"${value}" is not one of the options (${options.map((option) => option.label).join(', ')}); pick one of them in the form`,
      });
    }
  }
  // The schema checks the rules between fields only once every field is right: said here too, one pass shows everything.
  for (const issue of fieldAgreementIssues(experienceFromAnswers(answers, [], table))) {
    problems.push({ file, field: table[issue.field]?.formLabel ?? issue.field, message: issue.message });
  }
  const ticked = sections.get(issueFormConsent.label) ?? '';
  for (const option of issueFormConsent.options(contentLicense)) {
    const box = ticked.split('\n').find((line) => line.includes(option));
    if (!box || !/^\s*[-*]\s*\[[xX]\]/.test(box)) {
      problems.push({
        file,
        field: issueFormConsent.label,
        message: `the box "${option}" is not ticked; the guide publishes only first-hand, accurate experiences without other people's personal data, under ${contentLicense}. Ask the author to tick it by editing the issue`,
      });
    }
  }
  return { answers: answers as IssueAnswers, problems };
}
