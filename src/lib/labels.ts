import type { ApplicationChannel, Difficulty, InterviewFormat, Level, Result, Sentiment } from '../schemas/experience';
import type { SalaryBand } from '../schemas/salary';

/** Shown wherever an optional value was left out: never a guess. */
export const NOT_REPORTED = 'Not reported';
/** Shown for a candidate who gave no display name. */
export const ANONYMOUS = 'Anonymous';

export const levelLabels: Record<Level, string> = {
  intern: 'Intern',
  graduate: 'Graduate',
  junior: 'Junior',
  'mid-level': 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
};

export const channelLabels: Record<ApplicationChannel, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  referral: 'Referral',
  recruiter: 'Recruiter',
  'company-website': 'Company website',
  campus: 'Campus',
  other: 'Other',
};

export const difficultyLabels: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

export const resultLabels: Record<Result, string> = {
  'offer-accepted': 'Offer accepted',
  'offer-declined': 'Offer declined',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrew: 'Withdrew',
  pending: 'Pending',
};

export const sentimentLabels: Record<Sentiment, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };

export const formatLabels: Record<InterviewFormat, string> = { remote: 'Remote', 'on-site': 'On-site', mixed: 'Mixed' };

/** Whether an offer was negotiated, as `offer.negotiated` says. */
export const negotiatedLabels = { yes: 'Negotiated', no: 'Not negotiated' } as const;

export const periodLabels: Record<SalaryBand['period'], string> = { annual: 'per year', monthly: 'per month', hourly: 'per hour' };

/** The label for an optional value, or "Not reported" when it is absent. */
export function labelOrNotReported<K extends string>(labels: Record<K, string>, value: K | undefined): string {
  return value === undefined ? NOT_REPORTED : labels[value];
}
