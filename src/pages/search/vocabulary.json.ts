import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../../data/searchVocabulary';

/**
 * The vocabulary search suggests corrections from ("Did you mean …"): `[word, count]` pairs, most frequent
 * first, as compact JSON. The search panel loads it only when a query finds little; the service worker
 * precaches it, so suggestions work offline.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchVocabulary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
