import { formatDate } from './format';
import { slugify, uniqueSlugger } from './slugs';

/** A question as one source reported it. */
export interface ReportedQuestion {
  text: string;
  category?: string;
}

/** Where a question was reported: the guide itself, or one candidate's experience. */
export type QuestionSource = { kind: 'guide' } | { kind: 'experience'; id: string; role: string; department: string; date: string };

/** One question of the bank, merged across every source that reports it. */
export interface BankQuestion {
  /** Stable anchor on the question bank page. */
  anchor: string;
  /** The wording shown: the first one reported. */
  text: string;
  /** Every distinct wording, first one included. */
  wordings: string[];
  category?: string;
  sources: QuestionSource[];
  /** Roles of the experiences that report it, without repeats. */
  roles: string[];
  /** The newest experience date that reports it, if any. */
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
  questions: ReportedQuestion[];
}

/** Merges the guide's example questions and every experience's questions into one bank, in first-reported order. */
export function buildQuestionBank(guideQuestions: ReportedQuestion[], experiences: ExperienceQuestions[]): BankQuestion[] {
  const byKey = new Map<string, BankQuestion>();
  const nextAnchor = uniqueSlugger();
  const add = (question: ReportedQuestion, source: QuestionSource) => {
    const key = questionKey(question.text);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { anchor: nextAnchor(slugify(key) || 'question'), text: question.text.trim(), wordings: [], sources: [], roles: [] };
      byKey.set(key, entry);
    }
    if (!entry.wordings.includes(question.text.trim())) entry.wordings.push(question.text.trim());
    entry.category ??= question.category;
    entry.sources.push(source);
    if (source.kind === 'experience') {
      if (!entry.roles.includes(source.role)) entry.roles.push(source.role);
      if (!entry.lastReported || source.date > entry.lastReported) entry.lastReported = source.date;
    }
  };
  for (const question of guideQuestions) add(question, { kind: 'guide' });
  for (const experience of experiences) {
    for (const question of experience.questions) {
      add(question, { kind: 'experience', id: experience.id, role: experience.role, department: experience.department, date: experience.date });
    }
  }
  return [...byKey.values()];
}

/** Reports of one question linked from the bank; the rest are counted and found through search. */
export const LINKED_REPORTS = 5;

/**
 * The sources the bank links for a question: the guide, then the newest experiences up to `limit`, and
 * how many experiences are left unlinked (a question reported by hundreds of candidates would otherwise
 * list hundreds of links, and make the bank page megabytes long).
 */
export function linkedSources(question: BankQuestion, limit = LINKED_REPORTS): { linked: QuestionSource[]; more: number } {
  const guide = question.sources.filter((source) => source.kind === 'guide');
  const experiences = question.sources
    .filter((source): source is Extract<QuestionSource, { kind: 'experience' }> => source.kind === 'experience')
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { linked: [...guide.slice(0, 1), ...experiences.slice(0, limit)], more: Math.max(0, experiences.length - limit) };
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
const bankIndexes = new WeakMap<BankQuestion[], Map<string, BankQuestion>>();

/**
 * Finds the bank entry for a question text, e.g. to link an experience's question to its anchor.
 * Every experience page looks up each of its questions, so the bank is indexed once rather than scanned
 * per lookup (docs/performance.md, "Measured choices in the code"). Do not change a bank after a lookup.
 */
export function findInBank(bank: BankQuestion[], text: string): BankQuestion | undefined {
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
