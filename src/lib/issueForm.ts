import type { ContentProblem } from './contentProblems';
import { experienceChoices, resolveChoice, type Choice } from './experienceChoices';
import type { ExperienceAnswers } from './experienceFile';

/**
 * Reading a submitted "Share your interview experience" issue form
 * (`.github/ISSUE_TEMPLATE/share-experience.yml`). GitHub writes the form as Markdown: each field is a
 * `### Label` heading followed by the answer, `_No response_` for an empty one and `- [X] …` lines for
 * ticked boxes. The labels here and in the template must stay the same; a unit test holds them together.
 */

/** The heading of each field in the issue body. */
export const issueFormLabels: Record<keyof ExperienceAnswers, string> = {
  role: 'Role',
  department: 'Department',
  level: 'Level',
  appliedVia: 'How you applied',
  difficulty: 'Difficulty',
  result: 'Result',
  rounds: 'Number of rounds',
  timeline: 'Rounds in order',
  questions: 'Questions you were asked',
  advice: 'Advice for the next candidate',
  story: 'Your story',
  name: 'Name to show',
  date: 'Date of the interview',
};

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
export function issueProblem(problem: ContentProblem, file: string): ContentProblem {
  const top = problem.field?.split(/[.[]/)[0] as keyof ExperienceAnswers | undefined;
  const label = top && issueFormLabels[top];
  const field = label ? (problem.field === top ? label : `${label} (${problem.field})`) : problem.field;
  return { file, field, message: problem.message };
}

/** Fields whose answer is several lines, one item each. */
const listFields = new Set<keyof ExperienceAnswers>(['timeline', 'questions']);

/** The form's own headings, in the form's order. */
const formHeadings = [...Object.values(issueFormLabels), issueFormConsent.label];

/**
 * The answer under each `### Label` heading; an empty answer is an empty string. Only the form's own
 * headings split the body, and only in the form's order (GitHub always writes them so), so a story with
 * its own `### Heading` (even one named like an earlier field) stays whole. A leading byte-order mark and
 * Windows or old Mac line endings are accepted, as a body saved by an editor may have them.
 */
export function issueSections(body: string): Map<string, string> {
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

/**
 * The answers of a submitted form, ready for the same checks as the scaffold's. Dropdown labels become
 * their values; a missing section or an unticked box (the licence's included) is a problem naming the issue file.
 */
export function answersFromIssue(
  body: string,
  file: string,
  { departments, contentLicense }: IssueFormContext,
): { answers: ExperienceAnswers; problems: ContentProblem[] } {
  const sections = issueSections(body);
  const problems: ContentProblem[] = [];
  const answers: ExperienceAnswers = {};
  const choices: Partial<Record<keyof ExperienceAnswers, readonly Choice[]>> = { ...experienceChoices, department: departments };
  for (const [key, label] of Object.entries(issueFormLabels) as [keyof ExperienceAnswers, string][]) {
    const value = sections.get(label);
    if (value === undefined) {
      problems.push({
        file,
        field: label,
        message: `the issue has no "### ${label}" section; was it made with the "Share your interview experience" form? Add the section or make the issue with the form`,
      });
      continue;
    }
    // An optional dropdown left alone reads "None".
    if (!value || (choices[key] && value === 'None')) continue;
    const options = choices[key];
    if (listFields.has(key)) (answers[key] as string[]) = value.split('\n').map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    else (answers[key] as string) = options ? resolveChoice(value, options) : value;
    if (options && !options.some((option) => option.value === answers[key])) {
      problems.push({
        file,
        field: label,
        message: `"${value}" is not one of the options (${options.map((option) => option.label).join(', ')}); pick one of them in the form`,
      });
    }
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
  return { answers, problems };
}
