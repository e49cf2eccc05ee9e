import type { APIRoute } from 'astro';
import { getQuestionBank, questionHref } from '../../data/site';

/** The merged question bank as JSON, each question with the address of its entry in the bank. */
export const GET: APIRoute = async ({ site }) => {
  const bank = await getQuestionBank();
  const questions = await Promise.all(bank.map(async (question) => ({ ...question, url: new URL(await questionHref(question), site).href })));
  return new Response(JSON.stringify({ count: questions.length, questions }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
