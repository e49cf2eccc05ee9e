import { getCollection, type CollectionEntry } from 'astro:content';
import { contentNames } from '../lib/contentNames';
import { sectionEmbedding } from '../lib/guideRelations';
import { oncePerBuild } from './oncePerBuild';

/** Queries over the content collections that pages and components share. */

export type ExperienceEntry = CollectionEntry<'experiences'>;
export type GuideEntry = CollectionEntry<'guide'>;

async function single<C extends 'company' | 'salaries' | 'employerComparison'>(collection: C) {
  const [entry] = await getCollection(collection);
  if (!entry) throw new Error(`content: the ${collection} file is missing or empty`);
  return entry.data as CollectionEntry<C>['data'];
}

export const getCompany = () => single('company');
export const getSalaries = () => single('salaries');
export const getEmployerComparison = () => single('employerComparison');

/** Guide sections in reading order. */
export async function getGuideSections(): Promise<GuideEntry[]> {
  return (await getCollection('guide')).sort((a, b) => a.data.order - b.data.order);
}

/** The guide section that shows a data component, e.g. the one with `<ExampleQuestions />`. */
export async function guideSectionEmbedding(component: string): Promise<GuideEntry | undefined> {
  return sectionEmbedding(await getGuideSections(), component);
}

/** Experiences, newest first; ties keep file-name order. */
export async function getExperiences(): Promise<ExperienceEntry[]> {
  return (await getCollection('experiences')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

type ListCollection =
  'hiringSteps' | 'interviewStages' | 'departments' | 'questionCategories' | 'exampleQuestions' | 'preparationTips' | 'faq' | 'questionGuidance';

/** The items of a YAML list, in the order the file gives them. */
async function list<C extends ListCollection>(collection: C): Promise<CollectionEntry<C>['data'][]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
}

export const getHiringSteps = () => list('hiringSteps');
export const getInterviewStages = () => list('interviewStages');
export const getDepartments = () => list('departments');
export const getCategories = () => list('questionCategories');
export const getExampleQuestions = () => list('exampleQuestions');
export const getPreparationTips = () => list('preparationTips');
export const getFaq = () => list('faq');
/** How to approach each category of question (and `general`), in the order of the file. */
export const getQuestionGuidance = () => list('questionGuidance');

/** The guide's note on each reported question, by file name; none when the guide has no `question-notes/` folder. */
export async function getQuestionNotes(): Promise<CollectionEntry<'questionNotes'>['data'][]> {
  return (await getCollection('questionNotes')).sort((a, b) => a.id.localeCompare(b.id)).map((entry) => entry.data);
}

/** The maintainers' merge corrections to the question bank; both lists empty when the guide has no `question-merges.yaml`. */
export async function getQuestionMerges(): Promise<CollectionEntry<'questionMerges'>['data']> {
  const [entry] = await getCollection('questionMerges');
  return entry?.data ?? { merge: [], keepApart: [] };
}

/** Names of departments and question categories by id (see `contentNames`). */
export const getNames = oncePerBuild(async () => {
  const [departments, categories] = await Promise.all([getDepartments(), getCategories()]);
  return contentNames(departments, categories);
});
