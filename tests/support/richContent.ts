/**
 * Content for the `rich` build (tests/support/buildSites.ts): a copy of the content folder plus a few
 * generated experiences that give the optional fields the real ones leave out (offer, sentiment, process
 * length, location, format, a round's format), some answered and some not, so the pages can be checked
 * showing them: the experience pages, the list's badges, filters and sorts, and the statistics. Made up
 * for the tests and written to `.tmp/` only; nothing here is a fact.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { readYamlList } from '../../src/loaders/readContent';
import { departmentSchema, questionCategorySchema, type Experience } from '../../src/schemas';

/** The generated experiences, by file name; departments and categories are filled in from the content. */
type Generated = Omit<Experience, 'department' | 'questions'> & { departmentIndex: number; questions: string[] };

export const richExperiences: Record<string, Generated> = {
  '2026-01-10-test-engineer-1': {
    role: 'Test Engineer',
    departmentIndex: 0,
    level: 'senior',
    appliedVia: 'linkedin',
    difficulty: 'hard',
    result: 'offer-accepted',
    offer: { negotiated: true },
    sentiment: 'positive',
    duration: 21,
    location: { country: 'Atlantis', city: 'Poseidonia' },
    format: 'mixed',
    rounds: 1,
    timeline: [{ name: 'Pairing session', format: 'remote' }],
    questions: ['Describe a test plan you wrote.'],
    advice: 'Bring questions of your own.',
    story: 'A **single** pairing session on a _small_ kata, then a `yes` the same week.\n\nA second paragraph.\n',
    date: '2026-01-10',
  },
  '2026-01-11-test-analyst-1': {
    role: 'Test Analyst',
    departmentIndex: 1,
    level: 'mid-level',
    appliedVia: 'referral',
    difficulty: 'medium',
    result: 'rejected',
    sentiment: 'negative',
    duration: 35,
    location: 'remote',
    format: 'remote',
    rounds: 2,
    questions: ['Which metric would you watch first?'],
    story: 'Two video calls and a take-home exercise.\n',
    date: '2026-01-11',
  },
  '2026-01-12-test-designer-1': {
    role: 'Test Designer',
    departmentIndex: 3,
    level: 'junior',
    appliedVia: 'company-website',
    difficulty: 'easy',
    result: 'offer-declined',
    offer: { negotiated: false },
    sentiment: 'neutral',
    duration: 10,
    location: { country: 'Atlantis' },
    format: 'on-site',
    rounds: 3,
    questions: ['Walk us through a sketch you threw away.'],
    story: 'A portfolio talk, a whiteboard exercise and a chat with the team.\n',
    date: '2026-01-12',
  },
  '2026-01-13-test-scientist-1': {
    role: 'Test Scientist',
    departmentIndex: 4,
    level: 'mid-level',
    appliedVia: 'recruiter',
    difficulty: 'hard',
    result: 'pending',
    sentiment: 'positive',
    duration: 60,
    location: { country: 'Lemuria' },
    format: 'remote',
    rounds: 4,
    questions: ['How would you test a ranking change?'],
    story: 'Four rounds so far, the last one with a case study.\n',
    date: '2026-01-13',
  },
  '2026-01-14-test-seller-1': {
    role: 'Test Seller',
    departmentIndex: 2,
    level: 'senior',
    appliedVia: 'indeed',
    result: 'offer',
    sentiment: 'positive',
    duration: 14,
    format: 'mixed',
    rounds: 2,
    questions: ['Sell me this stapler.'],
    story: 'A call with the recruiter and a role-play with two managers.\n',
    date: '2026-01-14',
  },
  '2026-01-15-test-writer-1': {
    role: 'Test Writer',
    departmentIndex: 0,
    level: 'junior',
    appliedVia: 'other',
    rounds: 1,
    questions: [],
    story: 'One conversation; the candidate gave no other detail.\n',
    date: '2026-01-15',
  },
};

/** Copies `sourceDir` to `dir` and adds the generated experiences; returns `dir`. */
export function richContent(sourceDir: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(sourceDir, dir, { recursive: true });
  const departments = readYamlList(resolve(sourceDir, 'departments.yaml'), departmentSchema).entries.map((entry) => entry.data.id);
  const categories = readYamlList(resolve(sourceDir, 'question-categories.yaml'), questionCategorySchema).entries.map((entry) => entry.id);
  for (const [name, { role, departmentIndex, questions, ...fields }] of Object.entries(richExperiences)) {
    const experience = {
      role,
      department: departments[departmentIndex % departments.length],
      ...fields,
      questions: questions.map((text, index) => ({ text, category: categories[index % categories.length] })),
    };
    writeFileSync(resolve(dir, 'experiences', `${name}.yaml`), stringify(experience));
  }
  return dir;
}
