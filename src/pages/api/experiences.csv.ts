import type { APIRoute } from 'astro';
import { getExperienceRecords } from '../../data/experienceRecords';
import { experiencesCsv } from '../../lib/experienceExport';

/** Every experience as CSV for spreadsheets, newest first. */
export const GET: APIRoute = async ({ site }) => {
  return new Response(experiencesCsv(await getExperienceRecords(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
