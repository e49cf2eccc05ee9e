import type { Experience } from '../schemas/experience';
import { applicationChannels, difficulties, results } from '../schemas/experience';
import { NOT_REPORTED, channelLabels, difficultyLabels, resultLabels } from './labels';

/**
 * Statistics over candidates' experiences for the stats and role pages. Counts only what candidates
 * wrote: a value left out is counted as "Not reported", never guessed.
 */

/** The fields the statistics read; any experience-like object will do. */
export type StatsExperience = Pick<Experience, 'department' | 'difficulty' | 'result' | 'rounds' | 'appliedVia'>;

/** One bar of a distribution. */
export interface Bucket {
  /** Stable key: the enum value, the round count, or `not-reported`. */
  key: string;
  label: string;
  count: number;
}

/** Below this many experiences a figure is labelled as a small sample. */
export const SMALL_SAMPLE_BELOW = 10;

/** Whether `n` experiences are too few to read much into. */
export function isSmallSample(n: number): boolean {
  return n < SMALL_SAMPLE_BELOW;
}

/** Key of the bucket for values a candidate left out. */
export const NOT_REPORTED_KEY = 'not-reported';

/** "40%": a count's share of a total, rounded to a whole percent; 0% of nothing. */
export function percentOf(count: number, total: number): string {
  return `${total ? Math.round((count / total) * 100) : 0}%`;
}

/**
 * Counts items per value in the given order; every value gets a bucket, even when empty, so
 * distributions share one scale. `withNotReported` adds a "Not reported" bucket for an optional field.
 */
export function countBy<K extends string, T>(
  items: readonly T[],
  valueOf: (item: T) => K | undefined,
  order: readonly K[],
  labels: Record<K, string>,
  withNotReported: boolean,
): Bucket[] {
  const buckets: Bucket[] = order.map((key) => ({ key, label: labels[key], count: 0 }));
  const missing: Bucket = { key: NOT_REPORTED_KEY, label: NOT_REPORTED, count: 0 };
  for (const item of items) {
    const value = valueOf(item);
    const bucket = value === undefined ? missing : buckets.find((candidate) => candidate.key === value);
    if (!bucket) throw new Error(`stats: "${value}" is not one of ${order.join(', ')}`);
    bucket.count += 1;
  }
  return withNotReported ? [...buckets, missing] : buckets;
}

/** How hard candidates found the interviews: Easy, Medium, Hard, Not reported. */
export function difficultyDistribution(experiences: readonly StatsExperience[]): Bucket[] {
  return countBy(experiences, (experience) => experience.difficulty, difficulties, difficultyLabels, true);
}

/** How the processes ended, Not reported included. */
export function outcomeMix(experiences: readonly StatsExperience[]): Bucket[] {
  return countBy(experiences, (experience) => experience.result, results, resultLabels, true);
}

/** How candidates applied; the field is required, so there is no "Not reported". */
export function appliedViaMix(experiences: readonly StatsExperience[]): Bucket[] {
  return countBy(experiences, (experience) => experience.appliedVia, applicationChannels, channelLabels, false);
}

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
export function roundsSummary(experiences: readonly StatsExperience[]): RoundsSummary {
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

export interface DepartmentStats {
  /** The department id experiences use. */
  id: string;
  name: string;
  count: number;
  rounds: RoundsSummary;
  difficulty: Bucket[];
  outcomes: Bucket[];
}

/**
 * Statistics per department, in the order departments are listed; departments nobody reported on
 * get a row with a count of 0. An experience naming an unlisted department gets a row of its own.
 */
export function perDepartment(experiences: readonly StatsExperience[], departments: readonly { id: string; name: string }[]): DepartmentStats[] {
  const listed = departments.map((department) => department.id);
  const unlisted = [...new Set(experiences.map((experience) => experience.department).filter((id) => !listed.includes(id)))];
  const rows = [...departments, ...unlisted.map((id) => ({ id, name: id }))];
  return rows.map(({ id, name }) => {
    const own = experiences.filter((experience) => experience.department === id);
    return { id, name, count: own.length, rounds: roundsSummary(own), difficulty: difficultyDistribution(own), outcomes: outcomeMix(own) };
  });
}

/** "Easy 1, Not reported 2": the non-empty buckets in order, or "None" when all are empty. */
export function describeBuckets(buckets: readonly Bucket[]): string {
  const parts = buckets.filter((bucket) => bucket.count > 0).map((bucket) => `${bucket.label} ${bucket.count}`);
  return parts.length ? parts.join(', ') : 'None';
}
