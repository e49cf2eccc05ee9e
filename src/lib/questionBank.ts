import type { Level, Result } from '../schemas/experience';
import { formatDate } from './format';
import { LOOK_ALIKE_THRESHOLD, MERGE_THRESHOLD, MIN_SHARED_WORDS, questionWords, WordIndex } from './questionSimilarity';
import { slugify, uniqueSlugger } from './slugs';

/** A question as one source reported it. */
export interface ReportedQuestion {
  text: string;
  category?: string;
  /** The guide's own id for one of its example questions: the question's page keeps it as its address. */
  id?: string;
  /** Departments the guide files one of its example questions under. */
  departments?: readonly string[];
}

/** Where a question was reported: the guide itself, or one candidate's experience. */
export type QuestionSource =
  { kind: 'guide' } | { kind: 'experience'; id: string; role: string; department: string; date: string; level?: Level; result?: Result };

/** One question of the bank, merged across every source that reports it. */
export interface BankQuestion {
  /** Stable anchor on the question bank page. */
  anchor: string;
  /** The question's page address under the bank, stable while its first wording is (see `questionSlug`). */
  slug: string;
  /** The wording shown: the first one reported. */
  text: string;
  /** Every distinct wording, first one included. */
  wordings: string[];
  category?: string;
  sources: QuestionSource[];
  /** Roles of the experiences that report it, without repeats. */
  roles: string[];
  /** Departments it was asked for (by experiences) or filed under (by the guide), without repeats. */
  departments: string[];
  /** The oldest and newest experience dates that report it, if any. */
  firstReported?: string;
  lastReported?: string;
}

/** The key two wordings share when they are the same question: case, quotes, punctuation and spacing ignored. */
export function questionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/[^\p{L}\p{N}'+#.]+/gu, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ExperienceQuestions {
  id: string;
  role: string;
  department: string;
  date: string;
  level?: Level;
  result?: Result;
  questions: ReportedQuestion[];
}

/** The order the bank takes experiences in: oldest first, then by id, so "first reported" means the same in every build and check. */
export const reportOrder = (a: ExperienceQuestions, b: ExperienceQuestions) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/**
 * The maintainers' word on merging (content/question-merges.yaml): wordings that are one question
 * though the near-duplicate rule does not see it, and wordings the rule must keep apart.
 */
export interface QuestionMerges {
  merge: readonly (readonly string[])[];
  keepApart: readonly (readonly string[])[];
}

/** Addresses under the bank that are not questions: a question whose slug would be one of them gets a suffix. */
export const RESERVED_SLUGS: readonly string[] = ['category', 'recent', 'page'];

/** A short, stable hash of a text (FNV-1a, 32 bits, base 36): tells apart two questions whose slugs collide. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * A question's page slug: the guide's id for its example questions, else the slug of the first wording
 * reported. It depends on no other question, so re-wording or adding one never moves another's page;
 * only when two slugs collide (or one is reserved) does the later question get a suffix from its words.
 */
export function questionSlug(text: string, id?: string): string {
  return id ?? (slugify(questionKey(text), 80) || 'question');
}

/**
 * Merges the guide's example questions and every experience's questions into one bank, in first-reported
 * order: experiences are taken in `reportOrder`, oldest first, whatever order they are given in. A wording joins a question when it has the same key (case and
 * punctuation aside), when the maintainers' file merges it, or when it is a near duplicate of the
 * question's first wording (src/lib/questionSimilarity.ts), the most alike question first, unless the
 * maintainers' file keeps the two apart.
 */
