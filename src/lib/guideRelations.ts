import type { BankQuestion } from './questionBank';

/**
 * How guide sections relate to the rest of the content: which data component a section shows, and the
 * questions and experiences a section's front matter (its departments and categories) points to.
 */

/** Whether a section's MDX body shows a data component, e.g. `embeds(body, 'SalaryTable')`. */
export function embeds(body: string, component: string): boolean {
  return new RegExp(`<${component}[\\s/>]`).test(body);
}

/** The first section that shows a data component: where a link about that data should lead. */
export function sectionEmbedding<S extends { body?: string }>(sections: readonly S[], component: string): S | undefined {
  return sections.find((section) => embeds(section.body ?? '', component));
}

/** What a section's front matter says it is about. */
export interface SectionTopics {
  departments: readonly string[];
  categories: readonly string[];
}

/** Questions shown under a section: bank questions of its categories, in bank order. */
export function relatedQuestions(bank: readonly BankQuestion[], topics: SectionTopics, limit = 8): BankQuestion[] {
  return bank.filter((question) => question.category && topics.categories.includes(question.category)).slice(0, limit);
}

/** An experience as the relation reads it. */
export interface ExperienceTopics {
  department: string;
  questions: readonly { category?: string }[];
}

/** Experiences shown under a section, in the order given (newest first): of its departments, or asked questions of its categories. */
export function relatedExperiences<E extends { data: ExperienceTopics }>(experiences: readonly E[], topics: SectionTopics, limit = 4): E[] {
  return experiences
    .filter(
      ({ data }) =>
        topics.departments.includes(data.department) ||
        data.questions.some((question) => question.category && topics.categories.includes(question.category)),
    )
    .slice(0, limit);
}
