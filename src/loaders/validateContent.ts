import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkValue, fieldName, parseYaml, sortProblems, type ContentProblem } from '../lib/contentProblems';
import { normaliseLineEndings } from '../lib/contentText';
import { checkExperienceFile, experienceFileNameProblems, findLikelyDuplicates, type CheckedProblem, type KnownIds } from '../lib/experienceChecks';
import { departmentSchema } from '../schemas/department';
import type { Experience } from '../schemas/experience';
import { guideSectionSchema } from '../schemas/guideSection';
import { questionCategorySchema } from '../schemas/questionCategory';
import { dataFiles, experiencesFolder, guideFolder } from './contentFiles';
import { displayPath, readYamlFile, readYamlList, readYamlObject } from './readContent';

/**
 * The one validation of `content/`, used by `npm run validate`, the build (through the loaders), the
 * scaffold and the issue importer: every data file and guide front matter against its schema, every
 * experience through the contribution checks, and the checks across files (references that must exist,
 * likely duplicates). It reads files and never throws for their content: every problem is returned.
 */

export interface ContentReport {
  problems: CheckedProblem[];
  /** How many files of each kind were read, for the summary line. */
  checked: { dataFiles: number; guideSections: number; experiences: number };
  /** The experiences that passed every check, with their file. */
  experiences: { file: string; data: Experience }[];
  /**
   * Every experience whose fields and references are right, by absolute path, as read: those that
   * passed every check and those that failed only the privacy and safety rules. The build loads them
   * from here instead of reading and parsing every file a second time.
   */
  readable: Map<string, Experience>;
}

/** Every problem in a content folder, sorted by file and line. */
export function validateContent(root: string): CheckedProblem[] {
  return sortProblems(checkContent(root).problems);
}

/** Reads and checks a whole content folder. */
export function checkContent(root: string): ContentReport {
  const problems: CheckedProblem[] = [];
  const values = new Map<string, unknown[]>();
  for (const { file, shape, schema } of dataFiles) {
    const path = join(root, file);
    if (!existsSync(path)) {
      problems.push({ file: displayPath(path), message: `is missing; the site reads it, so restore it` });
      continue;
    }
    const result = shape === 'list' ? readYamlList(path, schema) : readYamlObject(path, schema);
    problems.push(...result.problems);
    if (!result.problems.length) values.set(file, result.entries.map((entry) => entry.data));
  }
  const ids = (file: string) => (values.get(file) as { id: string }[] | undefined)?.map((item) => item.id);
  const known: KnownIds = { departments: ids('departments.yaml'), categories: ids('question-categories.yaml') };
  problems.push(...dataReferenceProblems(root, known));
  const guide = checkGuideFrontMatter(join(root, guideFolder), known);
  const experiences = checkExperienceFolder(join(root, experiencesFolder), known);
  return {
    problems: [...problems, ...guide.problems, ...experiences.problems],
    checked: { dataFiles: dataFiles.length, guideSections: guide.count, experiences: experiences.count },
    experiences: experiences.valid,
    readable: experiences.readable,
  };
}

/** The departments and question categories an experience may name (empty when their file is broken). */
export function readChoices(root: string): { departments: { id: string; name: string }[]; categories: { id: string; name: string }[] } {
  const read = <T>(file: string, schema: Parameters<typeof readYamlList>[1]) => {
    const path = join(root, file);
    if (!existsSync(path)) return [];
    const result = readYamlList(path, schema);
    return result.problems.length ? [] : result.entries.map((entry) => entry.data as T);
  };
  return { departments: read('departments.yaml', departmentSchema), categories: read('question-categories.yaml', questionCategorySchema) };
}

/** The ids `checkExperienceFile` checks references against. */
export function knownIds(root: string): KnownIds {
  const { departments, categories } = readChoices(root);
  return { departments: departments.map((item) => item.id), categories: categories.map((item) => item.id) };
}

/** A reference to an id that does not exist, at the line of the field. */
function unknownId(file: string, located: { line: number; column: number } | undefined, path: PropertyKey[], id: string, list: string, ids: readonly string[]): ContentProblem {
  return { file, line: located?.line, column: located?.column, field: fieldName(path), message: `"${id}" is not an id in ${list}; use one of: ${ids.join(', ')}` };
}