export function buildQuestionBank(
  guideQuestions: ReportedQuestion[],
  experiences: ExperienceQuestions[],
  merges: QuestionMerges = { merge: [], keepApart: [] },
): BankQuestion[] {
  const entries: BankQuestion[] = [];
  const byKey = new Map<string, BankQuestion>();
  const byForcedGroup = new Map<number, BankQuestion>();
  const forcedGroup = groupOfKey(merges.merge);
  const apartGroups = groupsOfKeys(merges.keepApart);
  const index = new WordIndex<BankQuestion>();
  const nextAnchor = uniqueSlugger();
  const slugs = new Set(RESERVED_SLUGS);

  const keptApart = (key: string, entry: BankQuestion) => {
    const groups = apartGroups.get(key);
    return groups !== undefined && entry.wordings.some((wording) => apartGroups.get(questionKey(wording))?.some((group) => groups.includes(group)));
  };
  const find = (key: string, text: string): BankQuestion | undefined => {
    const exact = byKey.get(key);
    if (exact) return exact;
    const group = forcedGroup.get(key);
    if (group !== undefined && byForcedGroup.has(group)) return byForcedGroup.get(group);
    const words = questionWords(text);
    return index.matches(words, MERGE_THRESHOLD, MIN_SHARED_WORDS).find((match) => !keptApart(key, match.value))?.value;
  };

  const add = (question: ReportedQuestion, source: QuestionSource) => {
    const text = question.text.trim();
    const key = questionKey(text);
    let entry = find(key, text);
    if (!entry) {
      let slug = questionSlug(text, question.id);
      if (slugs.has(slug)) slug = `${slug}-${shortHash(key)}`;
      slugs.add(slug);
      entry = { anchor: nextAnchor(slugify(key) || 'question'), slug, text, wordings: [], sources: [], roles: [], departments: [] };
      entries.push(entry);
      index.add(questionWords(text), entry);
    }
    byKey.set(key, entry);
    const group = forcedGroup.get(key);
    if (group !== undefined && !byForcedGroup.has(group)) byForcedGroup.set(group, entry);
    if (!entry.wordings.includes(text)) entry.wordings.push(text);
    entry.category ??= question.category;
    entry.sources.push(source);
    for (const department of question.departments ?? []) if (!entry.departments.includes(department)) entry.departments.push(department);
    if (source.kind === 'experience') {
      if (!entry.roles.includes(source.role)) entry.roles.push(source.role);
      if (!entry.departments.includes(source.department)) entry.departments.push(source.department);
      if (!entry.lastReported || source.date > entry.lastReported) entry.lastReported = source.date;
      if (!entry.firstReported || source.date < entry.firstReported) entry.firstReported = source.date;
    }
  };
  for (const question of guideQuestions) add(question, { kind: 'guide' });
  for (const experience of [...experiences].sort(reportOrder)) {
    const { id, role, department, date, level, result } = experience;
    for (const question of experience.questions) add(question, { kind: 'experience', id, role, department, date, level, result });
  }
  return entries;
}

/** The group (its position in the list) each wording's key belongs to. */
function groupOfKey(groups: QuestionMerges['merge']): Map<string, number> {
  const found = new Map<string, number>();
  groups.forEach((group, position) => {
    for (const wording of group) if (!found.has(questionKey(wording))) found.set(questionKey(wording), position);
  });
  return found;
}

/** The groups (positions in the list) each wording's key belongs to; a wording may be kept apart from several. */
function groupsOfKeys(groups: QuestionMerges['keepApart']): Map<string, number[]> {
  const found = new Map<string, number[]>();
  groups.forEach((group, position) => {
    for (const wording of group) found.set(questionKey(wording), [...(found.get(questionKey(wording)) ?? []), position]);
  });
  return found;
}

/** Bank questions that look like a wording without being it: what to tell a contributor who may mean one of them. */
export interface LookAlike {
  question: BankQuestion;
  similarity: number;
  /** Whether the build merges the wording into this question (near duplicate) rather than only finding it alike. */
  merges: boolean;
}

/** Indexes of banks by their first wordings' content words, built on the first look-alike search in a bank. */
const wordIndexes = new WeakMap<readonly BankQuestion[], WordIndex<BankQuestion>>();

/**
 * The bank questions a new wording looks like, most alike first (at most `limit`): those it would merge
 * into, and those nearly as alike (`LOOK_ALIKE_THRESHOLD`). A wording the bank already holds as it is
 * (case and punctuation aside) has no look-alikes: it is that question.
 */
export function lookAlikes(bank: readonly BankQuestion[], text: string, limit = 3): LookAlike[] {
  if (findInBank(bank, text)) return [];
  let index = wordIndexes.get(bank);
  if (!index) {
    index = new WordIndex();
    for (const entry of bank) index.add(questionWords(entry.text), entry);
    wordIndexes.set(bank, index);
  }
  return index
    .matches(questionWords(text), LOOK_ALIKE_THRESHOLD, MIN_SHARED_WORDS)
    .slice(0, limit)
    .map(({ value, similarity }) => ({ question: value, similarity, merges: similarity >= MERGE_THRESHOLD }));
}

