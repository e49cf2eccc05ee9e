import { basename, join } from 'node:path';
import type { ContentProblem } from '../lib/contentProblems';
import { buildQuestionBank } from '../lib/questionBank';
import { missingGuidanceProblems, questionMergeProblems, questionNoteProblems, type ReportedQuestions } from '../lib/questionGuidanceChecks';
import type { ExampleQuestion } from '../schemas/exampleQuestion';
import type { Experience } from '../schemas/experience';
import type { CategoryGuidance, QuestionNote } from '../schemas/questionGuidance';
import type { QuestionMerges } from '../schemas/questionMerges';
import type { QuestionCategory } from '../schemas/questionCategory';
import { displayPath } from './contentFile';
import { questionNotesFolder } from './contentFiles';
import type { ReadEntry } from './readContent';

/**
 * The checks of `checkContent` across the question files: the guidance covers every category, and the notes
 * and merge groups name questions that are reported, each note a different question. They run on what the
 * other checks read, so no file is read twice.
 */

/**
 * The question bank of the checked content (the guide's example questions and every experience whose fields
 * could be read), as the site builds it. It is complete only when the example questions and every
 * experience file could be read: until then, a wording missing from it may be in a file with a problem.
 */
export function reportedQuestions(
  data: ReadonlyMap<string, ReadEntry<unknown>[]>,
  experiences: ReadonlyMap<string, Experience>,
  everyExperienceRead: boolean,
): ReportedQuestions {
  const examples = data.get('example-questions.yaml') as ReadEntry<ExampleQuestion>[] | undefined;
  const merges = data.get('question-merges.yaml')?.[0]?.data as QuestionMerges | undefined;
  const bank = buildQuestionBank(
    (examples ?? []).map(({ data: question }) => question),
    [...experiences].map(([path, experience]) => ({ id: basename(path, '.yaml'), ...experience })),
    merges,
  );
  return { bank, complete: examples !== undefined && everyExperienceRead };
}

/** Every problem across the question guidance, the question notes and the merge corrections. */
export function questionFileProblems(
  root: string,
  data: ReadonlyMap<string, ReadEntry<unknown>[]>,
  folders: ReadonlyMap<string, ReadEntry<unknown>[]>,
  reported: ReportedQuestions,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const guidance = data.get('question-guidance.yaml') as ReadEntry<CategoryGuidance>[] | undefined;
  const categories = data.get('question-categories.yaml') as ReadEntry<QuestionCategory>[] | undefined;
  if (guidance && categories) {
    problems.push(
      ...missingGuidanceProblems(
        displayPath(join(root, 'question-guidance.yaml')),
        categories.map((entry) => entry.data),
        guidance.map((entry) => entry.data.category),
      ),
    );
  }
  const notes = (folders.get(questionNotesFolder) ?? []) as ReadEntry<QuestionNote>[];
  problems.push(
    ...questionNoteProblems(
      notes.map((entry) => ({ file: entry.filePath, data: entry.data, locate: entry.locate })),
      reported,
    ),
  );
  const merges = data.get('question-merges.yaml')?.[0] as ReadEntry<QuestionMerges> | undefined;
  if (merges) problems.push(...questionMergeProblems({ file: merges.filePath, data: merges.data, locate: merges.locate }, reported));
  return problems;
}
