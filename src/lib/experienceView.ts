import { offerResults, type Experience } from '../schemas/experience';
import { experienceFields, showField, type ExperienceKey, type FieldContext } from './experienceFields';
import { NOT_REPORTED } from './labels';

/**
 * An experience as readers see it, from the table of fields (`experienceFields.ts`): every page, card,
 * filter, feed and export takes its labels from here, with "Not reported" for a value the candidate left
 * out, and never a guess.
 */

/** One fact of an experience as a page lists it. */
export interface ExperienceFact {
  key: ExperienceKey;
  label: string;
  /** The value's words, or "Not reported". */
  text: string;
  /** False when the candidate left the value out. */
  reported: boolean;
}

/** The facts an experience page lists at its top, in this order. */
export const factKeys = [
  'name',
  'department',
  'level',
  'appliedVia',
  'difficulty',
  'result',
  'offer',
  'sentiment',
  'duration',
  'location',
  'format',
  'rounds',
  'date',
] as const satisfies readonly ExperienceKey[];

/**
 * Whether a fact concerns an experience: how an offer went does not, once the result says there was none
 * (rejected, withdrew, pending). Left out then, rather than "Not reported".
 */
export function factApplies(key: ExperienceKey, experience: Experience): boolean {
  return key !== 'offer' || experience.result === undefined || (offerResults as readonly string[]).includes(experience.result);
}

/** The listed facts of an experience that concern it, each with its label and words, or "Not reported". */
export function experienceFacts(experience: Experience, context: FieldContext, keys: readonly ExperienceKey[] = factKeys): ExperienceFact[] {
  return keys
    .filter((key) => factApplies(key, experience))
    .map((key) => {
      const shown = showField(key, experience, context);
      return { key, label: experienceFields[key].label, text: shown ?? NOT_REPORTED, reported: shown !== undefined };
    });
}

/** The facets an experience is filtered by, each with its label. */
export const experienceFacetNames = {
  department: experienceFields.department.label,
  level: experienceFields.level.label,
  difficulty: experienceFields.difficulty.label,
  result: experienceFields.result.label,
  sentiment: experienceFields.sentiment.label,
  format: experienceFields.format.label,
  via: experienceFields.appliedVia.label,
} as const;

export type ExperienceFacet = keyof typeof experienceFacetNames;

/** An experience's value of every facet, as shown and filtered; "Not reported" for a value left out. */
export function experienceFacets(experience: Experience, departmentName: string): Record<ExperienceFacet, string> {
  const show = (key: ExperienceKey) => showField(key, experience, { departmentName }) ?? NOT_REPORTED;
  return {
    department: departmentName,
    level: show('level'),
    difficulty: show('difficulty'),
    result: show('result'),
    sentiment: show('sentiment'),
    format: show('format'),
    via: show('appliedVia'),
  };
}
