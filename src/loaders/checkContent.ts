import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { checkValue, guarded, sortProblems, type ContentProblem } from '../lib/contentProblems';
import {
  checkExperienceFile,
  experienceFileNameProblems,
  findLikelyDuplicates,
  maxExperienceFileBytes,
  type CheckedProblem,
  type KnownIds,
  type Place,
} from '../lib/experienceChecks';
import type { Experience } from '../schemas/experience';
import { guideSectionSchema, type GuideSection } from '../schemas/guideSection';
import { dataFiles, dataFolders, experiencesFolder, guideFolder } from './contentFiles';
import { displayPath, isMissing, listFolder, notARegularFile, readContentBytes, readFrontMatter } from './contentFile';
import { type ReadEntry } from './readContent';
import { dataReferenceProblems, readDataFileEntries, readDataFolderEntries, unknownId } from './dataFileChecks';
import { questionFileProblems, reportedQuestions } from './questionChecks';

/**
 * The one validation of `content/`, used by `npm run validate`, the build (through the loaders), the
 * scaffold and the issue importer: every data file, data folder file (the question notes) and guide
 * front matter against its schema, every experience through the contribution checks, and the checks
 * across files (references that must exist, likely duplicates, notes and merge groups naming questions
 * that are reported). It reads every file once and never throws for a file's content: every problem is
 * returned, and what was read is handed on, so the build does not read or check a file a second time.
 */

export interface ContentReport {
  problems: CheckedProblem[];
  /** How many files of each kind were read, for the summary line; a data folder by its label ("question notes"). */
  checked: { dataFiles: number; dataFolders: { label: string; files: number }[]; guideSections: number; experiences: number };
  /** The entries of each data file that passed its checks, by file name (`company.yaml`); an optional file that is not there has none. */
  data: Map<string, ReadEntry<unknown>[]>;
  /** The entries of each data folder that passed their own checks, by folder name (`question-notes`). */
  folders: Map<string, ReadEntry<unknown>[]>;
  /** The front matter of each guide section that passed its checks, by absolute path. */
  guide: Map<string, GuideSection>;
  /** The experiences that passed every check, with their file. */
  experiences: CheckedExperience[];
  /**
   * Every experience whose fields and references are right, by absolute path, as read: those that
   * passed every check and those that failed only the privacy and safety rules. The build loads them
   * from here instead of reading and parsing every file a second time.
   */
  readable: Map<string, Experience>;
}

/** An experience that passed every check. */
export interface CheckedExperience {
  file: string;
  data: Experience;
  /** Where each question's text stands, for notices about it. */
  questionPlaces: Place[];
  /** When the file was last changed (ms): notices of the files changed last are printed first. */
  modified: number;
}

/** Every problem in a content folder, sorted by file and line. */
export function listContentProblems(root: string, options?: CheckOptions): CheckedProblem[] {
  return sortProblems(checkContent(root, options).problems);
}

export interface CheckOptions {
  /** The day experiences may not be dated after, YYYY-MM-DD; today by default. */
  today?: string;
}

/** Reads and checks a whole content folder. */
export function checkContent(root: string, { today = new Date().toISOString().slice(0, 10) }: CheckOptions = {}): ContentReport {
  const problems: CheckedProblem[] = [];
  const data = new Map<string, ReadEntry<unknown>[]>();
  let dataFilesRead = 0;
  for (const { file, optional } of dataFiles) {
    if (optional && isMissing(join(root, file))) continue;
    dataFilesRead++;
    const result = readDataFileEntries(root, file);
    problems.push(...result.problems);
    if (!result.problems.length) data.set(file, result.entries);
  }
  const folders = new Map<string, ReadEntry<unknown>[]>();
  const folderCounts = dataFolders.map((folder) => {
    const result = readDataFolderEntries(root, folder);
    problems.push(...result.problems);
    folders.set(folder.folder, result.entries);
    return { label: folder.label, files: result.files };
  });
  const ids = (file: string) => (data.get(file) as { data: { id: string } }[] | undefined)?.map((entry) => entry.data.id);
  const company = data.get('company.yaml')?.[0]?.data as { founded?: number } | undefined;
  const known: KnownIds = { departments: ids('departments.yaml'), categories: ids('question-categories.yaml'), foundedYear: company?.founded, today };
  problems.push(...dataReferenceProblems(root, data, known));
  const guide = checkGuideFrontMatter(join(root, guideFolder), known);
  const experiences = checkExperienceFolder(join(root, experiencesFolder), known);
  const reported = reportedQuestions(data, experiences.readable, experiences.readable.size === experiences.count);
  problems.push(...questionFileProblems(root, data, folders, reported));
  return {
    problems: [...problems, ...guide.problems, ...experiences.problems],
    checked: { dataFiles: dataFilesRead, dataFolders: folderCounts, guideSections: guide.sections.size, experiences: experiences.count },
    data,
    folders,
    guide: guide.sections,
    experiences: experiences.valid,
    readable: experiences.readable,
  };
}

