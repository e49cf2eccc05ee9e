import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { readYamlFolder, readYamlList, readYamlObject } from '../../src/loaders/readContent';
import * as schemas from '../../src/schemas';
import { projectRoot } from './astroBuild';

/** The shipped content, read through the same readers and schemas the site uses. */
export function loadContent(root = resolve(projectRoot, 'content')) {
  const read = <T>(result: { entries: { id: string; data: T }[]; problems: unknown[] }) => {
    if (result.problems.length) throw new Error(`content has problems: ${JSON.stringify(result.problems, null, 2)}`);
    return result.entries;
  };
  const guideDir = resolve(root, 'guide');
  return {
    company: read(readYamlObject(resolve(root, 'company.yaml'), schemas.companySchema))[0].data,
    hiringSteps: read(readYamlList(resolve(root, 'hiring-steps.yaml'), schemas.hiringStepSchema)).map((e) => e.data),
    interviewStages: read(readYamlList(resolve(root, 'interview-stages.yaml'), schemas.interviewStageSchema)).map((e) => e.data),
    departments: read(readYamlList(resolve(root, 'departments.yaml'), schemas.departmentSchema)).map((e) => e.data),
    categories: read(readYamlList(resolve(root, 'question-categories.yaml'), schemas.questionCategorySchema)).map((e) => e.data),
    exampleQuestions: read(readYamlList(resolve(root, 'example-questions.yaml'), schemas.exampleQuestionSchema)).map((e) => e.data),
    preparationTips: read(readYamlList(resolve(root, 'preparation-tips.yaml'), schemas.preparationTipSchema)).map((e) => e.data),
    faq: read(readYamlList(resolve(root, 'faq.yaml'), schemas.faqEntrySchema)).map((e) => e.data),
    salaries: read(readYamlObject(resolve(root, 'salaries.yaml'), schemas.salariesSchema))[0].data,
    comparison: read(readYamlObject(resolve(root, 'employer-comparison.yaml'), schemas.employerComparisonSchema))[0].data,
    experiences: read(readYamlFolder(resolve(root, 'experiences'), schemas.experienceSchema)),
    guide: readdirSync(guideDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const text = readFileSync(resolve(guideDir, name), 'utf8');
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
        return { id: name.replace(/\.mdx$/, ''), raw: parse(frontmatter) as unknown, body: text };
      }),
  };
}
