import type { APIRoute } from 'astro';
import { getQuestionBank, questionHref } from '../../data/site';
import { xmlSafeValue } from '../../lib/xmlSafe';

/** The merged question bank as JSON, each question with the address of its entry in the bank. */
export const GET: APIRoute = async ({ site }) => {
  const bank = await getQuestionBank();
  const questions = await Promise.all(bank.map(async (question) => ({ ...question, url: new URL(await questionHref(question), site).href })));
  // Question texts are contributed; none may carry a character XML forbids into whatever reuses them.
  return new Response(JSON.stringify(xmlSafeValue({ count: questions.length, questions }), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
