import { defineCollection } from 'astro:content';
import { questionNotesFolder } from './loaders/contentFiles';
import { experienceLoader, guideLoader, yamlFolderLoader, yamlListLoader, yamlObjectLoader } from './loaders/yamlLoaders';
import {
  categoryGuidanceSchema,
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
  questionMergesSchema,
  questionNoteSchema,
  salariesSchema,
} from './schemas';

export const collections = {
  company: defineCollection({ loader: yamlObjectLoader('company.yaml', companySchema) }),
  guide: defineCollection({ loader: guideLoader('guide'), schema: guideSectionSchema }),
  hiringSteps: defineCollection({ loader: yamlListLoader('hiring-steps.yaml', hiringStepSchema) }),
  interviewStages: defineCollection({ loader: yamlListLoader('interview-stages.yaml', interviewStageSchema) }),
  departments: defineCollection({ loader: yamlListLoader('departments.yaml', departmentSchema) }),
  questionCategories: defineCollection({ loader: yamlListLoader('question-categories.yaml', questionCategorySchema) }),
  exampleQuestions: defineCollection({ loader: yamlListLoader('example-questions.yaml', exampleQuestionSchema) }),
  preparationTips: defineCollection({ loader: yamlListLoader('preparation-tips.yaml', preparationTipSchema) }),
  faq: defineCollection({ loader: yamlListLoader('faq.yaml', faqEntrySchema) }),
  salaries: defineCollection({ loader: yamlObjectLoader('salaries.yaml', salariesSchema) }),
  employerComparison: defineCollection({ loader: yamlObjectLoader('employer-comparison.yaml', employerComparisonSchema) }),
  experiences: defineCollection({ loader: experienceLoader('experiences', experienceSchema) }),
  questionGuidance: defineCollection({ loader: yamlListLoader('question-guidance.yaml', categoryGuidanceSchema) }),
  questionNotes: defineCollection({ loader: yamlFolderLoader(questionNotesFolder, questionNoteSchema) }),
  questionMerges: defineCollection({ loader: yamlObjectLoader('question-merges.yaml', questionMergesSchema) }),
};
