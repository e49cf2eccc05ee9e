import { offerResults } from '../schemas/experience';
import type { Answers, StatsExperience } from './stats';

/**
 * How the processes candidates report end and how long they take: the offer rate among those who
 * reported a final result, and the time from applying to the final answer. Like every statistic, these
 * count only what candidates said (`stats.ts`).
 */

/** Bands of process length in days, each up to (not including) `below`. */
export const durationBands = [
  { key: 'under-1-week', label: 'Under a week', below: 7 },
  { key: '1-2-weeks', label: '1–2 weeks', below: 14 },
  { key: '2-4-weeks', label: '2–4 weeks', below: 28 },
  { key: '1-2-months', label: '1–2 months', below: 60 },
  { key: '2-3-months', label: '2–3 months', below: 90 },
  { key: '3-months-or-more', label: '3 months or more', below: Infinity },
] as const;

/** From this many answers the time to decision is also drawn as a distribution over `durationBands`. */
export const DURATION_DISTRIBUTION_FROM = 5;

export interface DurationSummary extends Answers {
  /** Every answer in days, shortest first. */
  days: number[];
  /** The middle answer (the mean of the two middle ones, to a whole day); undefined without answers. */
  median?: number;
  min?: number;
  max?: number;
}

/**
 * How long processes took from applying to the final answer: median and range of the answers, and their
 * count per band from the first band anyone answered to the last (the buckets).
 */
export function durationSummary(experiences: readonly Pick<StatsExperience, 'duration'>[]): DurationSummary {
  const days = experiences.flatMap((experience) => (experience.duration === undefined ? [] : [experience.duration])).sort((a, b) => a - b);
  const total = experiences.length;
  if (!days.length) return { total, answered: 0, buckets: [], days };
  const middle = Math.floor(days.length / 2);
  const median = days.length % 2 ? days[middle] : Math.round((days[middle - 1] + days[middle]) / 2);
  const bandOf = (value: number) => durationBands.findIndex((band) => value < band.below);
  const first = bandOf(days[0]);
  const last = bandOf(days[days.length - 1]);
  const buckets = durationBands.slice(first, last + 1).map((band, index) => ({
    key: band.key,
    label: band.label,
    count: days.filter((value) => bandOf(value) === first + index).length,
  }));
  return { total, answered: days.length, buckets, days, median, min: days[0], max: days[days.length - 1] };
}

export interface OfferRate {
  /** Experiences counted. */
  total: number;
  /** Those that said how the process ended. */
  reported: number;
  /** Those with a final result: every reported result but "pending". */
  decided: number;
  /** Those whose final result was an offer (accepted, declined or not yet answered). */
  offers: number;
  /** Those still waiting for an answer. */
  pending: number;
  /** Of those with an offer, how many said whether they negotiated it, and how many did. */
  negotiation: { answered: number; negotiated: number };
}

const isOffer = (result: string | undefined) => (offerResults as readonly (string | undefined)[]).includes(result);

/** How often a process ended in an offer, among those who reported a final result; and whether offers were negotiated. */
export function offerRate(experiences: readonly Pick<StatsExperience, 'result' | 'offer'>[]): OfferRate {
  const reported = experiences.filter((experience) => experience.result !== undefined);
  const pending = reported.filter((experience) => experience.result === 'pending').length;
  const offered = reported.filter((experience) => isOffer(experience.result));
  const said = offered.filter((experience) => experience.offer !== undefined);
  return {
    total: experiences.length,
    reported: reported.length,
    decided: reported.length - pending,
    offers: offered.length,
    pending,
    negotiation: { answered: said.length, negotiated: said.filter((experience) => experience.offer?.negotiated).length },
  };
}
