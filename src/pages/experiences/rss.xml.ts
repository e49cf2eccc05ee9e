import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { departmentName, getCompany, getExperiences } from '../../data/site';
import { exportLicense } from '../../lib/contentLicense';
import { experiencesFeed } from '../../lib/experienceExport';
import { paths, withBase } from '../../lib/urls';

/** Candidates' experiences, newest first, for feed readers; the channel's <copyright> names the content licence. */
export const GET: APIRoute = async ({ site }) => {
  const [company, experiences] = await Promise.all([getCompany(), getExperiences()]);
  const channel = {
    title: `${company.name} interview experiences`,
    description: `Interview experiences shared by ${company.name} candidates: role, level, result and rounds.`,
    site: new URL(withBase(paths.home()), site),
    license: exportLicense(company),
  };
  const entries = await Promise.all(
    experiences.map(async (entry) => ({
      experience: entry.data,
      departmentName: await departmentName(entry.data.department),
      url: new URL(withBase(paths.experience(entry.id)), site).href,
    })),
  );
  return rss(experiencesFeed(channel, entries));
};
