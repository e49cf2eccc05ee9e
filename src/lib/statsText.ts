import type { ExperienceKey } from './experienceFields';
import { formatDuration, plural } from './format';
import type { DurationSummary, OfferRate } from './processStats';
import { SHARES_FROM, notAnswered, percentOf, showsShares, type Answers, type RoundsSummary } from './stats';

/**
 * The statistics in words, for the stats, home and role pages. Every sentence says how many answered;
 * those who did not are a sentence of their own ("4 of 5 did not say"), never a finding; and a figure
 * resting on fewer than `SHARES_FROM` answers is written as counts, without percentages.
 *
 * `did` names what answering means, in words that read after both "1 of 5" and "No candidate has", e.g.
 * "rated the difficulty" or "said how the process ended".
 */

/** For each question the statistics count, what answering it means: "1 of 5 rated the difficulty". */
export const answeredPhrase = {
  difficulty: 'rated the difficulty',
  sentiment: 'said how they felt about the process',
  result: 'said how the process ended',
  duration: 'said how long the process took',
  rounds: 'said how many rounds they had',
  format: 'said whether the interviews were remote or on-site',
  location: 'said where the interviews took place',
  appliedVia: 'said how they applied',
} as const satisfies Partial<Record<ExperienceKey, string>>;

/** What a bar or a table row writes for a value: "2 (40%)" of the answers, or "2" while they are too few for shares. */
export function countText(count: number, answers: Answers): string {
  return showsShares(answers) ? `${count} (${percentOf(count, answers.answered)})` : String(count);
}

/** "Easy 1, Hard 2", or "Easy 1 (33%), Hard 2 (67%)" when shares are shown: the values someone gave, in order. */
export function describeAnswers(answers: Answers, withShares = showsShares(answers)): string {
  return answers.buckets
    .filter((bucket) => bucket.count > 0)
    .map((bucket) => `${bucket.label} ${withShares ? countText(bucket.count, answers) : bucket.count}`)
    .join(', ');
}

/** "No candidate has rated the difficulty yet" (no full stop: a page may add an invitation). */
export const noAnswerYet = (did: string) => `No candidate has ${did} yet`;

/** A figure as one sentence: "1 of 5 rated the difficulty: Easy.", "4 of 5 said how the process ended: Rejected 3 (75%), Offer 1 (25%)." */
export function answersSentence(answers: Answers, did: string): string {
  if (!answers.answered) return `${noAnswerYet(did)}.`;
  const values = answers.answered === 1 ? answers.buckets.find((bucket) => bucket.count > 0)!.label : describeAnswers(answers);
  return `${answers.answered} of ${answers.total} ${did}: ${values}.`;
}

/** "4 of 5 did not say."; undefined when everyone answered. */
export function notSaidSentence(answers: { total: number; answered: number }): string | undefined {
  const missing = notAnswered(answers);
  return missing ? `${missing} of ${answers.total} did not say.` : undefined;
}

/** A cell of the per-department table, where answers are few: counts only, and who did not say. */
export function answersCell(answers: Answers): string {
  if (!answers.total) return 'None yet';
  if (!answers.answered) return `None of ${answers.total} said`;
  const missing = notAnswered(answers);
  return `${describeAnswers(answers, false)}${missing ? `; ${missing} of ${answers.total} did not say` : ''}`;
}

/** How many rounds candidates report, as one sentence; undefined when nobody reported. */
export function roundsSentence(rounds: RoundsSummary): string | undefined {
  if (!rounds.count || rounds.min === undefined) return undefined;
  if (rounds.min === rounds.max) return `${plural(rounds.min, 'round')}${rounds.count > 1 ? ' in every reported process' : ''}.`;
  return `${rounds.min} to ${rounds.max} rounds, ${rounds.average} on average.`;
}

/** "5 of 5 said how many rounds they had: 2 to 4 rounds, 3 on average." */
export function roundsAnswersSentence(rounds: RoundsSummary): string {
  const sentence = roundsSentence(rounds);
  return sentence ? `${rounds.count} of ${rounds.count} ${answeredPhrase.rounds}: ${sentence}` : `${noAnswerYet(answeredPhrase.rounds)}.`;
}

/** "5 of 8 said how long the process took: 3 weeks at the median, from 10 days to 2 months."; the answers themselves while they are few. */
export function durationSentence(summary: DurationSummary, did: string = answeredPhrase.duration): string {
  const { answered, total, days, median, min, max } = summary;
  if (!answered || median === undefined || min === undefined || max === undefined) return `${noAnswerYet(did)}.`;
  const said = `${answered} of ${total} ${did}`;
  if (answered < SHARES_FROM) return `${said}: ${days.map(formatDuration).join(' and ')}.`;
  if (min === max) return `${said}: ${formatDuration(min)} each time.`;
  return `${said}: ${formatDuration(median)} at the median, from ${formatDuration(min)} to ${formatDuration(max)}.`;
}

/** "Of 4 candidates who reported a final result, 1 received an offer (25%)."; undefined when nobody reported one. */
export function offerSentence(rate: OfferRate): string | undefined {
  if (!rate.decided) return undefined;
  const share = rate.decided >= SHARES_FROM ? ` (${percentOf(rate.offers, rate.decided)})` : '';
  return `Of ${plural(rate.decided, 'candidate')} who reported a final result, ${rate.offers || 'none'} received an offer${share}.`;
}

/** "1 is still waiting for an answer."; undefined when nobody is. */
export function pendingSentence(rate: OfferRate): string | undefined {
  return rate.pending ? `${rate.pending} ${rate.pending === 1 ? 'is' : 'are'} still waiting for an answer.` : undefined;
}

/** "Of 2 candidates with an offer who said whether they negotiated it, 1 negotiated."; undefined when nobody said. */
export function negotiationSentence(rate: OfferRate): string | undefined {
  const { answered, negotiated } = rate.negotiation;
  if (!answered) return undefined;
  return `Of ${plural(answered, 'candidate')} with an offer who said whether they negotiated it, ${negotiated || 'none'} negotiated.`;
}

/** A department's offers as a table cell: "1 of 3" final results, or that there is none yet. */
export function offersCell(rate: OfferRate): string {
  return rate.decided ? `${rate.offers} of ${rate.decided}` : 'No final result yet';
}

/** "5 candidates have shared their experience."; an invitation while there is none. */
export function experiencesSentence(total: number): string {
  return total
    ? `${plural(total, 'candidate')} ${total === 1 ? 'has' : 'have'} shared their experience.`
    : 'No candidate has shared an experience yet.';
}
