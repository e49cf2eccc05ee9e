import type { APIRoute } from 'astro';
import { getExperienceRecords } from '../../data/experienceRecords';
import { getCompany } from '../../data/queries';
import { exportLicense, licensedList } from '../../lib/contentLicense';

/** Every experience as JSON for reuse, newest first, under the content licence; a value the candidate left out is null. */
export const GET: APIRoute = async ({ site }) => {
  const [company, experiences] = await Promise.all([getCompany(), getExperienceRecords(site)]);
  return new Response(JSON.stringify(licensedList(exportLicense(company), 'experiences', experiences), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
