import type { APIRoute } from 'astro';
import { getQuestionBank } from '../../data/site';
import { paths, withBase } from '../../lib/urls';

/** The merged question bank as JSON, each question with the address of its entry in the bank. */
export const GET: APIRoute = async ({ site }) => {
  const bank = await getQuestionBank();
  const questions = bank.map((question) => ({ ...question, url: new URL(withBase(paths.question(question.anchor)), site).href }));
  return new Response(JSON.stringify({ count: questions.length, questions }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
