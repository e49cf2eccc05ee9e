import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCompany, getExperiences, getNames } from '../../data/queries';
import { exportLicense } from '../../lib/contentLicense';
import { experiencesFeed } from '../../lib/experienceExport';
import { absoluteUrl, paths } from '../../lib/urls';

/** Candidates' experiences, newest first, for feed readers; the channel's <copyright> names the content licence. */
export const GET: APIRoute = async ({ site }) => {
  const [company, experiences, names] = await Promise.all([getCompany(), getExperiences(), getNames()]);
  const channel = {
    title: `${company.name} interview experiences`,
    description: `Interview experiences shared by ${company.name} candidates: role, level, result, rounds and whatever else each candidate reported.`,
    site: absoluteUrl(paths.home(), site),
    license: exportLicense(company),
  };
  const entries = experiences.map((entry) => ({
    experience: entry.data,
    departmentName: names.department(entry.data.department),
    url: absoluteUrl(paths.experience(entry.id), site),
  }));
  return rss(experiencesFeed(channel, entries));
};