/** The front matter of every guide section: its schema, and the categories and departments it names. */
function checkGuideFrontMatter(folder: string, known: KnownIds): { problems: ContentProblem[]; sections: Map<string, GuideSection> } {
  const problems: ContentProblem[] = [];
  const sections = new Map<string, GuideSection>();
  const names = listFolder(folder)?.filter((name) => name.endsWith('.mdx')) ?? [];
  for (const name of names) {
    const path = join(folder, name);
    const file = displayPath(path);
    guarded(
      file,
      () => {
        const parsed = readFrontMatter(path);
        if (parsed.problems.length) return problems.push(...parsed.problems);
        const checked = checkValue(guideSectionSchema, parsed.value, file, parsed.locate);
        problems.push(...checked.problems);
        const before = problems.length;
        for (const [key, list, ids] of [
          ['categories', 'question-categories.yaml', known.categories],
          ['departments', 'departments.yaml', known.departments],
        ] as const) {
          const values = (parsed.value as Record<string, unknown> | null)?.[key];
          if (!ids || !Array.isArray(values)) continue;
          values.forEach((id, index) => {
            if (typeof id === 'string' && !ids.includes(id)) problems.push(unknownId(file, parsed.locate([key, index]), [key, index], id, list, ids));
          });
        }
        if (checked.data && problems.length === before) sections.set(path, checked.data);
        return 0;
      },
      (problem) => problems.push(problem),
    );
  }
  return { problems, sections };
}

/** Every file in `content/experiences/`: its name and type, then its content, then duplicates across files. */
function checkExperienceFolder(folder: string, known: KnownIds) {
  const problems: CheckedProblem[] = [];
  const valid: CheckedExperience[] = [];
  const readable = new Map<string, Experience>();
  const addresses = new Map<string, string>();
  let count = 0;
  for (const name of listFolder(folder) ?? []) {
    if (name === '.gitkeep') continue;
    const path = join(folder, name);
    const file = displayPath(path);
    count++;
    guarded(
      file,
      () => {
        const stats = lstatSync(path);
        if (stats.isDirectory()) {
          return problems.push({
            file,
            message: 'folders inside content/experiences/ are not read; move the experience files up into content/experiences/ and delete the folder',
          });
        }
        const notRegular = notARegularFile(stats);
        if (notRegular) return problems.push({ file, message: notRegular });
        // The file name without its extension is the page address: two files must never share one.
        const address = name.replace(/\.[^.]*$/, '').toLowerCase();
        const other = addresses.get(address);
        if (other) {
          const next = /-\d+$/.test(address) ? address.replace(/-(\d+)$/, (_, number: string) => `-${Number(number) + 1}`) : `${address}-2`;
          return problems.push({
            file,
            message: `would have the same page address (/experiences/${address}/) as ${other}; rename it, e.g. to ${next}.yaml`,
          });
        }
        addresses.set(address, file);
        const nameProblems = experienceFileNameProblems(name, file);
        if (nameProblems.length) return problems.push(...nameProblems);
        const read = readContentBytes(path, { maxBytes: maxExperienceFileBytes, kind: 'an experience file' });
        if (!read.bytes) return problems.push(...read.problems);
        const result = checkExperienceFile(file, read.bytes, known);
        problems.push(...result.problems);
        if (!result.data) return 0;
        readable.set(path, result.data);
        if (!result.problems.length) valid.push({ file, data: result.data, questionPlaces: result.questionPlaces ?? [], modified: stats.mtimeMs });
        return 0;
      },
      (problem) => problems.push(problem),
    );
  }
  problems.push(...findLikelyDuplicates(valid));
  return { problems, count, valid, readable };
}
