import { bankPageOf, buildQuestionBank, findInBank, type BankQuestion, type ReportedQuestion } from '../lib/questionBank';
import { paths, withBase } from '../lib/urls';
import { oncePerBuild } from './oncePerBuild';
import { getCategories, getExampleQuestions, getExperiences, getNames, getQuestionMerges } from './queries';

/**
 * The question bank: every question of the guide and of all experiences, merged. Every experience page
 * asks for it and building it reads every experience, so a build makes it once. Callers must not change
 * the returned list.
 */
export const getQuestionBank = oncePerBuild(async (): Promise<BankQuestion[]> => {
  const [examples, experiences, merges] = await Promise.all([getExampleQuestions(), getExperiences(), getQuestionMerges()]);
  return buildQuestionBank(
    examples,
    experiences.map((entry) => ({
      id: entry.id,
      role: entry.data.role,
      department: entry.data.department,
      date: entry.data.date,
      level: entry.data.level,
      result: entry.data.result,
      questions: entry.data.questions,
    })),
    merges,
  );
});

const getCategoryIds = oncePerBuild(async () => (await getCategories()).map((category) => category.id));

/** Where the bank lists a question, without the base path: its anchor on the bank's page, or on its category's page. */
export async function questionInBankPath(question: BankQuestion): Promise<string> {
  const [bank, categoryIds] = await Promise.all([getQuestionBank(), getCategoryIds()]);
  return paths.questionInBank(question.anchor, bankPageOf(bank, question, categoryIds));
}

/** A question's own page, base path included, for a link. */
export const questionHref = (question: BankQuestion) => withBase(paths.question(question.slug));

/** A reported question as a page lists it: its words, its category's name and its place in the bank. */
export interface QuestionInBank {
  text: string;
  category: string;
  href?: string;
}

/** Reported questions (of the guide or an experience) with their category names and links to their pages. */
export async function inBank(questions: readonly ReportedQuestion[]): Promise<QuestionInBank[]> {
  const [bank, names] = await Promise.all([getQuestionBank(), getNames()]);
  return questions.map((question) => {
    const entry = findInBank(bank, question.text);
    return { text: question.text, category: names.category(question.category), href: entry && questionHref(entry) };
  });
}
