import type { BankQuestion } from './questionBank';

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

/** The bank questions that experiences of a department report, most reported first, then in bank order. */
export function departmentQuestions(bank: readonly BankQuestion[], departmentId: string): DepartmentQuestion[] {
  return bank
    .map((question) => ({
      question,
      count: new Set(question.sources.flatMap((source) => (source.kind === 'experience' && source.department === departmentId ? [source.id] : [])))
        .size,
    }))
    .filter((entry) => entry.count > 0)
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

const embeds = (body: string, component: string) => new RegExp(`<${component}[\\s/>]`).test(body);

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
