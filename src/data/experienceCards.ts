import { experienceSortKeys, experienceSortOptions, type ExperienceSortKey } from '../lib/experienceCard';
import { experienceFacetNames, experienceFacets, type ExperienceFacet } from '../lib/experienceView';
import { facetCounts } from '../lib/facets';
import { NOT_REPORTED } from '../lib/labels';
import { oncePerBuild } from './oncePerBuild';
import { getExperiences, getNames, type ExperienceEntry } from './queries';

/** An experience as the experience list shows, filters and sorts it: its department's name, its facet values and sort keys. */
export interface ExperienceCardData {
  entry: ExperienceEntry;
  department: string;
  facets: Record<ExperienceFacet, string>;
  sort: Record<ExperienceSortKey, string>;
}

/** Every experience, newest first, with its list facets; made once per build (each page of the list asks). */
export const getExperienceCards = oncePerBuild(async (): Promise<ExperienceCardData[]> => {
  const [experiences, names] = await Promise.all([getExperiences(), getNames()]);
  return experiences.map((entry) => {
    const department = names.department(entry.data.department);
    return { entry, department, facets: experienceFacets(entry.data, department), sort: experienceSortKeys(entry.data) };
  });
});

/** Each list facet's values with how many experiences have them; counted once per build, not per page of the list. */
export const getExperienceFacetCounts = oncePerBuild(async (): Promise<Record<ExperienceFacet, [string, number][]>> => {
  const facets = (await getExperienceCards()).map((card) => card.facets);
  const names = Object.keys(experienceFacetNames) as ExperienceFacet[];
  // "Not reported" is offered last: it is not a value, only a way to find what is missing.
  const notReportedLast = (options: [string, number][]) => [
    ...options.filter(([value]) => value !== NOT_REPORTED),
    ...options.filter(([value]) => value === NOT_REPORTED),
  ];
  return Object.fromEntries(names.map((name) => [name, notReportedLast(facetCounts(facets, name))])) as Record<ExperienceFacet, [string, number][]>;
});

/** The orders the list offers for these experiences; worked out once per build, not on every page of the list. */
export const getExperienceSortOptions = oncePerBuild(async () => experienceSortOptions((await getExperiences()).map((entry) => entry.data)));
