import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPath } from './loaders/contentRoot';
import { yamlFolderLoader, yamlListLoader, yamlObjectLoader } from './loaders/yamlLoaders';
import {
  companySchema,
  departmentSchema,
  employerComparisonSchema,
  exampleQuestionSchema,
  experienceSchema,
  faqEntrySchema,
  guideSectionSchema,
  hiringStepSchema,
  interviewStageSchema,
  preparationTipSchema,
  questionCategorySchema,
  salariesSchema,
} from './schemas';

export const collections = {
  company: defineCollection({ loader: yamlObjectLoader(contentPath('company.yaml'), companySchema) }),
  guide: defineCollection({ loader: glob({ pattern: '*.mdx', base: contentPath('guide') }), schema: guideSectionSchema }),
  hiringSteps: defineCollection({ loader: yamlListLoader(contentPath('hiring-steps.yaml'), hiringStepSchema) }),
  interviewStages: defineCollection({ loader: yamlListLoader(contentPath('interview-stages.yaml'), interviewStageSchema) }),
  departments: defineCollection({ loader: yamlListLoader(contentPath('departments.yaml'), departmentSchema) }),
  questionCategories: defineCollection({ loader: yamlListLoader(contentPath('question-categories.yaml'), questionCategorySchema) }),
  exampleQuestions: defineCollection({ loader: yamlListLoader(contentPath('example-questions.yaml'), exampleQuestionSchema) }),
  preparationTips: defineCollection({ loader: yamlListLoader(contentPath('preparation-tips.yaml'), preparationTipSchema) }),
  faq: defineCollection({ loader: yamlListLoader(contentPath('faq.yaml'), faqEntrySchema) }),
  salaries: defineCollection({ loader: yamlObjectLoader(contentPath('salaries.yaml'), salariesSchema) }),
  employerComparison: defineCollection({ loader: yamlObjectLoader(contentPath('employer-comparison.yaml'), employerComparisonSchema) }),
  experiences: defineCollection({ loader: yamlFolderLoader(contentPath('experiences'), experienceSchema) }),
};
