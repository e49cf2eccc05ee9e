import { describe, expect, it } from 'vitest';
import { departmentShares, perDepartment } from '../../src/lib/departmentStats';
import { durationBands, durationSummary, offerRate } from '../../src/lib/processStats';
import {
  SHARES_FROM,
  appliedViaMix,
  countAnswers,
  difficultyDistribution,
  formatMix,
  isSmallSample,
  locationMix,
  notAnswered,
  outcomeMix,
  percentOf,
  roundsAnswers,
  roundsSummary,
  sentimentMix,
  showsShares,
  type Answers,
  type StatsExperience,
} from '../../src/lib/stats';

const experience = (overrides: Partial<StatsExperience> = {}): StatsExperience => ({
  department: 'engineering',
  appliedVia: 'linkedin',
  rounds: 3,
  ...overrides,
});

const counts = (answers: Answers) => Object.fromEntries(answers.buckets.map((bucket) => [bucket.key, bucket.count]));
const bucketsSum = (answers: Answers) => answers.buckets.reduce((sum, bucket) => sum + bucket.count, 0);

describe('answers to a question with a fixed scale', () => {
  it('counts the values given and how many gave one; a value left out is no bucket of its own', () => {
    const answers = difficultyDistribution([
      experience({ difficulty: 'hard' }),
      experience({ difficulty: 'hard' }),
      experience(),
      experience({ difficulty: 'easy' }),
      experience(),
    ]);
    expect(answers).toMatchObject({ total: 5, answered: 3 });
    expect(answers.buckets.map((bucket) => bucket.label)).toEqual(['Easy', 'Medium', 'Hard']);
    expect(counts(answers)).toEqual({ easy: 1, medium: 0, hard: 2 });
    expect(notAnswered(answers)).toBe(2);
    expect(bucketsSum(answers)).toBe(answers.answered);
  });

  it('gives every value of the scale, empty ones included, for no experiences and for nobody answering', () => {
    expect(difficultyDistribution([])).toEqual({ total: 0, answered: 0, buckets: expect.any(Array) });
    const none = difficultyDistribution([experience(), experience()]);
    expect(none).toMatchObject({ total: 2, answered: 0 });
    expect(none.buckets.map((bucket) => bucket.count)).toEqual([0, 0, 0]);
  });

  it('counts results, sentiments and formats with answered and unanswered mixes', () => {
    const mix = [
      experience({ result: 'rejected', sentiment: 'negative', format: 'remote' }),
      experience({ result: 'offer-accepted', sentiment: 'positive' }),
      experience({ format: 'on-site' }),
      experience(),
    ];
    expect(outcomeMix(mix)).toMatchObject({ total: 4, answered: 2 });
    expect(counts(outcomeMix(mix))).toMatchObject({ rejected: 1, 'offer-accepted': 1, pending: 0 });
    expect(sentimentMix(mix).buckets.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ['Positive', 1],
      ['Neutral', 0],
      ['Negative', 1],
    ]);
    expect(formatMix(mix)).toMatchObject({ total: 4, answered: 2 });
    expect(counts(formatMix(mix))).toEqual({ remote: 1, 'on-site': 1, mixed: 0 });
  });

  it('counts how candidates applied as answered by all, since the field is required', () => {
    const answers = appliedViaMix([experience({ appliedVia: 'referral' }), experience({ appliedVia: 'referral' }), experience()]);
    expect(answers).toMatchObject({ total: 3, answered: 3 });
    expect(counts(answers)).toMatchObject({ referral: 2, linkedin: 1, campus: 0 });
    expect(answers.buckets.find((bucket) => bucket.key === 'company-website')?.label).toBe('Company website');
  });

  it('refuses a value outside the scale rather than drop it silently', () => {
    expect(() => countAnswers([{ v: 'x' as 'a' | 'b' }], (item) => item.v, ['a', 'b'], { a: 'A', b: 'B' })).toThrow(/"x" is not one of a, b/);
  });
});

