import type { z } from 'zod';
import {
  categoryGuidanceSchema,
  companySchema,
  departmentSchema,
  employerComparisonSchema,
  exampleQuestionSchema,
  faqEntrySchema,
  hiringStepSchema,
  interviewStageSchema,
  preparationTipSchema,
  questionCategorySchema,
  questionMergesSchema,
  questionNoteSchema,
  salariesSchema,
} from '../schemas';

/** A YAML data file in `content/`: one object, or a list of items with unique ids. */
export interface DataFile {
  file: string;
  shape: 'object' | 'list';
  schema: z.ZodType;
  /** The field that names a list item, unique in the file and the entry's id: `id` unless said. */
  key?: string;
  /** Whether the site builds without the file (another company's guide may not have one); required unless said. */
  optional?: boolean;
}

/** The data files `src/content.config.ts` loads, for the checks that read all of content at once. */
export const dataFiles: readonly DataFile[] = [
  { file: 'company.yaml', shape: 'object', schema: companySchema },
  { file: 'hiring-steps.yaml', shape: 'list', schema: hiringStepSchema },
  { file: 'interview-stages.yaml', shape: 'list', schema: interviewStageSchema },
  { file: 'departments.yaml', shape: 'list', schema: departmentSchema },
  { file: 'question-categories.yaml', shape: 'list', schema: questionCategorySchema },
  { file: 'example-questions.yaml', shape: 'list', schema: exampleQuestionSchema },
  { file: 'preparation-tips.yaml', shape: 'list', schema: preparationTipSchema },
  { file: 'faq.yaml', shape: 'list', schema: faqEntrySchema },
  { file: 'salaries.yaml', shape: 'object', schema: salariesSchema },
  { file: 'employer-comparison.yaml', shape: 'object', schema: employerComparisonSchema },
  { file: 'question-guidance.yaml', shape: 'list', schema: categoryGuidanceSchema, key: 'category' },
  { file: 'question-merges.yaml', shape: 'object', schema: questionMergesSchema, optional: true },
];

/**
 * A folder of `content/` with one YAML object per file, its id the file name without `.yaml`. Like the
 * experiences folder, it may be missing: then it has no entries.
 */
export interface DataFolder {
  folder: string;
  schema: z.ZodType;
  /** How large one file may be, and what messages call such a file. */
  limit: { maxBytes: number; kind: string };
  /** What the summary of `npm run validate` calls its files, e.g. "question notes". */
  label: string;
}

/** The guide's advice on each reported question, one file per question. */
export const questionNotesFolder = 'question-notes';

/** The data folders `src/content.config.ts` loads. */
export const dataFolders: readonly DataFolder[] = [
  { folder: questionNotesFolder, schema: questionNoteSchema, limit: { maxBytes: 64 * 1024, kind: 'a question note' }, label: 'question notes' },
];

/** Folders of `content/` with one entry per file. */
export const experiencesFolder = 'experiences';
export const guideFolder = 'guide';