/** Example questions must be filed under existing categories, salary bands under existing departments. */
function dataReferenceProblems(root: string, known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (name: string, items: (value: unknown) => { path: PropertyKey[]; id: unknown }[], list: string, ids: readonly string[] | undefined) => {
    const path = join(root, name);
    if (!ids || !existsSync(path)) return;
    const parsed = readYamlFile(path);
    if (parsed.problems.length) return;
    for (const item of items(parsed.value)) {
      if (typeof item.id === 'string' && !ids.includes(item.id)) problems.push(unknownId(displayPath(path), parsed.locate(item.path), item.path, item.id, list, ids));
    }
  };
  const asList = (value: unknown) => (Array.isArray(value) ? value : []);
  check('example-questions.yaml', (value) => asList(value).map((item, index) => ({ path: [index, 'category'], id: item?.category })), 'question-categories.yaml', known.categories);
  check(
    'salaries.yaml',
    (value) => asList((value as { bands?: unknown })?.bands).map((band, index) => ({ path: ['bands', index, 'department'], id: band?.department })),
    'departments.yaml',
    known.departments,
  );
  return problems;
}

/** The front matter of every guide section: its schema, and the categories and departments it names. */
function checkGuideFrontMatter(folder: string, known: KnownIds): { problems: ContentProblem[]; count: number } {
  if (!existsSync(folder)) return { problems: [], count: 0 };
  const names = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const file = displayPath(join(folder, name));
    const text = normaliseLineEndings(readFileSync(join(folder, name), 'utf8'));
    const frontMatter = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text)?.[1];
    if (frontMatter === undefined) {
      problems.push({ file, line: 1, message: 'starts without front matter; begin the file with a "---" line, the fields (title, description, order, updated), and another "---" line' });
      continue;
    }
    // The front matter starts on line 2 of the file.
    const parsed = parseYaml(frontMatter, file);
    const locate = (path: readonly PropertyKey[]) => {
      const position = parsed.locate(path);
      return position && { line: position.line + 1, column: position.column };
    };
    if (parsed.problems.length) {
      problems.push(...parsed.problems.map((problem) => ({ ...problem, line: problem.line && problem.line + 1 })));
      continue;
    }
    problems.push(...checkValue(guideSectionSchema, parsed.value, file, locate).problems);
    const fields = parsed.value as { categories?: unknown; departments?: unknown } | null;
    for (const [key, list, ids] of [
      ['categories', 'question-categories.yaml', known.categories],
      ['departments', 'departments.yaml', known.departments],
    ] as const) {
      const values = fields?.[key];
      if (!ids || !Array.isArray(values)) continue;
      values.forEach((id, index) => {
        if (typeof id === 'string' && !ids.includes(id)) problems.push(unknownId(file, locate([key, index]), [key, index], id, list, ids));
      });
    }
  }
  return { problems, count: names.length };
}

/** Every file in `content/experiences/`: its name and type, then its content, then duplicates across files. */
function checkExperienceFolder(folder: string, known: KnownIds) {
  const problems: CheckedProblem[] = [];
  const valid: { file: string; data: Experience }[] = [];
  const readable = new Map<string, Experience>();
  if (!existsSync(folder)) return { problems, count: 0, valid, readable };
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const addresses = new Map<string, string>();
  let count = 0;
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const file = displayPath(path);
    if (entry.name === '.gitkeep') continue;
    if (entry.isDirectory()) {
      problems.push({ file, message: 'folders inside content/experiences/ are not read; move the experience files up into content/experiences/ and delete the folder' });
      continue;
    }
    count++;
    // The file name without its extension is the page address: two files must never share one.
    const address = entry.name.replace(/\.[^.]*$/, '').toLowerCase();
    const other = addresses.get(address);
    if (other) {
      const next = /-\d+$/.test(address) ? address.replace(/-(\d+)$/, (_, number: string) => `-${Number(number) + 1}`) : `${address}-2`;
      problems.push({ file, message: `would have the same page address (/experiences/${address}/) as ${other}; rename it, e.g. to ${next}.yaml` });
      continue;
    }
    addresses.set(address, file);
    const nameProblems = experienceFileNameProblems(entry.name, file);
    if (nameProblems.length) {
      problems.push(...nameProblems);
      continue;
    }
    const result = checkExperienceFile(file, readFileSync(path), known);
    problems.push(...result.problems);
    if (!result.data) continue;
    readable.set(path, result.data);
    if (!result.problems.length) valid.push({ file, data: result.data });
  }
  problems.push(...findLikelyDuplicates(valid));
  return { problems, count, valid, readable };
}
