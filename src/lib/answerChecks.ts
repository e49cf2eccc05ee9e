import { experienceSchema, fieldAgreementIssues } from '../schemas/experience';
import { checkValue } from './contentProblems';
import { experienceFromAnswers, type ExperienceAnswers } from './experienceFile';
import { findPersonalData } from './personalData';
import { findUnsafeMarkup } from './unsafeMarkup';

/**
 * Checks one answer of the scaffold as soon as it is typed, with the same schema and text rules as the
 * file check, so a contributor fixes a mistake at the prompt instead of after the whole interview.
 */
export function answerProblems(field: keyof ExperienceAnswers, answer: string | string[], categories: readonly string[]): string[] {
  const fields = experienceFromAnswers({ [field]: answer }, categories);
  const value = fields[field];
  if (value === undefined) return [];
  const shape = experienceSchema.shape;
  const { problems } = checkValue(shape[field], value, 'answer');
  const messages = problems.map((problem) => (problem.field ? `${problem.field}: ${problem.message}` : problem.message));
  for (const text of collectStrings(value)) {
    for (const finding of [...findPersonalData(text), ...findUnsafeMarkup(text)]) messages.push(finding.message);
  }
  return [...new Set(messages)];
}

/**
 * Whether an answer agrees with the answers given before it, by the schema's rules between fields (an offer
 * needs a result with an offer, the timeline lists `rounds` rounds): the scaffold asks again at once, rather
 * than failing the whole file at the end.
 */
export function agreementProblems(field: keyof ExperienceAnswers, answers: ExperienceAnswers, categories: readonly string[]): string[] {
  return fieldAgreementIssues(experienceFromAnswers(answers, categories))
    .filter((issue) => issue.field === field)
    .map((issue) => `${field}: ${issue.message}`);
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
