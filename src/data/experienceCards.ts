import { experienceFacetNames, experienceFacets, type ExperienceFacet } from '../lib/experienceView';
import { facetCounts } from '../lib/facets';
import { oncePerBuild } from './oncePerBuild';
import { getExperiences, getNames, type ExperienceEntry } from './queries';

/** An experience as the experience list shows and filters it: its department's name and its facet values. */
export interface ExperienceCardData {
  entry: ExperienceEntry;
  department: string;
  facets: Record<ExperienceFacet, string>;
}

/** Every experience, newest first, with its list facets; made once per build (each page of the list asks). */
export const getExperienceCards = oncePerBuild(async (): Promise<ExperienceCardData[]> => {
  const [experiences, names] = await Promise.all([getExperiences(), getNames()]);
  return experiences.map((entry) => {
    const department = names.department(entry.data.department);
    return { entry, department, facets: experienceFacets(entry.data, department) };
  });
});

/** Each list facet's values with how many experiences have them; counted once per build, not per page of the list. */
export const getExperienceFacetCounts = oncePerBuild(async (): Promise<Record<ExperienceFacet, [string, number][]>> => {
  const facets = (await getExperienceCards()).map((card) => card.facets);
  const names = Object.keys(experienceFacetNames) as ExperienceFacet[];
  return Object.fromEntries(names.map((name) => [name, facetCounts(facets, name)])) as Record<ExperienceFacet, [string, number][]>;
});
