import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { departmentName, getCompany, getExperiences } from '../../data/site';
import { experienceSummary } from '../../lib/experienceExport';
import { paths, withBase } from '../../lib/urls';

/** Candidates' experiences, newest first, for feed readers. */
export const GET: APIRoute = async ({ site }) => {
  const [company, experiences] = await Promise.all([getCompany(), getExperiences()]);
  const home = new URL(withBase(paths.home()), site);
  return rss({
    title: `${company.name} interview experiences`,
    description: `Interview experiences shared by ${company.name} candidates: role, level, result and rounds.`,
    site: home,
    customData: '<language>en</language>',
    items: await Promise.all(
      experiences.map(async (entry) => ({
        title: `${entry.data.role} interview experience`,
        link: new URL(withBase(paths.experience(entry.id)), site).href,
        pubDate: new Date(`${entry.data.date}T00:00:00Z`),
        description: experienceSummary(entry.data, await departmentName(entry.data.department)),
        categories: [await departmentName(entry.data.department)],
      })),
    ),
  });
};
