import type { Experience } from '../schemas/experience';
import { channelLabels, difficultyLabels, labelOrNotReported, levelLabels, resultLabels } from './labels';

/**
 * An experience as readers see it: the labels every page, card and filter shows for its fields, with
 * "Not reported" for a value the candidate left out.
 */

/** The facets an experience is filtered by, each with its label. */
export const experienceFacetNames = {
  department: 'Department',
  level: 'Level',
  difficulty: 'Difficulty',
  result: 'Result',
  via: 'Applied via',
} as const;

export type ExperienceFacet = keyof typeof experienceFacetNames;

/** An experience's value of every facet, as shown and filtered. */
export function experienceFacets(experience: Experience, departmentName: string): Record<ExperienceFacet, string> {
  return {
    department: departmentName,
    level: levelLabels[experience.level],
    difficulty: labelOrNotReported(difficultyLabels, experience.difficulty),
    result: labelOrNotReported(resultLabels, experience.result),
    via: channelLabels[experience.appliedVia],
  };
}
