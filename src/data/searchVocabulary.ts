import { experienceFacts, factKeys } from '../lib/experienceView';
import { buildVocabulary, mdxProse } from '../lib/spelling';
import { getQuestionBank } from './questionBank';
import {
  getCategories,
  getCompany,
  getDepartments,
  getEmployerComparison,
  getExperiences,
  getFaq,
  getGuideSections,
  getHiringSteps,
  getInterviewStages,
  getNames,
  getPreparationTips,
  getSalaries,
} from './queries';

/** Texts of one kind of content, as its pages show them; empty or missing values are skipped when counted. */
type TextSource = () => Promise<Iterable<string | undefined>>;

/** The facts an experience page lists, but the candidate's display name: a name is no word to suggest. */
const experienceFactKeys = factKeys.filter((key) => key !== 'name');

/**
 * Every text a reader can search for, by kind of content: what the search suggests words from
 * ("Did you mean …"). A new kind of content is one more line here.
 */
const vocabularySources: Record<string, TextSource> = {
  experiences: async () => {
    const [experiences, names] = await Promise.all([getExperiences(), getNames()]);
    return experiences.flatMap(({ data }) => [
      data.role,
      data.story,
      data.advice,
      ...data.questions.map((question) => question.text),
      ...(data.timeline ?? []).flatMap((round) => [round.name, round.notes]),
      ...experienceFacts(data, { departmentName: names.department(data.department) }, experienceFactKeys).map((fact) => fact.text),
    ]);
  },
  questionBank: async () => (await getQuestionBank()).flatMap((question) => question.wordings),
  guide: async () => (await getGuideSections()).flatMap(({ data, body }) => [data.title, data.description, mdxProse(body ?? '')]),
  faq: async () => (await getFaq()).flatMap((entry) => [entry.question, entry.answer]),
  company: async () => {
    const company = await getCompany();
    return [company.name, company.headquarters, company.sells, ...company.focus, ...company.competitors];
  },
  departments: async () =>
    (await getDepartments()).flatMap((department) => [department.name, ...department.roles, department.description, department.expectations]),
  questionCategories: async () => (await getCategories()).flatMap((category) => [category.name, category.description]),
  hiringSteps: async () => (await getHiringSteps()).flatMap((step) => [step.name, step.description]),
  interviewStages: async () => (await getInterviewStages()).flatMap((stage) => [stage.name, stage.description]),
  preparationTips: async () => (await getPreparationTips()).flatMap((tip) => [tip.name, tip.advice]),
  salaries: async () => {
    const salaries = await getSalaries();
    return [salaries.note, ...salaries.bands.flatMap((band) => [band.role, band.note])];
  },
  employerComparison: async () => {
    const table = await getEmployerComparison();
    return [...table.employers.map((employer) => employer.name), ...table.aspects.flatMap((row) => [row.aspect, ...Object.values(row.cells)])];
  },
};

/** The site's vocabulary (see `buildVocabulary`): the words of every source, most frequent first. */
export async function getSearchVocabulary() {
  const sources = await Promise.all(Object.values(vocabularySources).map((source) => source()));
  return buildVocabulary(sources.flatMap((texts) => [...texts]).filter((text): text is string => Boolean(text)));
}
