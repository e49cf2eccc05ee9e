import { describe, expect, it } from 'vitest';
import { NOT_REPORTED } from '../../src/lib/labels';
import { durationSummary, offerRate } from '../../src/lib/processStats';
import { difficultyDistribution, locationMix, outcomeMix, roundsSummary, sentimentMix, type StatsExperience } from '../../src/lib/stats';
import {
  answeredPhrase,
  answersCell,
  answersSentence,
  countText,
  describeAnswers,
  durationSentence,
  experiencesSentence,
  negotiationSentence,
  notSaidSentence,
  offerSentence,
  offersCell,
  pendingSentence,
  roundsAnswersSentence,
  roundsSentence,
} from '../../src/lib/statsText';
import { difficulties, results, sentiments } from '../../src/schemas/experience';

const experience = (overrides: Partial<StatsExperience> = {}): StatsExperience => ({
  department: 'engineering',
  appliedVia: 'linkedin',
  rounds: 3,
  ...overrides,
});
const rated = (...values: (StatsExperience['difficulty'] | undefined)[]) =>
  difficultyDistribution(values.map((difficulty) => experience({ difficulty })));

describe('answersSentence', () => {
  it('says how many answered, and a single answer by its value: "1 of 5 rated the difficulty: Easy."', () => {
    expect(answersSentence(rated('easy', undefined, undefined, undefined, undefined), answeredPhrase.difficulty)).toBe(
      '1 of 5 rated the difficulty: Easy.',
    );
  });

  it('gives counts, not percentages, below three answers', () => {
    expect(answersSentence(rated('easy', 'hard', undefined), answeredPhrase.difficulty)).toBe('2 of 3 rated the difficulty: Easy 1, Hard 1.');
    expect(answersSentence(outcomeMix([experience({ result: 'rejected' }), experience({ result: 'rejected' })]), answeredPhrase.result)).toBe(
      '2 of 2 said how the process ended: Rejected 2.',
    );
  });

  it('gives shares of those who answered from three answers on, leaving out values nobody gave', () => {
    expect(answersSentence(rated('easy', 'hard', 'hard', 'hard', undefined), answeredPhrase.difficulty)).toBe(
      '4 of 5 rated the difficulty: Easy 1 (25%), Hard 3 (75%).',
    );
  });

  it('says nobody answered yet rather than draw a figure of nothing', () => {
    expect(answersSentence(rated(undefined, undefined), answeredPhrase.difficulty)).toBe('No candidate has rated the difficulty yet.');
    expect(answersSentence(sentimentMix([]), answeredPhrase.sentiment)).toBe('No candidate has said how they felt about the process yet.');
  });

  it('never presents "Not reported" as a finding, whatever the mix', () => {
    const scales = [difficulties, results, sentiments] as const;
    for (let seed = 0; seed < 200; seed++) {
      const pick = <T>(values: readonly T[], index: number) => (index % 3 === 0 ? undefined : values[(seed * 7 + index) % values.length]);
      const mix = Array.from({ length: seed % 9 }, (_, index) =>
        experience({
          difficulty: pick(scales[0], index + seed),
          result: pick(scales[1], index * 2 + seed),
          sentiment: pick(scales[2], index * 5 + seed),
        }),
      );
      for (const [answers, did] of [
        [difficultyDistribution(mix), answeredPhrase.difficulty],
        [outcomeMix(mix), answeredPhrase.result],
        [sentimentMix(mix), answeredPhrase.sentiment],
        [locationMix(mix), answeredPhrase.location],
      ] as const) {
        const sentence = answersSentence(answers, did);
        expect(sentence).not.toContain(NOT_REPORTED);
        expect(sentence.startsWith(answers.answered ? `${answers.answered} of ${answers.total} ` : 'No candidate has')).toBe(true);
        if (answers.answered < 3) expect(sentence).not.toContain('%');
        expect(answersCell(answers)).not.toContain(NOT_REPORTED);
      }
    }
  });
});

describe('counts and shares', () => {
  it('writes a count with its share of those who answered, from three answers on', () => {
    const few = rated('easy', 'easy', undefined);
    const enough = rated('easy', 'easy', 'hard', undefined, undefined);
    expect(countText(2, few)).toBe('2');
    expect(countText(2, enough)).toBe('2 (67%)');
    expect(describeAnswers(enough)).toBe('Easy 2 (67%), Hard 1 (33%)');
    expect(describeAnswers(enough, false)).toBe('Easy 2, Hard 1');
  });

  it('says how many did not say, and nothing when all did', () => {
    expect(notSaidSentence(rated('easy', undefined, undefined, undefined, undefined))).toBe('4 of 5 did not say.');
    expect(notSaidSentence(rated('easy', 'hard'))).toBeUndefined();
  });

  it('fills a per-department cell with counts and who did not say', () => {
    expect(answersCell(rated('easy', 'hard', 'hard', undefined))).toBe('Easy 1, Hard 2; 1 of 4 did not say');
    expect(answersCell(rated('easy'))).toBe('Easy 1');
    expect(answersCell(rated(undefined, undefined))).toBe('None of 2 said');
    expect(answersCell(rated())).toBe('None yet');
  });
});

