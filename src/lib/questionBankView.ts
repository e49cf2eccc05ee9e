import { contentNames, UNCATEGORISED_NAME } from './contentNames';
import { facetCounts } from './facets';
import { bankCategoryOf, groupByCategory, UNCATEGORISED, type BankQuestion } from './questionBank';
import { RECENT_MONTHS, reportedWithin } from './questionPage';

/**
 * How the question bank is laid out over pages: the whole bank on one page, or (once it is split) one
 * page per category with an index of them. Pages render what these functions decide.
 */

/** A question category as the bank shows it. */
export interface BankCategory {
  id: string;
  name: string;
  description: string;
}

/** A group of the bank's page: one category's questions, with the heading's id, name and description. */
export interface BankGroup {
  category?: string;
  id: string;
  name: string;
  description?: string;
  questions: BankQuestion[];
}

/** A filter of the bank's page with its values and how many questions have each. */
export interface BankFacet {
  name: 'category' | 'role' | 'reported';
  label: string;
  options: [string, number][];
}

export interface BankView {
  title: string;
  questions: BankQuestion[];
  groups: BankGroup[];
  facets: BankFacet[];
}

/** The value of the bank's "Reported" filter for questions reported within `months` months of the build. */
export const reportedWithinLabel = (months: number) => `In the last ${months} months`;

/** The "Reported" filter's values a question matches: every recent span it was last reported within. */
export function recencyValues(question: BankQuestion, today: string): string[] {
  return RECENT_MONTHS.filter((months) => reportedWithin(question, months, today)).map(reportedWithinLabel);
}

/** The "Reported" filter over some questions: every recent span, even one no question is in ("none in the last 6 months" is worth knowing). */
export function recencyFacet(questions: readonly BankQuestion[], today: string): BankFacet {
  const values = questions.map((question) => recencyValues(question, today));
  const options = RECENT_MONTHS.map((months): [string, number] => {
    const label = reportedWithinLabel(months);
    return [label, values.filter((matched) => matched.includes(label)).length];
  });
  return { name: 'reported', label: 'Reported', options };
}

/**
 * The bank's page, or the page of one category (`only`, or `UNCATEGORISED`) of a split bank: its
 * questions grouped in category order, the filters (by category only while the whole bank is on the
 * page, by role and by how recently reported always; `today` is the build date) and its title.
 */
export function questionBankView(bank: readonly BankQuestion[], categories: readonly BankCategory[], today: string, only?: string): BankView {
  const ids = categories.map((category) => category.id);
  const names = contentNames([], categories);
  const questions = only ? bank.filter((question) => bankCategoryOf(question, ids) === only) : [...bank];
  const groups = groupByCategory(questions, ids).map((group) => ({
    ...group,
    id: `category-${group.category ?? UNCATEGORISED}`,
    name: names.category(group.category),
    description: categories.find((category) => category.id === group.category)?.description,
  }));
  // A question whose category is not in the categories file is listed, and filtered, as uncategorised.
  const categoryOf = (question: BankQuestion) => names.category(bankCategoryOf(question, ids) === UNCATEGORISED ? undefined : question.category);
  const items = questions.map((question) => ({ category: categoryOf(question), role: question.roles }));
  const facets: BankFacet[] = [
    ...(only ? [] : [{ name: 'category' as const, label: 'Category', options: facetCounts(items, 'category') }]),
    { name: 'role', label: 'Role', options: facetCounts(items, 'role') },
    recencyFacet(questions, today),
  ];
  const title = only ? `${names.category(only === UNCATEGORISED ? undefined : only)} questions` : 'Question bank';
  return { title, questions, groups, facets };
}

/** A page of a split bank: a category (or the uncategorised rest) and how many questions it holds. */
export interface BankPage extends BankCategory {
  count: number;
}

/** The pages of a bank split by category, in category order, the uncategorised rest last; empty pages are left out. */
export function bankPages(bank: readonly BankQuestion[], categories: readonly BankCategory[]): BankPage[] {
  const ids = categories.map((category) => category.id);
  const counts = new Map<string, number>();
  for (const question of bank) {
    const page = bankCategoryOf(question, ids);
    counts.set(page, (counts.get(page) ?? 0) + 1);
  }
  return [...categories, { id: UNCATEGORISED, name: UNCATEGORISED_NAME, description: 'Questions filed under no category.' }]
    .map((page) => ({ id: page.id, name: page.name, description: page.description, count: counts.get(page.id) ?? 0 }))
    .filter((page) => page.count > 0);
}
