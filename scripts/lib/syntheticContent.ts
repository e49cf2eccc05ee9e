/**
 * Synthetic candidate experiences for the benchmark and for the tests' site grown past one page (the
 * `paged` build of tests/support/buildSites.ts): a copy of the content folder plus N generated
 * experience files, with realistic field lengths, 3–8 questions each drawn from a shared pool (so the
 * same question is reported by many candidates, as in real data), and only department and category ids
 * that exist in the content. Everything is generated from a seed and written to a temporary folder;
 * nothing here is a fact, and nothing is ever written into the real content folder.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { readYamlList } from '../../src/loaders/readContent';
import {
  applicationChannels,
  departmentSchema,
  difficulties,
  interviewFormats,
  levels,
  offerResults,
  questionCategorySchema,
  results,
  sentiments,
} from '../../src/schemas';
import { createRandom, type Random } from './random';

/**
 * The fixed search queries, from narrow to broad. In the generated files "stakeholder" and "linked list"
 * appear in about a tenth of the experiences, "kubernetes" and "salary negotiation" in about a quarter,
 * "system design" in two thirds, and "interview" is on every experience page (the worst case for search).
 */
export const searchQueries = ['linked list', 'kubernetes', 'stakeholder', 'salary negotiation', 'system design', 'interview'];

const subjects = [
  'a payment service',
  'an onboarding flow',
  'a rate limiter',
  'a notification system',
  'a ledger',
  'a mobile login',
  'a search feature',
  'a reporting dashboard',
  'an approval workflow',
  'a cache layer',
  'a feature flag service',
  'a loan calculator',
  'a card freeze button',
  'a fraud alert',
  'a savings goal screen',
  'an audit log',
  'a chat widget',
  'a document upload',
  'a transfer limit',
  'a consent screen',
  'a statement export',
  'a billing page',
  'a login throttle',
  'a currency converter',
  'a budgeting tool',
  'a support inbox',
  'a release pipeline',
  'a data import',
  'a user survey',
  'an identity check',
  'a pricing page',
  'a customer portal',
  'a settings page',
  'a scheduling tool',
  'a status page',
];
const tasks = [
  'reverse a linked list',
  'find duplicates in an array',
  'merge two sorted arrays',
  'validate balanced brackets',
  'detect a cycle in a linked list',
  'group anagrams',
  'rotate a matrix',
  'parse a CSV line',
  'implement an LRU cache',
  'count words in a text',
  'find the longest common prefix',
  'flatten a nested list',
  'compute a running median',
  'check whether a string is a palindrome',
  'sum the values of a tree',
  'schedule meetings without overlaps',
  'paginate an API response',
  'debounce a function',
  'round money correctly',
  'sort transactions by date',
];
const techs = [
  'Java',
  'Kotlin',
  'TypeScript',
  'React',
  'Angular',
  'Spring Boot',
  'PostgreSQL',
  'Kafka',
  'Docker',
  'Kubernetes',
  'Terraform',
  'GraphQL',
  'REST',
  'OAuth',
  'Redis',
  'Python',
  'SQL',
  'Figma',
  'Jira',
  'Salesforce',
  'Tableau',
  'Swift',
  'Android',
  'iOS',
  'AWS',
  'Azure',
  'Git',
  'Jenkins',
  'Selenium',
  'Cypress',
  'Grafana',
  'Elasticsearch',
  'MongoDB',
];
const situations = [
  'you disagreed with a stakeholder',
  'a deadline slipped',
  'you had to learn a tool quickly',
  'a release went wrong',
  'you mentored a colleague',
  'a client was unhappy',
  'you changed a team process',
  'priorities changed mid-sprint',
  'you gave difficult feedback',
  'you missed a target',
  'you led a project',
  'you had to say no',
  'two teams disagreed',
  'you simplified something complex',
  'you took over a failing project',
  'you handled an outage',
  'you onboarded someone',
];
const questionTemplates: ((random: Random, term: string) => string)[] = [
  (random) => `How would you approach the system design of ${random.pick(subjects)}?`,
  (random) => `Write a function to ${random.pick(tasks)}.`,
  (random) => `Tell me about a time ${random.pick(situations)}.`,
  (_, term) => `What do you know about ${term} and where would you use it?`,
  (random, term) => `How would you explain ${term} to a ${random.pick(['new colleague', 'client', 'manager', 'customer'])}?`,
  (random) => `How do you test ${random.pick(subjects)} that uses ${random.pick(techs)}?`,
  (random) => `What would you measure first after launching ${random.pick(subjects)}?`,
  (random) => `Why did you choose ${random.pick(techs)} in your last project?`,
  (random) => `How would you prioritise the backlog for ${random.pick(subjects)}?`,
  () => 'What are your expectations for salary negotiation in this role?',
];

