import { experienceFields, fieldKeys, type AnyFieldTable, type ExperienceKey } from './experienceFields';

/** A value a field may take, with the words shown for it. */
export interface Choice {
  value: string;
  label: string;
}

/** The choices of a table's `choices` (value → words), in their order. */
export function choicesFrom(labels: Record<string, string>): Choice[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The fixed choices of every field of a table that has them, as the scaffold lists them and the issue form's dropdowns show them. */
export function tableChoices<T extends AnyFieldTable>(table: T): Partial<Record<keyof T & string, Choice[]>> {
  const choices: Partial<Record<keyof T & string, Choice[]>> = {};
  for (const key of fieldKeys(table)) {
    const labels = table[key].choices;
    if (labels) choices[key] = choicesFrom(labels);
  }
  return choices;
}

/** The fixed choices of an experience, from the table of fields (`experienceFields.ts`). */
export const experienceChoices: Partial<Record<ExperienceKey, Choice[]>> = tableChoices(experienceFields);

/** The value of a choice typed as its value, its label or its number in the list; anything else is returned as typed, for the check to report. */
export function resolveChoice(answer: string, choices: readonly Choice[]): string {
  const typed = answer.trim();
  const number = /^\d+$/.test(typed) ? Number(typed) : 0;
  if (number >= 1 && number <= choices.length) return choices[number - 1].value;
  const lower = typed.toLowerCase();
  return choices.find((choice) => choice.value === lower || choice.label.toLowerCase() === lower)?.value ?? typed;
}
