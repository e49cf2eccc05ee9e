import { join } from 'node:path';
import { fieldName, guarded, type ContentProblem } from '../lib/contentProblems';
import type { KnownIds } from '../lib/experienceChecks';
import { slugify } from '../lib/slugs';
import { idSchema } from '../schemas/common';
import type { Company } from '../schemas/company';
import { GENERAL_GUIDANCE } from '../schemas/questionGuidance';
import { dataFiles, type DataFolder } from './contentFiles';
import { displayPath, isMissing, listFolder, readYamlContent } from './contentFile';
import { entriesOf, type ReadEntry, type ReadResult } from './readContent';

/**
 * The data files of `content/` (departments, categories, the company…) as the other checks need them:
 * each read and checked against its schema, the ids and facts experiences and guide sections may refer
 * to, and the references between data files that must exist.
 */

/**
 * One data file of `dataFiles` read and checked against its schema, with every problem; a crash of a check
 * becomes a problem too. An optional file that is not there has no entries and no problem.
 */
export function readDataFileEntries(root: string, file: string): ReadResult<unknown> {
  const { shape, schema, key, optional } = dataFiles.find((candidate) => candidate.file === file)!;
  const path = join(root, file);
  if (optional && isMissing(path)) return { entries: [], problems: [] };
  return guarded(
    displayPath(path),
    () => entriesOf(path, readYamlContent(path), shape, schema, key),
    (problem) => ({ entries: [], problems: [problem] }),
  );
}

/** Why a name cannot be a file of a data folder (the name is the entry's id), or undefined when it can. */
function folderFileNameProblem(name: string, folder: string): string | undefined {
  const stem = name.replace(/\.[^.]*$/, '');
  const suggestion = `${slugify(stem) || 'the-question-in-a-few-words'}.yaml`;
  if (!name.endsWith('.yaml')) return `only .yaml files are read in content/${folder}/; rename it to ${suggestion}, or move it out`;
  if (!idSchema.safeParse(stem).success)
    return `the file name is the entry's id, so it must be lowercase letters, digits and single hyphens; rename it to ${suggestion}`;
  return undefined;
}

/**
 * Every file of a data folder read and checked against its schema: the good entries (id = file name without
 * `.yaml`), every problem, and how many files there were. A missing folder has none.
 */
export function readDataFolderEntries(root: string, { folder, schema, limit }: DataFolder): ReadResult<unknown> & { files: number } {
  const entries: ReadEntry<unknown>[] = [];
  const problems: ContentProblem[] = [];
  const names = (listFolder(join(root, folder)) ?? []).filter((name) => name !== '.gitkeep');
  for (const name of names) {
    const path = join(root, folder, name);
    const file = displayPath(path);
    guarded(
      file,
      () => {
        const nameProblem = folderFileNameProblem(name, folder);
        if (nameProblem) return problems.push({ file, message: nameProblem });
        const result = entriesOf(path, readYamlContent(path, limit), 'object', schema);
        entries.push(...result.entries);
        return problems.push(...result.problems);
      },
      (problem) => problems.push(problem),
    );
  }
  return { entries, problems, files: names.length };
}

/** The checked entries of one data file; empty when the file has a problem (`npm run validate` names it). */
function readDataFile(root: string, file: string): unknown[] {
  const result = readDataFileEntries(root, file);
  return result.problems.length ? [] : result.entries.map((item) => item.data);
}

/** The departments and question categories an experience may name (empty when their file is broken). */
export function readChoices(root: string): { departments: { id: string; name: string }[]; categories: { id: string; name: string }[] } {
  const read = (file: string) => readDataFile(root, file) as { id: string; name: string }[];
  return { departments: read('departments.yaml'), categories: read('question-categories.yaml') };
}

/** The company file's data, e.g. for the content licence; undefined when the file has a problem. */
export function readCompany(root: string): Company | undefined {
  return readDataFile(root, 'company.yaml')[0] as Company | undefined;
}

/** The ids and facts `checkExperienceFile` checks references against. */
export function knownIds(root: string): KnownIds {
  const { departments, categories } = readChoices(root);
  return {
    departments: departments.map((item) => item.id),
    categories: categories.map((item) => item.id),
    foundedYear: readCompany(root)?.founded,
    today: new Date().toISOString().slice(0, 10),
  };
}

/** A reference to an id that does not exist, at the line of the field. */
export function unknownId(
  file: string,
  located: { line: number; column: number } | undefined,
  path: PropertyKey[],
  id: string,
  list: string,
  ids: readonly string[],
): ContentProblem {
  return {
    file,
    line: located?.line,
    column: located?.column,
    field: fieldName(path),
    message: `"${id}" is not an id in ${list}; use one of: ${ids.join(', ')}`,
  };
}

/**
 * Example questions must be filed under existing categories and name existing departments, salary bands
 * existing departments, and guidance existing categories (or the general guidance).
 */
export function dataReferenceProblems(root: string, data: Map<string, ReadEntry<unknown>[]>, known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (
    name: string,
    items: (entries: ReadEntry<unknown>[]) => { path: PropertyKey[]; id: unknown; entry: ReadEntry<unknown> }[],
    list: string,
    ids: readonly string[] | undefined,
  ) => {
    const entries = data.get(name);
    if (!ids || !entries) return;
    for (const item of items(entries)) {
      if (typeof item.id === 'string' && !ids.includes(item.id))
        problems.push(unknownId(displayPath(join(root, name)), item.entry.locate?.(item.path), item.path, item.id, list, ids));
    }
  };
  check(
    'example-questions.yaml',
    (entries) => entries.map((entry, index) => ({ path: [index, 'category'], id: (entry.data as { category?: unknown }).category, entry })),
    'question-categories.yaml',
    known.categories,
  );
  check(
    'example-questions.yaml',
    (entries) =>
      entries.flatMap((entry, index) =>
        ((entry.data as { departments?: unknown[] }).departments ?? []).map((id, position) => ({
          path: [index, 'departments', position],
          id,
          entry,
        })),
      ),
    'departments.yaml',
    known.departments,
  );
  check(
    'question-guidance.yaml',
    (entries) => entries.map((entry, index) => ({ path: [index, 'category'], id: (entry.data as { category?: unknown }).category, entry })),
    `question-categories.yaml (or "${GENERAL_GUIDANCE}")`,
    known.categories && [...known.categories, GENERAL_GUIDANCE],
  );
  check(
    'salaries.yaml',
    (entries) =>
      entries.flatMap((entry) =>
        ((entry.data as { bands?: { department?: unknown }[] }).bands ?? []).map((band, index) => ({
          path: ['bands', index, 'department'],
          id: band.department,
          entry,
        })),
      ),
    'departments.yaml',
    known.departments,
  );
  return problems;
}
