import type { APIRoute } from 'astro';
import { getCompany } from '../../data/queries';
import { getQuestionBank } from '../../data/questionBank';
import { exportLicense, licensedList } from '../../lib/contentLicense';
import { absoluteUrl, paths } from '../../lib/urls';
import { xmlSafeValue } from '../../lib/xmlSafe';

/** The merged question bank as JSON under the content licence, each question with the address of its page. */
export const GET: APIRoute = async ({ site }) => {
  const [company, bank] = await Promise.all([getCompany(), getQuestionBank()]);
  const questions = bank.map((question) => ({ ...question, url: absoluteUrl(paths.question(question.slug), site) }));
  // Question texts are contributed; none may carry a character XML forbids into whatever reuses them.
  return new Response(JSON.stringify(xmlSafeValue(licensedList(exportLicense(company), 'questions', questions)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
