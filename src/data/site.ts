import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { bankPageOf, buildQuestionBank, type BankQuestion } from '../lib/questionBank';
import { paths, withBase } from '../lib/urls';
import { channelLabels, difficultyLabels, labelOrNotReported, levelLabels, resultLabels } from '../lib/labels';
import { facetCounts } from '../lib/listFilters';

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

/** The guide section whose text embeds a data component, e.g. the one that shows `<ExampleQuestions />`. */
export async function guideSectionEmbedding(component: string): Promise<GuideEntry | undefined> {
  return (await getGuideSections()).find((section) => section.body?.includes(`<${component}`));
}

/** Experiences, newest first; ties keep file-name order. */
export async function getExperiences(): Promise<ExperienceEntry[]> {
  return (await getCollection('experiences')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

type ListCollection = 'hiringSteps' | 'interviewStages' | 'departments' | 'questionCategories' | 'exampleQuestions' | 'preparationTips' | 'faq';

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

/** Name of a department id, or the id itself when it names no department. */
export async function departmentName(id: string): Promise<string> {
  return (await getEntry('departments', id))?.data.name ?? id;
}

/** Name of a category id; undefined means "Uncategorised". */
export async function categoryName(id: string | undefined): Promise<string> {
  if (!id) return 'Uncategorised';
  return (await getEntry('questionCategories', id))?.data.name ?? id;
}

/** An experience as the experience list shows and filters it: its department's name and its facet values. */
export interface ExperienceCardData {
  entry: ExperienceEntry;
  department: string;
  facets: { department: string; level: string; difficulty: string; result: string; via: string };
}

let cards: Promise<ExperienceCardData[]> | undefined;

/** Every experience, newest first, with its list facets; made once per build (each page of the list asks). */
export const getExperienceCards = (): Promise<ExperienceCardData[]> => (import.meta.env.DEV ? buildCards() : (cards ??= buildCards()));

let facetOptions: Promise<Record<keyof ExperienceCardData['facets'], [string, number][]>> | undefined;

/** Each list facet's values with how many experiences have them; counted once per build, not per page of the list. */
export const getExperienceFacetCounts = () => (import.meta.env.DEV ? countFacets() : (facetOptions ??= countFacets()));

async function countFacets(): Promise<Record<keyof ExperienceCardData['facets'], [string, number][]>> {
  const facets = (await getExperienceCards()).map((card) => card.facets);
  const names = ['department', 'level', 'difficulty', 'result', 'via'] as const;
  return Object.fromEntries(names.map((name) => [name, facetCounts(facets, name)])) as Record<(typeof names)[number], [string, number][]>;
}

async function buildCards(): Promise<ExperienceCardData[]> {
  return Promise.all(
    (await getExperiences()).map(async (entry) => {
      const department = await departmentName(entry.data.department);
      return {
        entry,
        department,
        facets: {
          department,
          level: levelLabels[entry.data.level],
          difficulty: labelOrNotReported(difficultyLabels, entry.data.difficulty),
          result: labelOrNotReported(resultLabels, entry.data.result),
          via: channelLabels[entry.data.appliedVia],
        },
      };
    }),
  );
}

let bank: Promise<BankQuestion[]> | undefined;

/**
 * The question bank: every question of the guide and of all experiences, merged. Every experience page
 * asks for it, and building it reads every experience, so a build makes it once (at 1,000 experiences,
 * rebuilding it per page took a third of the build); `astro dev` rebuilds it per request so edits show.
 * Callers must not change the returned list.
 */
export const getQuestionBank = (): Promise<BankQuestion[]> => (import.meta.env.DEV ? buildBank() : (bank ??= buildBank()));

async function buildBank(): Promise<BankQuestion[]> {
  const [examples, experiences] = await Promise.all([getExampleQuestions(), getExperiences()]);
  return buildQuestionBank(
    examples,
    [...experiences].reverse().map((entry) => ({
      id: entry.id,
      role: entry.data.role,
      department: entry.data.department,
      date: entry.data.date,
      questions: entry.data.questions,
    })),
  );
}

let categoryIds: Promise<string[]> | undefined;
const loadCategoryIds = async () => (await getCategories()).map((category) => category.id);

/** Where the bank shows a question, base path included: its anchor on the bank's page, or on its category's page. */
export async function questionHref(question: BankQuestion): Promise<string> {
  const [bank, known] = await Promise.all([getQuestionBank(), import.meta.env.DEV ? loadCategoryIds() : (categoryIds ??= loadCategoryIds())]);
  return withBase(paths.question(question.anchor, bankPageOf(bank, question, known)));
}
