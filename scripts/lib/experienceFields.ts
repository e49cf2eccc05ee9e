import { tableChoices, type Choice } from '../../src/lib/experienceChoices';
import { experienceFields, fieldKeys, type AnyFieldTable, type ExperienceKey } from '../../src/lib/experienceFields';

export type { Choice };

/** One question of the scaffold: its field, its flag and how it is asked, as the table of fields says. */
export interface FieldQuestion<K extends string = ExperienceKey> {
  key: K;
  flag: string;
  prompt: string;
  required: boolean;
  /** Allowed values: the answer may be the value, its label or its number in the list. */
  choices?: Choice[];
  /** Several lines, ended by an empty line (`list`) or by a line holding a single dot (`text`). */
  lines?: 'list' | 'text';
}

/** What the questions take from content: the departments to choose from and the question categories. */
export interface ContentChoices {
  departments: Choice[];
  categories: Choice[];
}

/**
 * The scaffold's questions, one per field of the table (`src/lib/experienceFields.ts`) in its order. The
 * departments to choose from and the categories a question may be filed under come from content.
 */
export function fieldQuestions<T extends AnyFieldTable = typeof experienceFields>(
  { departments, categories }: ContentChoices,
  table: T = experienceFields as AnyFieldTable as T,
): FieldQuestion<keyof T & string>[] {
  const choices: Partial<Record<string, Choice[]>> = { ...tableChoices(table), department: departments };
  return fieldKeys(table).map((key) => {
    const { flag, prompt, required, lines } = table[key];
    return {
      key,
      flag,
      prompt: key === 'questions' ? `${prompt}; the categories: ${categories.map((category) => category.value).join(', ')}` : prompt,
      required,
      ...(choices[key] ? { choices: choices[key] } : {}),
      ...(lines ? { lines } : {}),
    };
  });
}

/** The scaffold's own flags, besides one per field. */
export const scaffoldFlags = {
  anonymous: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  'content-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options `parseArgs` reads: a flag per field of the table (repeated for a list), then the scaffold's own. */
export function scaffoldOptions(table: AnyFieldTable = experienceFields) {
  const fieldFlags = Object.fromEntries(
    fieldKeys(table).map((key) => [table[key].flag, { type: 'string', multiple: table[key].lines === 'list' } as const]),
  );
  return { ...fieldFlags, ...scaffoldFlags };
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
