import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { formatProblem } from '../../src/lib/contentProblems';
import { readFrontMatter } from '../../src/loaders/contentFile';
import { checkContent } from '../../src/loaders/checkContent';
import type * as schemas from '../../src/schemas';
import { projectRoot } from './astroBuild';

type Data<K extends keyof typeof schemas> = (typeof schemas)[K] extends import('zod').ZodType<infer T> ? T : never;

/** The shipped content, read and checked by the same validation the build runs (which must find nothing wrong). */
export function loadContent(root = resolve(projectRoot, 'content')) {
  const report = checkContent(root);
  if (report.problems.length) throw new Error(`content has problems:\n${report.problems.map(formatProblem).join('\n')}`);
  const list = <T>(file: string) => (report.data.get(file) ?? []).map((entry) => entry.data as T);
  const guideDir = resolve(root, 'guide');
  return {
    company: list<Data<'companySchema'>>('company.yaml')[0],
    hiringSteps: list<Data<'hiringStepSchema'>>('hiring-steps.yaml'),
    interviewStages: list<Data<'interviewStageSchema'>>('interview-stages.yaml'),
    departments: list<Data<'departmentSchema'>>('departments.yaml'),
    categories: list<Data<'questionCategorySchema'>>('question-categories.yaml'),
    exampleQuestions: list<Data<'exampleQuestionSchema'>>('example-questions.yaml'),
    preparationTips: list<Data<'preparationTipSchema'>>('preparation-tips.yaml'),
    faq: list<Data<'faqEntrySchema'>>('faq.yaml'),
    salaries: list<Data<'salariesSchema'>>('salaries.yaml')[0],
    comparison: list<Data<'employerComparisonSchema'>>('employer-comparison.yaml')[0],
    experiences: report.experiences.map(({ file, data }) => ({ id: basename(file, '.yaml'), data, filePath: file })),
    guide: readdirSync(guideDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const parsed = readFrontMatter(resolve(guideDir, name));
        return { id: name.replace(/\.mdx$/, ''), raw: parsed.value, body: parsed.text ?? '' };
      }),
  };
}
