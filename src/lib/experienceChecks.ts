import { experienceSchema, type Experience } from '../schemas/experience';
import { checkValue, fieldName } from './contentProblems';
import { textProblems, type CheckedProblem } from './experienceTextChecks';
import { slugify } from './slugs';
import { parseContentYaml, type YamlFile } from './yamlContent';

export type { CheckedProblem } from './experienceTextChecks';

/**
 * The checks every contributed experience goes through, as pure functions over a file's name and bytes:
 * file type and name, size, encoding, YAML, schema, references to departments and categories, personal
 * data and markup in every text field. `src/loaders/checkContent.ts` runs them over the content folder.
 */

/** The largest experience file accepted. The longest possible fields fit; anything bigger is not one person's story. */
export const maxExperienceFileBytes = 64 * 1024;

/**
 * What an experience is checked against: ids that references may point to (a list left undefined could
 * not be read, so references to it are not checked), and the span of days an interview can be dated in.
 */
export interface KnownIds {
  departments?: readonly string[];
  categories?: readonly string[];
  /** The company's founding year: no experience is older. */
  foundedYear?: number;
  /** Today, YYYY-MM-DD: no experience is dated later. */
  today?: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const markupExtensions = new Set(['.md', '.mdx', '.markdown', '.html', '.htm', '.astro']);

/** Problems with the name of a file in `content/experiences/`, found before it is read. */
export function experienceFileNameProblems(name: string, file: string): CheckedProblem[] {
  const written = /\.[^.]*$/.exec(name)?.[0] ?? '';
  const extension = written.toLowerCase();
  const stem = written ? name.slice(0, -written.length) : name;
  // The build reads exactly `.yaml`: any other spelling would be silently left out of the site.
  if (extension === '.yaml' && written !== '.yaml')
    return [
      {
        file,
        message: `experience files end in .yaml, in lowercase; rename it to ${idPattern.test(stem) ? stem : slugify(stem) || 'yyyy-mm-dd-role-1'}.yaml`,
      },
    ];
  if (extension === '.yml') return [{ file, message: `experience files end in .yaml; rename it to ${stem}.yaml` }];
  if (markupExtensions.has(extension)) {
    return [
      {
        file,
        message: `a ${extension} file cannot be an experience: experiences are YAML files (.yaml), so every field can be checked and no markup or code is ever published. Move the text into a .yaml file (npm run new:experience writes one, or copy an existing experience) and delete this file`,
      },
    ];
  }
  if (extension === '.json') {
    return [
      {
        file,
        message:
          'JSON files are not read here: experiences are YAML files (.yaml). Write the same fields as YAML (npm run new:experience writes one) and delete this file',
      },
    ];
  }
  if (extension !== '.yaml')
    return [{ file, message: 'only experience files ending in .yaml belong in content/experiences/; move or delete this file' }];
  if (!idPattern.test(stem)) {
    const suggestion = slugify(stem) || 'yyyy-mm-dd-role-1';
    return [
      {
        file,
        message: `the file name becomes the page address, so it must be lowercase letters, digits and single hyphens, like 2026-03-01-software-engineer-1.yaml; rename it to ${suggestion}.yaml`,
      },
    ];
  }
  return [];
}

/** Where a value stands in a file. */
export type Place = { line: number; column: number } | undefined;

/**
 * Every check of one experience file. `data` is the file as read when its fields and references are
 * right; it is valid only when `problems` is empty too (the rest are privacy and safety problems).
 * `questionPlaces` says where each question's text stands, for notices about it (src/lib/questionNotices.ts).
 */
export function checkExperienceFile(
  file: string,
  bytes: Uint8Array,
  known: KnownIds,
): { data?: Experience; problems: CheckedProblem[]; questionPlaces?: Place[] } {
  if (bytes.length > maxExperienceFileBytes) {
    const size = (bytes.length / 1024).toFixed(1);
    return {
      problems: [
        {
          file,
          message: `the file is ${size} KB; an experience file may be at most ${maxExperienceFileBytes / 1024} KB. Shorten the story, advice or notes`,
        },
      ],
    };
  }
  const parsed = parseContentYaml(bytes, file);
  if (parsed.problems.length) return { problems: parsed.problems };
  const { data, problems } = checkValue(experienceSchema, parsed.value, file, parsed.locate);
  const structural = [...problems, ...referenceProblems(parsed.value, file, parsed.locate, known)];
  const all: CheckedProblem[] = [...structural, ...textProblems(parsed.value, file, parsed)];
  // Data that only fails the privacy and safety rules is still returned: a build that is told to let
  // such text through (to prove the pages render it inertly) loads it from here.
  if (structural.length || !data) return { problems: all };
  return { data, problems: all, questionPlaces: data.questions.map((_, index) => parsed.locate(['questions', index, 'text'])) };
}

function listed(ids: readonly string[]): string {
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
}

/** Department and question category ids that name nothing in `departments.yaml` / `question-categories.yaml`. */
function referenceProblems(value: unknown, file: string, locate: YamlFile['locate'], known: KnownIds): CheckedProblem[] {
  if (!value || typeof value !== 'object') return [];
  const problems: CheckedProblem[] = [];
  const at = (path: PropertyKey[], message: string) => {
    const position = locate(path);
    problems.push({ file, line: position?.line, column: position?.column, field: fieldName(path), message });
  };
  const { department, questions, date } = value as { department?: unknown; questions?: unknown; date?: unknown };
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    if (known.foundedYear !== undefined && Number(date.slice(0, 4)) < known.foundedYear) {
      at(['date'], `${date} is before the company was founded (${known.foundedYear}, in company.yaml); write the date the interview happened`);
    }
    if (known.today && date > known.today) at(['date'], `${date} is in the future (today is ${known.today}); write the date the interview happened`);
  }
  if (known.departments && typeof department === 'string' && idPattern.test(department) && !known.departments.includes(department)) {
    at(['department'], `"${department}" is not a department id in departments.yaml; use one of: ${listed(known.departments)}`);
  }
  if (known.categories && Array.isArray(questions)) {
    questions.forEach((question, index) => {
      const category = (question as { category?: unknown } | null)?.category;
      if (typeof category === 'string' && idPattern.test(category) && !known.categories!.includes(category)) {
        at(
          ['questions', index, 'category'],
          `"${category}" is not a question category id in question-categories.yaml; use one of: ${listed(known.categories!)}, or leave category out`,
        );
      }
    });
  }
  return problems;
}

const normalised = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Experiences that are likely the same one added twice: the same role, date and questions, or the same
 * story. Reported on the later file, naming the earlier one.
 */
export function findLikelyDuplicates(experiences: readonly { file: string; data: Experience }[]): CheckedProblem[] {
  const seen = new Map<string, string>();
  const problems: CheckedProblem[] = [];
  for (const { file, data } of experiences) {
    const questions = data.questions.map((question) => normalised(question.text)).sort();
    const keys: [string, string][] = [];
    if (questions.length) keys.push([`q|${normalised(data.role)}|${data.date}|${questions.join('|')}`, 'the same role, date and questions']);
    if (normalised(data.story).length >= 40) keys.push([`s|${normalised(data.story)}`, 'the same story']);
    const match = keys.find(([key]) => seen.has(key));
    if (match) {
      problems.push({
        file,
        message: `looks like a duplicate of ${seen.get(match[0])} (${match[1]}); if this is another interview, say what differs, otherwise delete this file`,
      });
    }
    for (const [key] of keys) if (!seen.has(key)) seen.set(key, file);
  }
  return problems;
}
