import { describe, expect, it } from 'vitest';
import {
  NOT_REPORTED_KEY,
  appliedViaMix,
  countBy,
  describeBuckets,
  difficultyDistribution,
  isSmallSample,
  outcomeMix,
  perDepartment,
  percentOf,
  roundsSummary,
  type StatsExperience,
} from '../../src/lib/stats';

const experience = (overrides: Partial<StatsExperience> = {}): StatsExperience => ({
  department: 'engineering',
  appliedVia: 'linkedin',
  rounds: 3,
  ...overrides,
});

const counts = (buckets: { key: string; count: number }[]) => Object.fromEntries(buckets.map((bucket) => [bucket.key, bucket.count]));

describe('difficultyDistribution', () => {
  it('counts each difficulty and a left-out one as "Not reported", never guessed', () => {
    const buckets = difficultyDistribution([
      experience({ difficulty: 'hard' }),
      experience({ difficulty: 'hard' }),
      experience(),
      experience({ difficulty: 'easy' }),
    ]);
    expect(buckets.map((bucket) => bucket.label)).toEqual(['Easy', 'Medium', 'Hard', 'Not reported']);
    expect(counts(buckets)).toEqual({ easy: 1, medium: 0, hard: 2, [NOT_REPORTED_KEY]: 1 });
  });

  it('gives every bucket, empty ones included, for no experiences', () => {
    expect(difficultyDistribution([]).map((bucket) => bucket.count)).toEqual([0, 0, 0, 0]);
  });
});

describe('outcomeMix', () => {
  it('counts results with "Not reported" last', () => {
    const buckets = outcomeMix([experience({ result: 'rejected' }), experience(), experience({ result: 'offer-accepted' })]);
    expect(buckets.at(-1)).toEqual({ key: NOT_REPORTED_KEY, label: 'Not reported', count: 1 });
    expect(counts(buckets)).toMatchObject({ rejected: 1, 'offer-accepted': 1, pending: 0 });
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(3);
  });
});

describe('appliedViaMix', () => {
  it('counts channels without a "Not reported" bucket, since the field is required', () => {
    const buckets = appliedViaMix([experience({ appliedVia: 'referral' }), experience({ appliedVia: 'referral' }), experience()]);
    expect(buckets.some((bucket) => bucket.key === NOT_REPORTED_KEY)).toBe(false);
    expect(counts(buckets)).toMatchObject({ referral: 2, linkedin: 1, campus: 0 });
    expect(buckets.find((bucket) => bucket.key === 'company-website')?.label).toBe('Company website');
  });
});

describe('countBy', () => {
  it('refuses a value outside the scale rather than drop it silently', () => {
    expect(() => countBy([{ v: 'x' as 'a' | 'b' }], (item) => item.v, ['a', 'b'], { a: 'A', b: 'B' }, false)).toThrow(/"x" is not one of a, b/);
  });
});

describe('roundsSummary', () => {
  it('gives average, min, max and a bucket for every count between them', () => {
    const summary = roundsSummary([experience({ rounds: 2 }), experience({ rounds: 5 }), experience({ rounds: 2 })]);
    expect(summary).toMatchObject({ count: 3, average: 3, min: 2, max: 5 });
    expect(summary.distribution.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ['2 rounds', 2],
      ['3 rounds', 0],
      ['4 rounds', 0],
      ['5 rounds', 1],
    ]);
  });

  it('rounds the average to one decimal and names a single round', () => {
    const summary = roundsSummary([experience({ rounds: 1 }), experience({ rounds: 2 }), experience({ rounds: 2 })]);
    expect(summary.average).toBe(1.7);
    expect(summary.distribution[0].label).toBe('1 round');
  });

  it('has no average for no experiences', () => {
    expect(roundsSummary([])).toEqual({ count: 0, distribution: [] });
  });
});

describe('perDepartment', () => {
  const departments = [
    { id: 'engineering', name: 'Engineering' },
    { id: 'design', name: 'Design' },
  ];

  it('gives every listed department a row, in order, those without experiences included', () => {
    const rows = perDepartment([experience({ rounds: 4, difficulty: 'medium' }), experience({ rounds: 2 })], departments);
    expect(rows.map((row) => [row.id, row.name, row.count])).toEqual([
      ['engineering', 'Engineering', 2],
      ['design', 'Design', 0],
    ]);
    expect(rows[0].rounds.average).toBe(3);
    expect(counts(rows[0].difficulty)).toMatchObject({ medium: 1, [NOT_REPORTED_KEY]: 1 });
    expect(rows[1].rounds.average).toBeUndefined();
  });

  it('keeps experiences of an unlisted department in a row of their own', () => {
    const rows = perDepartment([experience({ department: 'legal' })], departments);
    expect(rows.at(-1)).toMatchObject({ id: 'legal', name: 'legal', count: 1 });
  });
});

describe('small samples and shares', () => {
  it('calls fewer than ten experiences a small sample', () => {
    expect(isSmallSample(0)).toBe(true);
    expect(isSmallSample(9)).toBe(true);
    expect(isSmallSample(10)).toBe(false);
  });

  it('writes whole percentages and 0% of nothing', () => {
    expect(percentOf(1, 3)).toBe('33%');
    expect(percentOf(2, 3)).toBe('67%');
    expect(percentOf(0, 0)).toBe('0%');
  });

  it('describes non-empty buckets', () => {
    expect(describeBuckets(difficultyDistribution([experience({ difficulty: 'easy' }), experience()]))).toBe('Easy 1, Not reported 1');
    expect(describeBuckets(difficultyDistribution([]))).toBe('None');
  });
});