describe('locationMix', () => {
  it('counts countries (whatever their case) and remote processes, the most given first, and only those given', () => {
    const answers = locationMix([
      experience({ location: { country: 'Netherlands', city: 'Amsterdam' } }),
      experience({ location: { country: 'netherlands' } }),
      experience({ location: 'remote' }),
      experience({ location: { country: 'Mexico', city: 'Mexico City' } }),
      experience(),
    ]);
    expect(answers).toMatchObject({ total: 5, answered: 4 });
    expect(answers.buckets.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ['Netherlands', 2],
      ['Mexico', 1],
      ['Remote', 1],
    ]);
  });

  it('has no buckets when nobody said', () => {
    expect(locationMix([experience()])).toEqual({ total: 1, answered: 0, buckets: [] });
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

  it('is answered by every experience, since the field is required', () => {
    const answers = roundsAnswers(roundsSummary([experience({ rounds: 1 }), experience({ rounds: 3 })]));
    expect(answers).toMatchObject({ total: 2, answered: 2 });
    expect(bucketsSum(answers)).toBe(2);
  });
});

describe('durationSummary', () => {
  const durations = (...days: (number | undefined)[]) => days.map((duration) => ({ duration }));

  it('gives nothing but the count when nobody said', () => {
    expect(durationSummary(durations(undefined, undefined))).toEqual({ total: 2, answered: 0, buckets: [], days: [] });
    expect(durationSummary([])).toMatchObject({ total: 0, answered: 0 });
  });

  it('gives the median, the range and the answers shortest first, leaving out who did not say', () => {
    expect(durationSummary(durations(30, undefined, 10, 21))).toMatchObject({
      total: 4,
      answered: 3,
      median: 21,
      min: 10,
      max: 30,
      days: [10, 21, 30],
    });
  });

  it('takes the mean of the two middle answers for an even count, to a whole day', () => {
    expect(durationSummary(durations(10, 21)).median).toBe(16);
    expect(durationSummary(durations(7, 14, 21, 60)).median).toBe(18);
  });

  it('counts answers per band, from the first band answered to the last, gaps included', () => {
    const summary = durationSummary(durations(10, 12, 45, 50, 61, undefined));
    expect(summary.buckets.map((bucket) => [bucket.key, bucket.count])).toEqual([
      ['1-2-weeks', 2],
      ['2-4-weeks', 0],
      ['1-2-months', 2],
      ['2-3-months', 1],
    ]);
    expect(summary.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(summary.answered);
  });

  it('puts every length in exactly one band', () => {
    for (const days of [1, 6, 7, 13, 14, 27, 28, 59, 60, 89, 90, 730]) {
      const summary = durationSummary(durations(days));
      expect(summary.buckets, String(days)).toHaveLength(1);
      const band = durationBands.find((candidate) => candidate.key === summary.buckets[0].key)!;
      expect(days).toBeLessThan(band.below);
    }
  });
});

describe('offerRate', () => {
  it('counts offers among those who reported a final result; pending and unanswered are apart', () => {
    const rate = offerRate([
      { result: 'offer-accepted', offer: { negotiated: true } },
      { result: 'offer-declined', offer: { negotiated: false } },
      { result: 'offer' },
      { result: 'rejected' },
      { result: 'withdrew' },
      { result: 'pending' },
      {},
      {},
    ]);
    expect(rate).toEqual({ total: 8, reported: 6, decided: 5, offers: 3, pending: 1, negotiation: { answered: 2, negotiated: 1 } });
  });

  it('has no final results when nobody said or all are waiting', () => {
    expect(offerRate([{}, {}])).toMatchObject({ total: 2, reported: 0, decided: 0, offers: 0 });
    expect(offerRate([{ result: 'pending' }])).toMatchObject({ reported: 1, decided: 0, pending: 1 });
  });
});

describe('perDepartment', () => {
  const departments = [
    { id: 'engineering', name: 'Engineering' },
    { id: 'design', name: 'Design' },
  ];

  it('gives every listed department a row, in order, those without experiences included', () => {
    const rows = perDepartment(
      [experience({ rounds: 4, difficulty: 'medium', sentiment: 'positive', result: 'offer' }), experience({ rounds: 2, result: 'rejected' })],
      departments,
    );
    expect(rows.map((row) => [row.id, row.name, row.count])).toEqual([
      ['engineering', 'Engineering', 2],
      ['design', 'Design', 0],
    ]);
    expect(rows[0].rounds.average).toBe(3);
    expect(rows[0].difficulty).toMatchObject({ total: 2, answered: 1 });
    expect(counts(rows[0].difficulty)).toMatchObject({ medium: 1 });
    expect(rows[0].sentiment).toMatchObject({ total: 2, answered: 1 });
    expect(rows[0].offers).toMatchObject({ decided: 2, offers: 1 });
    expect(rows[1].rounds.average).toBeUndefined();
    expect(rows[1].difficulty).toMatchObject({ total: 0, answered: 0 });
  });

  it('keeps experiences of an unlisted department in a row of their own', () => {
    const rows = perDepartment([experience({ department: 'legal' })], departments);
    expect(rows.at(-1)).toMatchObject({ id: 'legal', name: 'legal', count: 1 });
  });

  it('shares the experiences between departments, every experience counted once', () => {
    const shares = departmentShares(perDepartment([experience(), experience(), experience({ department: 'design' })], departments));
    expect(shares).toEqual({
      total: 3,
      answered: 3,
      buckets: [
        { key: 'engineering', label: 'Engineering', count: 2 },
        { key: 'design', label: 'Design', count: 1 },
      ],
    });
  });
});

describe('small samples and shares', () => {
  it('calls fewer than ten experiences a small sample', () => {
    expect(isSmallSample(0)).toBe(true);
    expect(isSmallSample(9)).toBe(true);
    expect(isSmallSample(10)).toBe(false);
  });

  it(`shows shares from ${SHARES_FROM} answers on, counting only those who answered`, () => {
    expect(showsShares({ answered: SHARES_FROM - 1 })).toBe(false);
    expect(showsShares({ answered: SHARES_FROM })).toBe(true);
    expect(showsShares(difficultyDistribution([experience({ difficulty: 'easy' }), experience({ difficulty: 'hard' }), experience()]))).toBe(false);
  });

  it('writes whole percentages and 0% of nothing', () => {
    expect(percentOf(1, 3)).toBe('33%');
    expect(percentOf(2, 3)).toBe('67%');
    expect(percentOf(0, 0)).toBe('0%');
  });
});
