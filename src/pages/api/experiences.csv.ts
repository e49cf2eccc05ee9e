import type { APIRoute } from 'astro';
import { getExperienceRecords } from '../../data/experienceRecords';
import { getCompany } from '../../data/queries';
import { exportLicense } from '../../lib/contentLicense';
import { experiencesCsv } from '../../lib/experienceExport';

/** Every experience as CSV for spreadsheets, newest first, each row naming the content licence. */
export const GET: APIRoute = async ({ site }) => {
  const [company, records] = await Promise.all([getCompany(), getExperienceRecords(site)]);
  return new Response(experiencesCsv(records, exportLicense(company)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
