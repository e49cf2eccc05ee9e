import { experienceRecord, type ExperienceRecord } from '../lib/experienceExport';
import { paths, withBase } from '../lib/urls';
import { departmentName, getExperiences } from './site';

/** Every experience as the exports write it, newest first, each with the absolute address of its page. */
export async function getExperienceRecords(site: URL | undefined): Promise<ExperienceRecord[]> {
  const experiences = await getExperiences();
  return Promise.all(
    experiences.map(async (entry) =>
      experienceRecord(entry.id, entry.data, await departmentName(entry.data.department), new URL(withBase(paths.experience(entry.id)), site).href),
    ),
  );
}
