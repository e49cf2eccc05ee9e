import type { BankQuestion, QuestionSource } from './questionBank';
import { questionWords, WordIndex } from './questionSimilarity';

/**
 * What a question's own page shows beside the question: its reports, newest first, the questions
 * related to it, and how recently it was asked. Pages render what these functions decide.
 */

export type ExperienceSource = Extract<QuestionSource, { kind: 'experience' }>;

/** Reports a question's page lists; the rest are counted and found through search. */
export const PAGE_REPORTS = 20;

/** A question's reports as its page lists them: whether the guide reports it, the newest experiences up to `limit`, and how many are left. */
export function questionReports(question: BankQuestion, limit = PAGE_REPORTS): { guide: boolean; experiences: ExperienceSource[]; more: number } {
  const experiences = question.sources
    .filter((source): source is ExperienceSource => source.kind === 'experience')
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return {
    guide: question.sources.some((source) => source.kind === 'guide'),
    experiences: experiences.slice(0, limit),
    more: Math.max(0, experiences.length - limit),
  };
}

/** Related questions a question's page links. */
export const RELATED_QUESTIONS = 5;

/**
 * Each question's related questions: those sharing the most content words with it (Jaccard over
 * stemmed words, src/lib/questionSimilarity.ts), a question of the same category first among equals;
 * then, while there are fewer than `limit`, the most reported questions of its category. Worked out
 * for the whole bank at once, visiting only questions that share a word.
 */
export function relatedQuestions(bank: readonly BankQuestion[], limit = RELATED_QUESTIONS): Map<BankQuestion, BankQuestion[]> {
  const index = new WordIndex<BankQuestion>();
  const words = new Map<BankQuestion, string[]>();
  for (const question of bank) {
    const own = questionWords(question.text);
    words.set(question, own);
    index.add(own, question);
  }
  const byCategory = new Map<string | undefined, BankQuestion[]>();
  for (const question of bank) {
    const list = byCategory.get(question.category);
    if (list) list.push(question);
    else byCategory.set(question.category, [question]);
  }
  for (const list of byCategory.values()) list.sort((a, b) => b.sources.length - a.sources.length);

  const related = new Map<BankQuestion, BankQuestion[]>();
  for (const question of bank) {
    const sameCategory = (other: BankQuestion) => (other.category === question.category ? 1 : 0);
    const alike = index
      .matches(words.get(question)!, 0)
      .filter((match) => match.value !== question)
      .sort((a, b) => b.similarity - a.similarity || sameCategory(b.value) - sameCategory(a.value))
      .slice(0, limit)
      .map((match) => match.value);
    for (const other of byCategory.get(question.category) ?? []) {
      if (alike.length >= limit) break;
      if (other !== question && !alike.includes(other)) alike.push(other);
    }
    related.set(question, alike);
  }
  return related;
}

/** The spans of time the bank can narrow questions to, in months before the build date. */
export const RECENT_MONTHS = [6, 12] as const;
export type RecentMonths = (typeof RECENT_MONTHS)[number];

/** The day `months` calendar months before `today` (both YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Whether a candidate reported the question on or after the day `months` months before `today`. */
export function reportedWithin(question: BankQuestion, months: number, today: string): boolean {
  return question.lastReported !== undefined && question.lastReported >= monthsBefore(today, months);
}

/** The shortest of `RECENT_MONTHS` the question was last reported within, if any: what a recency filter files it under. */
export function recencyOf(question: BankQuestion, today: string): RecentMonths | undefined {
  return RECENT_MONTHS.find((months) => reportedWithin(question, months, today));
}

/** Questions reported within the longest recent span, newest report first (bank order among equals). */
export function recentQuestions(bank: readonly BankQuestion[], today: string): BankQuestion[] {
  const longest = RECENT_MONTHS[RECENT_MONTHS.length - 1];
  return bank
    .filter((question) => reportedWithin(question, longest, today))
    .sort((a, b) => (b.lastReported ?? '').localeCompare(a.lastReported ?? ''));
}