const openings = [
  'A recruiter contacted me a week after I applied',
  'I applied through the careers page and heard back quickly',
  'The process took about a month from the first call to the decision',
  'A former colleague referred me',
  'The first call covered my background and the team',
  'I was invited to an online assessment first',
  'I had been following the company for a while',
  'It started with a short questionnaire',
  'A friend suggested I apply',
];
const middles = [
  'the interviewer asked me to sketch a system design for {subject} and kept adding requirements',
  'we spent most of the hour on a coding exercise: I had to {task}',
  'the panel asked about a time {situation}',
  'they wanted to hear about {term} and how it fits with {tech}',
  'the hiring manager talked about the roadmap and asked what I would improve in {subject}',
  'the technical round mixed questions about {tech} with a short live coding task',
  'there was a take-home assignment about {subject}, reviewed together in the next round',
  'I was asked how I would test {subject}',
  'we discussed my experience with {tech} and {tech}',
  'the second interviewer focused on {term} and asked for examples',
  'they asked me to walk through a project I was proud of',
  'I presented a short case about {subject} to three people',
  'the conversation moved to team culture and ways of working',
  'one question was about {tech} in production and how I would monitor it',
  'I had to estimate the effort for {subject}',
  'we compared two approaches to {subject} and their trade-offs',
  'they gave me a scenario where {situation} and asked what I would do',
  'I was asked to review a short piece of code using {tech}',
  'the interviewer was interested in how I learn {tech}',
  'we talked about {term} for a while',
  'I explained how I had used {term} with {tech} before',
  'the team lead asked about my preferred way to plan work',
  'there was a pairing exercise on {task}',
  'I drew a diagram of {subject} and answered questions on it',
];
const closings = [
  'The feedback came within a few days.',
  'I would have liked more detail in the feedback.',
  'Salary negotiation was handled by the recruiter and went smoothly.',
  'Everyone was friendly and on time.',
  'Preparing examples in advance helped a lot.',
  'I was told the team was growing fast.',
  'It felt well organised.',
  'The questions were fair.',
  'I needed to follow up twice to get an answer.',
  'The office was easy to reach.',
  'The video call had some technical issues.',
  'I left with a good impression.',
  'The pace was quick.',
  'I was asked to keep the assignment private.',
  'The interviewers took notes throughout.',
];
const roundNames = [
  'Recruiter call',
  'Online assessment',
  'Technical interview',
  'System design interview',
  'Hiring manager interview',
  'Team interview',
  'Case study',
  'Final interview',
  'Take-home assignment',
  'Culture conversation',
  'Coding interview',
  'Architecture discussion',
];
/** Offices as `[country, city]`; the city is left out of some locations, as a candidate may. */
const offices: [string, string][] = [
  ['Netherlands', 'Amsterdam'],
  ['Netherlands', 'Utrecht'],
  ['Germany', 'Berlin'],
  ['Belgium', 'Brussels'],
  ['Spain', 'Barcelona'],
  ['United Kingdom', 'London'],
  ['Poland', 'Warsaw'],
];
const firstNames = ['Alex', 'Sam', 'Robin', 'Jordan', 'Kim', 'Noor', 'Eli', 'Mara', 'Tariq', 'Ines', 'Jun', 'Lena'];

/** Made-up technical terms, so the search index sees a vocabulary as wide as real writing has. */
function makeTerms(random: Random, count: number): string[] {
  const syllables = ['ka', 'lo', 'ver', 'tri', 'mon', 'sel', 'da', 'rix', 'pa', 'neo', 'gra', 'fin', 'zu', 'tek', 'qua', 'bel'];
  const terms = new Set<string>();
  while (terms.size < count) terms.add(Array.from({ length: random.int(2, 4) }, () => random.pick(syllables)).join(''));
  return [...terms];
}

const fill = (template: string, random: Random, terms: string[]) =>
  template
    .replace('{subject}', () => random.pick(subjects))
    .replace('{task}', () => random.pick(tasks))
    .replace('{situation}', () => random.pick(situations))
    .replaceAll('{tech}', () => random.pick(techs))
    .replace('{term}', () => random.pick(terms));

function paragraph(random: Random, terms: string[]): string {
  const sentences = [`${random.pick(openings)}, and ${fill(random.pick(middles), random, terms)}.`];
  for (let count = random.int(1, 4); count > 0; count--) {
    const middle = fill(random.pick(middles), random, terms);
    sentences.push(random.chance(0.3) ? random.pick(closings) : `${middle[0].toUpperCase()}${middle.slice(1)}.`);
  }
  return sentences.join(' ');
}

