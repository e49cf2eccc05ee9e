import AskCommunity from './AskCommunity.astro';
import CompanyFacts from './CompanyFacts.astro';
import Departments from './Departments.astro';
import EmployerComparison from './EmployerComparison.astro';
import ExampleQuestions from './ExampleQuestions.astro';
import Faq from './Faq.astro';
import HiringSteps from './HiringSteps.astro';
import InterviewStages from './InterviewStages.astro';
import PreparationTips from './PreparationTips.astro';
import SalaryTable from './SalaryTable.astro';

/** The data components a guide section may embed by name, e.g. `<HiringSteps />`. */
export const guideComponents = {
  AskCommunity,
  CompanyFacts,
  Departments,
  EmployerComparison,
  ExampleQuestions,
  Faq,
  HiringSteps,
  InterviewStages,
  PreparationTips,
  SalaryTable,
};
