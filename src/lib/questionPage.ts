import type { BankQuestion, QuestionSource } from './questionBank';
import { questionWords } from './questionSimilarity';

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
 * A word shared with more than this share of the bank says little about two questions being related
 * ("design" in a bank of design questions), and visiting all its questions for every question made the
 * work grow with the square of the bank (2.4 s for 3,345 questions; 0.07 s without them).
 */
export const COMMON_WORD_SHARE = 0.05;

/**
 * Each question's related questions: those sharing the most content words with it (Jaccard over
 * stemmed words, src/lib/questionSimilarity.ts; a word in more than `COMMON_WORD_SHARE` of the bank and
 * more than 20 questions is not counted), a question of the same category first among equals, then bank order; then, while there are fewer than `limit`, the most reported questions of its category.
 * Worked out for the whole bank at once, visiting only questions that share a word.
 */
export function relatedQuestions(bank: readonly BankQuestion[], limit = RELATED_QUESTIONS): Map<BankQuestion, BankQuestion[]> {
  const words = bank.map((question) => questionWords(question.text));
  const postings = new Map<string, number[]>();
  words.forEach((own, position) => {
    for (const word of own) {
      const list = postings.get(word);
      if (list) list.push(position);
      else postings.set(word, [position]);
    }
  });
  const common = Math.max(20, Math.ceil(bank.length * COMMON_WORD_SHARE));
  const byCategory = new Map<string | undefined, BankQuestion[]>();
  for (const question of bank) {
    const list = byCategory.get(question.category);
    if (list) list.push(question);
    else byCategory.set(question.category, [question]);
  }
  for (const list of byCategory.values()) list.sort((a, b) => b.sources.length - a.sources.length);

  const related = new Map<BankQuestion, BankQuestion[]>();
  bank.forEach((question, self) => {
    const shared = new Map<number, number>();
    for (const word of words[self]) {
      const list = postings.get(word)!;
      if (list.length > common) continue;
      for (const other of list) if (other !== self) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const sameCategory = (other: number) => (bank[other].category === question.category ? 1 : 0);
    const ranked = [...shared]
      .map(([other, count]) => ({ other, similarity: count / (words[self].length + words[other].length - count) }))
      .sort((a, b) => b.similarity - a.similarity || sameCategory(b.other) - sameCategory(a.other) || a.other - b.other)
      .slice(0, limit)
      .map(({ other }) => bank[other]);
    for (const other of byCategory.get(question.category) ?? []) {
      if (ranked.length >= limit) break;
      if (other !== question && !ranked.includes(other)) ranked.push(other);
    }
    related.set(question, ranked);
  });
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
