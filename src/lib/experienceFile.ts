import { stringify } from 'yaml';
import { experienceSchema } from '../schemas/experience';
import { slugify } from './slugs';

/**
 * Writing an experience file from a contributor's answers (the scaffold's prompts or an issue form's
 * sections): the answers as plain strings become the fields of the schema, and the fields become YAML in
 * the schema's order, headed by the line that lets editors check the file as it is typed.
 */

/** The first line of every experience file: editors with the YAML language server check the file against the schema. */
export const experienceSchemaComment = '# yaml-language-server: $schema=../../public/schemas/experience.schema.json';

/** What a contributor typed, field by field, before it is checked. Lists hold one line per item. */
export interface ExperienceAnswers {
  role?: string;
  department?: string;
  level?: string;
  appliedVia?: string;
  difficulty?: string;
  result?: string;
  rounds?: string;
  /** One round per line: its name, optionally followed by " - " and notes. */
  timeline?: string[];
  /** One question per line, optionally starting with a category id and a colon: `coding: Reverse a linked list`. */
  questions?: string[];
  advice?: string;
  story?: string;
  /** The name to show; left out, the experience is anonymous. */
  name?: string;
  date?: string;
}

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

/** A question line: a known category id and a colon in front file the question under that category. */
export function questionFromLine(line: string, categories: readonly string[]): { text: string; category?: string } {
  const match = /^([a-z0-9-]+)\s*:\s*(\S[\s\S]*)$/.exec(line.trim());
  if (match && categories.includes(match[1])) return { text: match[2].trim(), category: match[1] };
  return { text: line.trim() };
}

/** A round line: "Technical interview - live coding, 60 minutes" gives a name and notes. */
export function roundFromLine(line: string): { name: string; notes?: string } {
  const [name, ...notes] = line.trim().split(/\s+[-–—]\s+/);
  return notes.length ? { name, notes: notes.join(' - ') } : { name };
}

/** The experience fields from a contributor's answers; empty answers are left out, so optional fields stay absent. */
export function experienceFromAnswers(answers: ExperienceAnswers, categories: readonly string[]): Record<string, unknown> {
  const lines = (items: string[] | undefined) =>
    (items ?? [])
      .flatMap((item) => item.split(/\r?\n/))
      .map((item) => item.trim())
      .filter(Boolean);
  const rounds = clean(answers.rounds);
  const timeline = lines(answers.timeline).map(roundFromLine);
  const questions = lines(answers.questions).map((line) => questionFromLine(line, categories));
  const fields: Record<string, unknown> = {
    role: clean(answers.role),
    department: clean(answers.department),
    level: clean(answers.level),
    name: clean(answers.name),
    appliedVia: clean(answers.appliedVia),
    difficulty: clean(answers.difficulty),
    result: clean(answers.result),
    // A number when it is one; anything else is kept as typed, so the check can say what was found.
    rounds: rounds && /^\d+$/.test(rounds) ? Number(rounds) : rounds,
    timeline: timeline.length ? timeline : undefined,
    questions: questions.length ? questions : undefined,
    advice: clean(answers.advice),
    story: clean(answers.story),
    date: clean(answers.date),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
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