describe('rounds in words', () => {
  it('gives the range and average, or the one count (in the singular for one round, "in every reported process" for several)', () => {
    expect(roundsSentence({ count: 1, min: 4, max: 4, average: 4, distribution: [] })).toBe('4 rounds.');
    expect(roundsSentence({ count: 3, min: 1, max: 1, average: 1, distribution: [] })).toBe('1 round in every reported process.');
    expect(roundsSentence({ count: 0, distribution: [] })).toBeUndefined();
    expect(roundsAnswersSentence(roundsSummary([experience({ rounds: 2 }), experience({ rounds: 4 })]))).toBe(
      '2 of 2 said how many rounds they had: 2 to 4 rounds, 3 on average.',
    );
    expect(roundsAnswersSentence(roundsSummary([]))).toBe('No candidate has said how many rounds they had yet.');
  });
});

describe('durationSentence', () => {
  const summary = (...days: (number | undefined)[]) => durationSummary(days.map((duration) => ({ duration })));

  it('lists the answers themselves while they are fewer than three', () => {
    expect(durationSentence(summary(21, undefined))).toBe('1 of 2 said how long the process took: 3 weeks.');
    expect(durationSentence(summary(10, 21, undefined))).toBe('2 of 3 said how long the process took: 10 days and 3 weeks.');
  });

  it('gives the median and the range from three answers on', () => {
    expect(durationSentence(summary(10, 21, 60, undefined))).toBe(
      '3 of 4 said how long the process took: 3 weeks at the median, from 10 days to 60 days.',
    );
    expect(durationSentence(summary(14, 14, 14))).toBe('3 of 3 said how long the process took: 2 weeks each time.');
  });

  it('says nobody said yet', () => {
    expect(durationSentence(summary(undefined))).toBe('No candidate has said how long the process took yet.');
  });
});

describe('offers in words', () => {
  it('counts offers among final results, with a share from three on', () => {
    const rate = offerRate([{ result: 'offer' }, { result: 'rejected' }, { result: 'rejected' }, { result: 'withdrew' }, {}]);
    expect(offerSentence(rate)).toBe('Of 4 candidates who reported a final result, 1 received an offer (25%).');
    expect(offersCell(rate)).toBe('1 of 4');
    const few = offerRate([{ result: 'rejected' }, { result: 'rejected' }, {}]);
    expect(offerSentence(few)).toBe('Of 2 candidates who reported a final result, none received an offer.');
    expect(offerSentence(offerRate([{ result: 'offer-accepted' }]))).toBe('Of 1 candidate who reported a final result, 1 received an offer.');
  });

  it('says nothing of offers without a final result, and who is still waiting', () => {
    const rate = offerRate([{ result: 'pending' }, {}]);
    expect(offerSentence(rate)).toBeUndefined();
    expect(offersCell(rate)).toBe('No final result yet');
    expect(pendingSentence(rate)).toBe('1 is still waiting for an answer.');
    expect(pendingSentence(offerRate([{ result: 'pending' }, { result: 'pending' }]))).toBe('2 are still waiting for an answer.');
    expect(pendingSentence(offerRate([{}]))).toBeUndefined();
  });

  it('says how many of those who said negotiated their offer', () => {
    const rate = offerRate([
      { result: 'offer-accepted', offer: { negotiated: true } },
      { result: 'offer-declined', offer: { negotiated: false } },
      { result: 'offer' },
    ]);
    expect(negotiationSentence(rate)).toBe('Of 2 candidates with an offer who said whether they negotiated it, 1 negotiated.');
    expect(negotiationSentence(offerRate([{ result: 'offer' }]))).toBeUndefined();
  });
});

describe('experiencesSentence', () => {
  it('counts candidates, in the singular for one', () => {
    expect(experiencesSentence(5)).toBe('5 candidates have shared their experience.');
    expect(experiencesSentence(1)).toBe('1 candidate has shared their experience.');
    expect(experiencesSentence(0)).toBe('No candidate has shared an experience yet.');
  });
});
