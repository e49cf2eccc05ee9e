import { experienceChoices, type Choice } from '../../src/lib/experienceChoices';
import type { ExperienceAnswers } from '../../src/lib/experienceFile';

export type { Choice };

/** One question of the scaffold: its field, its flag and how it is asked. */
export interface FieldQuestion {
  key: keyof ExperienceAnswers;
  flag: string;
  prompt: string;
  required: boolean;
  /** Allowed values: the answer may be the value, its label or its number in the list. */
  choices?: Choice[];
  /** Several lines, ended by an empty line (`list`) or by a line holding a single dot (`text`). */
  lines?: 'list' | 'text';
}

/** The scaffold's questions in the order of an experience file; departments and categories come from content. */
export function fieldQuestions(departments: Choice[], categories: Choice[]): FieldQuestion[] {
  return [
    { key: 'role', flag: 'role', prompt: 'Role you applied for (job title, e.g. "Software Engineer")', required: true },
    { key: 'department', flag: 'department', prompt: 'Department', required: true, choices: departments },
    { key: 'level', flag: 'level', prompt: 'Level of the role', required: true, choices: experienceChoices.level },
    { key: 'appliedVia', flag: 'applied-via', prompt: 'How you applied', required: true, choices: experienceChoices.appliedVia },
    { key: 'difficulty', flag: 'difficulty', prompt: 'How hard it felt (Enter to skip)', required: false, choices: experienceChoices.difficulty },
    { key: 'result', flag: 'result', prompt: 'How it ended (Enter to skip)', required: false, choices: experienceChoices.result },
    { key: 'rounds', flag: 'rounds', prompt: 'Number of interview rounds (1 to 15)', required: true },
    {
      key: 'timeline',
      flag: 'round',
      prompt: 'The rounds in order, one per line as "name - notes" (notes optional); an empty line finishes, or skips',
      required: false,
      lines: 'list',
    },
    {
      key: 'questions',
      flag: 'question',
      prompt: `Questions you were asked, one per line; start a line with a category and a colon to file it (${categories.map((category) => category.value).join(', ')}), e.g. "coding: Reverse a linked list"; an empty line finishes`,
      required: false,
      lines: 'list',
    },
    { key: 'advice', flag: 'advice', prompt: 'Your advice for the next candidate, one paragraph (Enter to skip)', required: false },
    {
      key: 'story',
      flag: 'story',
      prompt: 'Your story, in Markdown; several lines and paragraphs are fine. Finish with a line holding only "."',
      required: true,
      lines: 'text',
    },
    { key: 'name', flag: 'name', prompt: 'Name to show with your experience (Enter to stay anonymous)', required: false },
    { key: 'date', flag: 'date', prompt: 'Date of the interview, YYYY-MM-DD', required: true },
  ];
}

/** The choices as a numbered list for a prompt. */
export function choiceList(choices: Choice[]): string {
  return choices
    .map(
      (choice, index) =>
        `  ${String(index + 1).padStart(2)}. ${choice.value}${choice.label.toLowerCase() === choice.value ? '' : `  (${choice.label})`}`,
    )
    .join('\n');
}

/** Today as YYYY-MM-DD in the contributor's time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
