import { showLocation } from './experienceFields';
import type { Experience } from '../schemas/experience';
import { applicationChannels, difficulties, interviewFormats, results, sentiments } from '../schemas/experience';
import { channelLabels, difficultyLabels, formatLabels, resultLabels, sentimentLabels } from './labels';

/**
 * Statistics over candidates' experiences for the stats, home and role pages. Each figure counts the
 * answers candidates gave and how many gave one: a value left out is never a value of its own, never
 * a bar, and never guessed. How processes end and how long they take are in `processStats.ts`, the
 * figures per department in `departmentStats.ts`, and the words for all of them in `statsText.ts`.
 */

/** The fields the statistics read; any experience-like object will do. */
export type StatsExperience = Pick<
  Experience,
  'department' | 'difficulty' | 'result' | 'rounds' | 'appliedVia' | 'sentiment' | 'format' | 'location' | 'duration' | 'offer'
>;

/** One value of a distribution and how many answered it. */
export interface Bucket {
  /** Stable key: the enum value, the round count, the country… */
  key: string;
  label: string;
  count: number;
}

/** The answers to one question of the experience form. */
export interface Answers {
  /** Experiences counted. */
  total: number;
  /** Experiences that gave a value; the others did not say. */
  answered: number;
  /** The values answered, in the scale's order; the values of a fixed scale all have one, empty or not. */
  buckets: Bucket[];
}

/** Below this many experiences a figure is labelled as a small sample. */
export const SMALL_SAMPLE_BELOW = 10;

/** Whether `n` experiences are too few to read much into. */
export function isSmallSample(n: number): boolean {
  return n < SMALL_SAMPLE_BELOW;
}

/** From this many answers a figure shows shares and draws bars; below, two answers of one kind would read as "100%". */
export const SHARES_FROM = 3;

/** Whether a figure rests on enough answers to show percentages and a chart. */
export function showsShares(answers: { answered: number }): boolean {
  return answers.answered >= SHARES_FROM;
}

/** How many experiences did not answer. */
export const notAnswered = (answers: { total: number; answered: number }) => answers.total - answers.answered;

/** "40%": a count's share of a total, rounded to a whole percent; 0% of nothing. */
export function percentOf(count: number, total: number): string {
  return `${total ? Math.round((count / total) * 100) : 0}%`;
}

/** Counts the answers to a question with a fixed scale: one bucket per value in the given order, even when empty. */
export function countAnswers<K extends string, T>(
  items: readonly T[],
  valueOf: (item: T) => K | undefined,
  order: readonly K[],
  labels: Record<K, string>,
): Answers {
  const buckets: Bucket[] = order.map((key) => ({ key, label: labels[key], count: 0 }));
  let answered = 0;
  for (const item of items) {
    const value = valueOf(item);
    if (value === undefined) continue;
    const bucket = buckets.find((candidate) => candidate.key === value);
    if (!bucket) throw new Error(`stats: "${value}" is not one of ${order.join(', ')}`);
    bucket.count += 1;
    answered += 1;
  }
  return { total: items.length, answered, buckets };
}

/** Counts the answers to an open question (a country…): one bucket per value given, the most given first, then by label. */
export function countOpenAnswers<T>(items: readonly T[], valueOf: (item: T) => { key: string; label: string } | undefined): Answers {
  const buckets = new Map<string, Bucket>();
  for (const item of items) {
    const value = valueOf(item);
    if (!value) continue;
    const bucket = buckets.get(value.key) ?? { key: value.key, label: value.label, count: 0 };
    bucket.count += 1;
    buckets.set(value.key, bucket);
  }
  const sorted = [...buckets.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { total: items.length, answered: sorted.reduce((sum, bucket) => sum + bucket.count, 0), buckets: sorted };
}

/** How hard candidates found the interviews: Easy, Medium, Hard. */
export const difficultyDistribution = (experiences: readonly StatsExperience[]) =>
  countAnswers(experiences, (experience) => experience.difficulty, difficulties, difficultyLabels);

/** How the processes ended. */
export const outcomeMix = (experiences: readonly StatsExperience[]) =>
  countAnswers(experiences, (experience) => experience.result, results, resultLabels);

/** How candidates felt about the process: Positive, Neutral, Negative. */
export const sentimentMix = (experiences: readonly StatsExperience[]) =>
  countAnswers(experiences, (experience) => experience.sentiment, sentiments, sentimentLabels);

/** Whether the interviews were remote, on-site or mixed. */
export const formatMix = (experiences: readonly StatsExperience[]) =>
  countAnswers(experiences, (experience) => experience.format, interviewFormats, formatLabels);

/** How candidates applied; the field is required, so every experience answers. */
export const appliedViaMix = (experiences: readonly StatsExperience[]) =>
  countAnswers(experiences, (experience) => experience.appliedVia, applicationChannels, channelLabels);

/** Where the offices were, by country, with remote processes as one value; cities are too few to count. */
export const locationMix = (experiences: readonly StatsExperience[]) =>
  countOpenAnswers(experiences, ({ location }) =>
    location === undefined
      ? undefined
      : location === 'remote'
        ? { key: 'remote', label: showLocation('remote') }
        : { key: `country:${location.country.toLowerCase()}`, label: location.country },
  );

export interface RoundsSummary {
  /** Experiences counted. */
  count: number;
  /** Mean rounds to one decimal; undefined when there are no experiences. */
  average?: number;
  min?: number;
  max?: number;
  /** One bucket per round count from the fewest to the most reported, gaps included. */
  distribution: Bucket[];
}

/** Rounds per process: average, fewest, most and how many processes had each count. */
export function roundsSummary(experiences: readonly Pick<StatsExperience, 'rounds'>[]): RoundsSummary {
  const rounds = experiences.map((experience) => experience.rounds);
  if (!rounds.length) return { count: 0, distribution: [] };
  const min = Math.min(...rounds);
  const max = Math.max(...rounds);
  const distribution: Bucket[] = [];
  for (let n = min; n <= max; n++) {
    distribution.push({ key: String(n), label: n === 1 ? '1 round' : `${n} rounds`, count: rounds.filter((value) => value === n).length });
  }
  const average = Math.round((rounds.reduce((sum, value) => sum + value, 0) / rounds.length) * 10) / 10;
  return { count: rounds.length, average, min, max, distribution };
}

/** Rounds per process as answers: every experience gives its number of rounds. */
export function roundsAnswers(summary: RoundsSummary): Answers {
  return { total: summary.count, answered: summary.count, buckets: summary.distribution };
}
