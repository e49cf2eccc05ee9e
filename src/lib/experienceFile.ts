import { stringify } from 'yaml';
import { experienceSchema, type Experience } from '../schemas/experience';
import { choicesFrom, resolveChoice } from './experienceChoices';
import { experienceFields, fieldKeys, type AnyFieldTable, type ExperienceKey } from './experienceFields';
import { slugify } from './slugs';

/**
 * Writing an experience file from a contributor's answers (the scaffold's prompts or an issue form's
 * sections): the answers as plain strings become the fields of the schema, and the fields become YAML in
 * the schema's order, headed by the line that lets editors check the file as it is typed.
 */

/** The first line of every experience file: editors with the YAML language server check the file against the schema. */
export const experienceSchemaComment = '# yaml-language-server: $schema=../../public/schemas/experience.schema.json';

/**
 * What a contributor typed, field by field, before it is checked: one line of text for each field, or one
 * line per item for a list (`timeline`: "name - notes"; `questions`: "category: text", the category optional).
 */
export type ExperienceAnswers = { [K in ExperienceKey]?: Experience[K] extends readonly unknown[] | undefined ? string[] : string };

/** `2026-03-01-software-engineer-1.yaml`: the date, the role as a slug and a number that makes the name unique. */
export function experienceFileName(date: string, role: string, number: number): string {
  return `${slugify(date, 20) || 'undated'}-${slugify(role, 40) || 'experience'}-${number}.yaml`;
}

/** The first `<date>-<role>-<n>.yaml` name that is not taken. */
export function firstFreeExperienceFileName(date: string, role: string, taken: (name: string) => boolean): string {
  for (let number = 1; ; number++) {
    const name = experienceFileName(date, role, number);
    if (!taken(name)) return name;
  }
}

const clean = (value: string | undefined) => {
  const trimmed = value?.replace(/\r\n?/g, '\n').trim();
  return trimmed ? trimmed : undefined;
};

/** The items of a list answer: one per line, trimmed, empty lines left out. */
const listItems = (items: readonly string[]) =>
  items
    .flatMap((item) => item.split(/\r?\n/))
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The experience fields from a contributor's answers, each read as its entry in the table of fields says
 * (`experienceFields.ts`): a choice as its value, its words or its number, then `fromAnswer` or `fromLines`.
 * Empty answers are left out, so optional fields stay absent; what cannot be read is kept as typed, for the
 * checks to report.
 */
export function experienceFromAnswers(
  answers: Partial<Record<string, string | readonly string[]>>,
  categories: readonly string[],
  table: AnyFieldTable = experienceFields,
): Record<string, unknown> {
  const context = { categories };
  const fields: Record<string, unknown> = {};
  for (const key of fieldKeys(table)) {
    const field = table[key];
    const answer = answers[key];
    if (field.lines === 'list' || typeof answer === 'object') {
      const lines = listItems(typeof answer === 'string' ? [answer] : (answer ?? []));
      if (lines.length) fields[key] = field.fromLines ? field.fromLines(lines, context) : lines;
      continue;
    }
    const typed = clean(answer);
    if (typed === undefined) continue;
    const chosen = field.choices ? resolveChoice(typed, choicesFrom(field.choices)) : typed;
    fields[key] = field.fromAnswer ? field.fromAnswer(chosen, context) : chosen;
  }
  return fields;
}

/** The YAML text of an experience: the schema line, then the fields in the schema's order, long text as `|` blocks. */
export function experienceYaml(fields: Record<string, unknown>): string {
  const order = Object.keys(experienceSchema.shape);
  const ordered = Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1)),
  );
  return `${experienceSchemaComment}\n${stringify(ordered, { lineWidth: 0 })}`;
}
