/** Shown for a question whose category is not given, or not one of the categories. */
export const UNCATEGORISED_NAME = 'Uncategorised';

/** Display names of the ids content files refer to: departments and question categories. */
export interface ContentNames {
  /** A department's name, or the id itself when it names no department. */
  department(id: string): string;
  /** A category's name, the id itself when it names no category, or "Uncategorised" when there is none. */
  category(id: string | undefined): string;
}

type Named = { id: string; name: string };

/** The look-ups of names by id, from the departments and categories files. */
export function contentNames(departments: readonly Named[], categories: readonly Named[]): ContentNames {
  const departmentNames = new Map(departments.map((department) => [department.id, department.name]));
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
  return {
    department: (id) => departmentNames.get(id) ?? id,
    category: (id) => (id ? (categoryNames.get(id) ?? id) : UNCATEGORISED_NAME),
  };
}