/** Shortens text to at most `max` characters, at a word boundary. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[,.:;]$/, '')}.`;
}

/** A result most of the time, and with an offer, often whether it was negotiated (never without one: the schema refuses it). */
function withResult(random: Random): { result?: (typeof results)[number]; offer?: { negotiated: boolean } } {
  if (!random.chance(0.85)) return {};
  const result = random.pick(results);
  const offered = (offerResults as readonly string[]).includes(result);
  return offered && random.chance(0.6) ? { result, offer: { negotiated: random.chance(0.4) } } : { result };
}

export interface GeneratedContent {
  /** The folder to pass as CONTENT_DIR. */
  dir: string;
  /** How many experiences were generated (the copied real ones come on top). */
  experiences: number;
  /** How many distinct questions the pool held. */
  questionPool: number;
}

/** Copies `sourceDir` to `targetDir` and adds `count` generated experiences to its `experiences/` folder. */
export function generateContent(sourceDir: string, targetDir: string, count: number, seed = 20260221): GeneratedContent {
  const random = createRandom(seed);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  cpSync(sourceDir, targetDir, { recursive: true });

  const departments = readYamlList(resolve(sourceDir, 'departments.yaml'), departmentSchema).entries.map((entry) => entry.data);
  const categories = readYamlList(resolve(sourceDir, 'question-categories.yaml'), questionCategorySchema).entries.map((entry) => entry.id);
  if (!departments.length || !categories.length) throw new Error(`${sourceDir}: no departments or question categories to generate experiences from`);

  const terms = makeTerms(random, 3000);
  // Roughly one distinct question per three experiences, each with a fixed category.
  const pool = new Map<string, string>();
  const poolSize = Math.max(60, Math.round(count / 3));
  for (let attempt = 0; pool.size < poolSize && attempt < poolSize * 20; attempt++) {
    const text = random.pick(questionTemplates)(random, random.pick(terms));
    if (!pool.has(text)) pool.set(text, random.pick(categories));
  }
  const questions = [...pool];

  const end = Date.UTC(2026, 1, 28);
  const day = 24 * 60 * 60 * 1000;
  for (let index = 1; index <= count; index++) {
    const department = random.pick(departments);
    const role = department.roles.length ? random.pick(department.roles) : department.name;
    const rounds = random.int(1, 6);
    const asked = new Map<string, string>();
    for (let wanted = random.int(3, 8); asked.size < wanted;) {
      const [text, category] = questions[random.skewed(questions.length)];
      // Some candidates write the same question in other letter case; the question bank merges them.
      asked.set(random.chance(0.1) ? text.toLowerCase() : text, category);
    }
    const date = new Date(end - random.int(0, 6 * 365) * day).toISOString().slice(0, 10);
    const [country, city] = random.pick(offices);
    const experience = {
      role,
      department: department.id,
      level: random.pick(levels),
      ...(random.chance(0.6) ? { name: `${random.pick(firstNames)} ${String.fromCharCode(65 + random.int(0, 25))}.` } : {}),
      appliedVia: random.pick(applicationChannels),
      ...(random.chance(0.85) ? { difficulty: random.pick(difficulties) } : {}),
      ...withResult(random),
      // The fields added later are reported by about half the candidates, as real ones would be.
      ...(random.chance(0.5) ? { sentiment: random.pick(sentiments) } : {}),
      ...(random.chance(0.5) ? { duration: random.int(3, 120) } : {}),
      ...(random.chance(0.5) ? { location: random.chance(0.25) ? 'remote' : { country, ...(random.chance(0.6) ? { city } : {}) } } : {}),
      ...(random.chance(0.5) ? { format: random.pick(interviewFormats) } : {}),
      rounds,
      ...(random.chance(0.6)
        ? {
            timeline: Array.from({ length: rounds }, () => ({
              name: random.pick(roundNames),
              ...(random.chance(0.5) ? { notes: clip(paragraph(random, terms), 300) } : {}),
              ...(random.chance(0.15) ? { format: random.pick(interviewFormats) } : {}),
            })),
          }
        : {}),
      questions: [...asked].map(([text, category]) => ({ text, ...(random.chance(0.8) ? { category } : {}) })),
      ...(random.chance(0.7) ? { advice: clip(paragraph(random, terms), random.int(80, 400)) } : {}),
      story: Array.from({ length: random.int(2, 6) }, () => paragraph(random, terms)).join('\n\n'),
      date,
    };
    const slug = role
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    writeFileSync(resolve(targetDir, 'experiences', `${date}-${slug}-bench-${index}.yaml`), stringify(experience, { lineWidth: 0 }));
  }
  return { dir: targetDir, experiences: count, questionPool: questions.length };
}