/** A question's wordings but the one shown, quoted, for "Also asked as: …"; undefined while it has one. */
export function otherWordings(question: BankQuestion): string | undefined {
  return question.wordings.length > 1
    ? question.wordings
        .slice(1)
        .map((wording) => `“${wording}”`)
        .join(', ')
    : undefined;
}

/** Questions the bank shows on one page; a larger bank gets a page per category (docs/performance.md: a one-page bank grows by megabytes). */
export const BANK_PAGE_LIMIT = 500;
/** The page of a split bank for questions with no category, or one that is not in the categories file. */
export const UNCATEGORISED = 'uncategorised';

/** Whether the bank is split into a page per category. */
export const isBankSplit = (bank: readonly BankQuestion[]) => bank.length > BANK_PAGE_LIMIT;

/** The category page a question is on in a split bank: its category, or `UNCATEGORISED`. */
export function bankCategoryOf(question: BankQuestion, categoryIds: readonly string[]): string {
  return question.category && categoryIds.includes(question.category) ? question.category : UNCATEGORISED;
}

/** The category page to link a question on, or undefined while the bank is one page. */
export function bankPageOf(bank: readonly BankQuestion[], question: BankQuestion, categoryIds: readonly string[]): string | undefined {
  return isBankSplit(bank) ? bankCategoryOf(question, categoryIds) : undefined;
}

/** Each bank's entries by the key of every wording, first entry first; built on the first lookup in that bank. */
const bankIndexes = new WeakMap<readonly BankQuestion[], Map<string, BankQuestion>>();

/**
 * Finds the bank entry for a question text, e.g. to link an experience's question to its anchor.
 * Every experience page looks up each of its questions, so the bank is indexed once rather than scanned
 * per lookup (docs/performance.md, "Measured choices in the code"). Do not change a bank after a lookup.
 */
export function findInBank(bank: readonly BankQuestion[], text: string): BankQuestion | undefined {
  let index = bankIndexes.get(bank);
  if (!index) {
    index = new Map();
    for (const entry of bank) {
      for (const wording of entry.wordings) {
        const key = questionKey(wording);
        if (!index.has(key)) index.set(key, entry);
      }
    }
    bankIndexes.set(bank, index);
  }
  return index.get(questionKey(text));
}

/** Groups questions by category in the given category order; uncategorised questions come last. */
export function groupByCategory(bank: BankQuestion[], categoryOrder: string[]): { category?: string; questions: BankQuestion[] }[] {
  const groups = categoryOrder.map((category) => ({ category, questions: bank.filter((entry) => entry.category === category) }));
  const known = new Set(categoryOrder);
  const rest = bank.filter((entry) => !entry.category || !known.has(entry.category));
  return [...groups, ...(rest.length ? [{ category: undefined, questions: rest }] : [])].filter((group) => group.questions.length);
}

/** The questions reported most often, newest report first among equals: what the home page leads with. */
export function mostReported(bank: readonly BankQuestion[], limit: number): BankQuestion[] {
  return [...bank].sort((a, b) => b.sources.length - a.sources.length || (b.lastReported ?? '').localeCompare(a.lastReported ?? '')).slice(0, limit);
}

/** Whether any question was reported more than once (by the guide or experiences): until then, none is "most reported". */
export function hasRepeatedQuestion(bank: readonly BankQuestion[]): boolean {
  return bank.some((question) => question.sources.length > 1);
}

/**
 * What the home page leads with: the most reported questions once a question was reported twice; until
 * then every count is 1, and the same order is the most recently reported, so it is called that.
 */
export function leadingQuestions(bank: readonly BankQuestion[], limit: number): { byCount: boolean; title: string; questions: BankQuestion[] } {
  const byCount = hasRepeatedQuestion(bank);
  return { byCount, title: byCount ? 'Most reported questions' : 'Recently reported', questions: mostReported(bank, limit) };
}

/** What the home page writes after a leading question: how often it was reported, or, while counts are all 1, when. */
export function reportedNote(question: BankQuestion, byCount: boolean): string {
  if (byCount) return `reported ${question.sources.length === 1 ? 'once' : `${question.sources.length} times`}`;
  return question.lastReported ? `reported ${formatDate(question.lastReported)}` : 'from the guide';
}
