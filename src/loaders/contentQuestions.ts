import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionFile } from '../lib/questionNotices';
import type { ExampleQuestion } from '../schemas/exampleQuestion';
import type { QuestionMerges } from '../schemas/questionMerges';
import type { ContentReport } from './checkContent';

/** The file of the guide's example questions, which the bank takes before every experience. */
const exampleQuestionsFile = 'example-questions.yaml';

/** A content file's questions with when the file last changed (ms), so the notices of recent edits come first. */
export interface ContentQuestionFile extends QuestionFile {
  modified: number;
}

/**
 * The questions of a checked content folder, file by file, with where each stands: the guide's example
 * questions and every experience that passed its checks (what the site's question bank is built from).
 */
export function contentQuestionFiles(root: string, report: ContentReport): ContentQuestionFile[] {
  const files: ContentQuestionFile[] = [];
  const examples = report.data.get(exampleQuestionsFile);
  if (examples?.length) {
    files.push({
      file: examples[0].filePath,
      modified: statSync(join(root, exampleQuestionsFile)).mtimeMs,
      questions: examples.map((entry, index) => {
        const { id, text } = entry.data as ExampleQuestion;
        return { id, text, field: `[${index}].text`, ...entry.locate?.([index, 'text']) };
      }),
    });
  }
  for (const { file, data, questionPlaces, modified } of report.experiences) {
    files.push({
      file,
      date: data.date,
      modified,
      questions: data.questions.map(({ text }, index) => ({ text, field: `questions[${index}].text`, ...questionPlaces[index] })),
    });
  }
  return files;
}

/** The maintainers' merges of a checked content folder (content/question-merges.yaml), if it has the file and it passed its checks. */
export function contentMerges(report: ContentReport): QuestionMerges | undefined {
  return report.data.get('question-merges.yaml')?.[0]?.data as QuestionMerges | undefined;
}
