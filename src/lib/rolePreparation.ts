import type { ContentNames } from './contentNames';
import { embeds } from './guideRelations';
import type { BankQuestion } from './questionBank';
import { roundsSummary, type StatsExperience } from './stats';
import { roundsSentence } from './statsText';

/**
 * What the role pages gather for one department: the interview stages its candidates report, the
 * questions they were asked and the guide sections that concern it. Everything comes from content.
 */

/** A round as candidates of one department name it, merged across experiences. */
export interface ReportedStage {
  /** The name as first reported. */
  name: string;
  /** How many experiences report a round of this name. */
  count: number;
  /** The round it usually is, 1 being the first: the mean position, to one decimal. */
  typicalRound: number;
}

/** Round names that differ only in letter case, spacing or end punctuation are the same stage. */
export function stageKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!:;,\s]+$/, '')
    .trim();
}

/** The stages named in experiences' timelines, ordered by where they usually fall, then by how often they are reported. */
export function reportedStages(experiences: readonly { timeline?: readonly { name: string }[] }[]): ReportedStage[] {
  const stages = new Map<string, { name: string; positions: number[]; experiences: number }>();
  for (const experience of experiences) {
    const seen = new Set<string>();
    experience.timeline?.forEach((round, index) => {
      const key = stageKey(round.name);
      const stage = stages.get(key) ?? { name: round.name.trim(), positions: [], experiences: 0 };
      stage.positions.push(index + 1);
      if (!seen.has(key)) stage.experiences += 1;
      seen.add(key);
      stages.set(key, stage);
    });
  }
  return [...stages.values()]
    .map((stage) => ({
      name: stage.name,
      count: stage.experiences,
      typicalRound: Math.round((stage.positions.reduce((sum, value) => sum + value, 0) / stage.positions.length) * 10) / 10,
    }))
    .sort((a, b) => a.typicalRound - b.typicalRound || b.count - a.count);
}

/** A bank question with how many of one department's experiences report it. */
export interface DepartmentQuestion {
  question: BankQuestion;
  count: number;
}

/**
 * The bank questions of a department: those its candidates report (most reported first), then those the
 * guide files under it that none of them reported yet, in bank order.
 */
export function departmentQuestions(bank: readonly BankQuestion[], departmentId: string): DepartmentQuestion[] {
  return bank
    .map((question) => ({
      question,
      count: new Set(question.sources.flatMap((source) => (source.kind === 'experience' && source.department === departmentId ? [source.id] : [])))
        .size,
    }))
    .filter((entry) => entry.count > 0 || entry.question.departments.includes(departmentId))
    .sort((a, b) => b.count - a.count);
}

/** A guide section as the matching reads it: front matter and MDX body. */
export interface SectionForMatching {
  id: string;
  departments: readonly string[];
  categories: readonly string[];
  body: string;
}

/** Why a section is listed for a department; a section with no reason is not listed. */
export interface SectionRelevance<S> {
  section: S;
  /** Its front matter lists the department. */
  department: boolean;
  /** It embeds the salary table and the department has a band. */
  salaries: boolean;
  /** It embeds one of the components every candidate prepares with, e.g. the interview stages. */
  preparation: boolean;
  /** Categories of the department's questions that its front matter lists. */
  categories: string[];
}

export interface RelevanceQuery {
  department: string;
  /** Categories of the questions the department's candidates report. */
  categories: readonly string[];
  hasSalaryBand: boolean;
  /** Components whose sections help every candidate, e.g. `["InterviewStages", "PreparationTips"]`. */
  preparationComponents: readonly string[];
}

/** The guide sections that concern a department, in the order given, each with why. */
export function relevantGuideSections<S extends SectionForMatching>(sections: readonly S[], query: RelevanceQuery): SectionRelevance<S>[] {
  return sections
    .map((section) => ({
      section,
      department: section.departments.includes(query.department),
      salaries: query.hasSalaryBand && embeds(section.body, 'SalaryTable'),
      preparation: query.preparationComponents.some((component) => embeds(section.body, component)),
      categories: section.categories.filter((category) => query.categories.includes(category)),
    }))
    .filter((match) => match.department || match.salaries || match.preparation || match.categories.length > 0);
}

/** Why a guide section is listed for a department, as short phrases: "covers Sales", "salary bands"… */
export function relevanceReasons(match: SectionRelevance<unknown>, departmentName: string, names: Pick<ContentNames, 'category'>): string[] {
  return [
    match.department && `covers ${departmentName}`,
    match.salaries && 'salary bands',
    match.preparation && 'preparation for every candidate',
    match.categories.length > 0 && `${match.categories.map((category) => names.category(category)).join(', ')} questions`,
  ].filter((reason): reason is string => typeof reason === 'string');
}

/** A guide section as content gives it: id, front matter and MDX body. */
export interface GuideSectionEntry {
  id: string;
  body?: string;
  data: { title: string; departments: readonly string[]; categories: readonly string[] };
}

export interface RolePreparationInput<E extends { data: StatsExperience & { department: string; timeline?: readonly { name: string }[] } }> {
  department: { id: string; name: string };
  /** Every experience, in the order the page lists them. */
  experiences: readonly E[];
  bank: readonly BankQuestion[];
  salaryBands: readonly { department?: string }[];
  sections: readonly GuideSectionEntry[];
  names: Pick<ContentNames, 'category'>;
  /** Components whose sections help every candidate, e.g. `["InterviewStages", "PreparationTips"]`. */
  preparationComponents: readonly string[];
}

/**
 * Everything a role page shows for one department: its experiences, the stages and rounds they report,
 * the questions they were asked (with category names), whether it has a salary band, and the guide
 * sections that concern it with why.
 */
export function rolePreparation<E extends { data: StatsExperience & { department: string; timeline?: readonly { name: string }[] } }>(
  input: RolePreparationInput<E>,
) {
  const { department, names } = input;
  const experiences = input.experiences.filter((entry) => entry.data.department === department.id);
  const reported = experiences.map((entry) => entry.data);
  const questions = departmentQuestions(input.bank, department.id).map((entry) => ({ ...entry, category: names.category(entry.question.category) }));
  const hasSalaryBand = input.salaryBands.some((band) => band.department === department.id);
  const categories = [...new Set(questions.flatMap(({ question }) => (question.category ? [question.category] : [])))];
  const sections = input.sections.map(({ id, body, data }) => ({
    id,
    title: data.title,
    departments: data.departments,
    categories: data.categories,
    body: body ?? '',
  }));
  const guide = relevantGuideSections(sections, {
    department: department.id,
    categories,
    hasSalaryBand,
    preparationComponents: input.preparationComponents,
  }).map((match) => ({ id: match.section.id, title: match.section.title, reasons: relevanceReasons(match, department.name, names) }));
  return { experiences, stages: reportedStages(reported), rounds: roundsSentence(roundsSummary(reported)), questions, hasSalaryBand, guide };
}

/** One department's row of the roles overview: how much the site holds for it. */
export function departmentOverview(
  departmentId: string,
  experiences: readonly { data: { department: string } }[],
  bank: readonly BankQuestion[],
  salaryBands: readonly { department?: string }[],
) {
  return {
    experiences: experiences.filter((entry) => entry.data.department === departmentId).length,
    questions: departmentQuestions(bank, departmentId).length,
    bands: salaryBands.filter((band) => band.department === departmentId).length,
  };
}
