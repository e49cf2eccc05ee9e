import { experienceRecord, type ExperienceRecord } from '../lib/experienceExport';
import { absoluteUrl, paths } from '../lib/urls';
import { getExperiences, getNames } from './queries';

/** Every experience as the exports write it, newest first, each with the absolute address of its page. */
export async function getExperienceRecords(site: URL | undefined): Promise<ExperienceRecord[]> {
  const [experiences, names] = await Promise.all([getExperiences(), getNames()]);
  return experiences.map((entry) =>
    experienceRecord(entry.id, entry.data, names.department(entry.data.department), absoluteUrl(paths.experience(entry.id), site)),
  );
}
