import type { z } from 'zod';
import {
  companySchema,
  departmentSchema,
  employerComparisonSchema,
  exampleQuestionSchema,
  faqEntrySchema,
  hiringStepSchema,
  interviewStageSchema,
  preparationTipSchema,
  questionCategorySchema,
  salariesSchema,
} from '../schemas';

/** A YAML data file in `content/`: one object, or a list of items with unique ids. */
export interface DataFile {
  file: string;
  shape: 'object' | 'list';
  schema: z.ZodType;
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
];

/** Folders of `content/` with one entry per file. */
export const experiencesFolder = 'experiences';
export const guideFolder = 'guide';
