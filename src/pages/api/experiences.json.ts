import type { APIRoute } from 'astro';
import { getExperienceRecords } from '../../data/experienceRecords';

/** Every experience as JSON for reuse, newest first; a value the candidate left out is null. */
export const GET: APIRoute = async ({ site }) => {
  const experiences = await getExperienceRecords(site);
  return new Response(JSON.stringify({ count: experiences.length, experiences }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
