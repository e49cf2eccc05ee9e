import { channelLabels, difficultyLabels, levelLabels, resultLabels } from './labels';

/** A value a field may take, with the words shown for it. */
export interface Choice {
  value: string;
  label: string;
}

const fromLabels = (labels: Record<string, string>): Choice[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The fixed choices of an experience, as the scaffold lists them and the issue form's dropdowns show them. */
export const experienceChoices = {
  level: fromLabels(levelLabels),
  appliedVia: fromLabels(channelLabels),
  difficulty: fromLabels(difficultyLabels),
  result: fromLabels(resultLabels),
};

/** The value of a choice typed as its value, its label or its number in the list; anything else is returned as typed, for the check to report. */
export function resolveChoice(answer: string, choices: readonly Choice[]): string {
  const typed = answer.trim();
  const number = /^\d+$/.test(typed) ? Number(typed) : 0;
  if (number >= 1 && number <= choices.length) return choices[number - 1].value;
  const lower = typed.toLowerCase();
  return choices.find((choice) => choice.value === lower || choice.label.toLowerCase() === lower)?.value ?? typed;
}
