import { z } from 'zod';
import { idSchema, isoDateSchema, singleLineText, multiLineText } from './common';

/** Seniority of the role applied for. */
export const levels = ['intern', 'graduate', 'junior', 'mid-level', 'senior', 'lead', 'manager', 'director'] as const;
/** Where the candidate found or entered the process. */
export const applicationChannels = ['linkedin', 'indeed', 'referral', 'recruiter', 'company-website', 'campus', 'other'] as const;
/** How hard the candidate found the interviews. */
export const difficulties = ['easy', 'medium', 'hard'] as const;
/** How the process ended for the candidate. */
export const results = ['offer-accepted', 'offer-declined', 'offer', 'rejected', 'withdrew', 'pending'] as const;
/** The results that mean an offer was made. */
export const offerResults = ['offer-accepted', 'offer-declined', 'offer'] as const satisfies readonly (typeof results)[number][];
/** How the candidate felt about the process overall. */
export const sentiments = ['positive', 'neutral', 'negative'] as const;
/** Where the interviews took place: by video or phone, at an office, or some of each. */
export const interviewFormats = ['remote', 'on-site', 'mixed'] as const;
/** The longest process an experience may report, in days: two years. */
export const maxDurationDays = 730;

/** One round of the interview process as the candidate lived it. */
export const interviewRoundSchema = z.strictObject({
  name: singleLineText(120).describe('What the round was, e.g. "Technical phone interview".'),
  notes: multiLineText(1000).optional().describe('Who was there, what it covered, how long it took.'),
  format: z.enum(interviewFormats).optional().describe('Whether this round was remote, on-site or mixed, when it differed from the rest.'),
});

/** Where the office of the process was, or that it was remote. */
export const locationSchema = z.union(
  [
    z.literal('remote').describe('The whole process was remote, for a remote role.'),
    z
      .strictObject({
        country: singleLineText(60).describe('The country of the office, e.g. "Netherlands".'),
        city: singleLineText(60).optional().describe('The city, if you want to say it, e.g. "Amsterdam".'),
      })
      .describe('The office: its country, and its city if you want to say it.'),
  ],
  // Said once for the whole union: zod alone would only say "Invalid input".
  {
    error:
      'expected "remote" (in lowercase), or the country of the office with an optional city on indented lines below, like "country: Netherlands" and "city: Amsterdam"',
  },
);

/** What happened to an offer, when there was one. No salary figures: salaries stay bands in content. */
export const offerSchema = z.strictObject(
  { negotiated: z.boolean({ error: 'expected true or false' }).describe('Whether you negotiated the offer.') },
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'expected "negotiated: true" or "negotiated: false" on an indented line below offer' : undefined,
  },
);

const durationError = `expected a whole number of days from 1 to ${maxDurationDays}, like 21 for 3 weeks`;

/** The rules between fields, each said of the field that breaks it; fields of the wrong type are left to the schema. */
export function fieldAgreementIssues(experience: { result?: unknown; offer?: unknown; rounds?: unknown; timeline?: unknown }): {
  field: 'offer' | 'timeline';
  message: string;
}[] {
  const issues: { field: 'offer' | 'timeline'; message: string }[] = [];
  const { result, offer, rounds, timeline } = experience;
  if (offer !== undefined && !(offerResults as readonly unknown[]).includes(result)) {
    issues.push({
      field: 'offer',
      message: `says how an offer went, but result is ${result === undefined ? 'not given' : `"${String(result)}"`}; set result to ${offerResults.join(', ')}, or leave offer out`,
    });
  }
  if (Array.isArray(timeline) && typeof rounds === 'number' && timeline.length !== rounds) {
    issues.push({ field: 'timeline', message: `lists ${timeline.length} rounds but rounds is ${rounds}; make the two agree` });
  }
  return issues;
}

/** One question the candidate was asked. */
export const askedQuestionSchema = z.strictObject({
  text: singleLineText(500).describe('The question, as close to the wording used as you remember.'),
  category: idSchema.optional().describe('The id of its category in `content/question-categories.yaml`, if you know it.'),
});

/** A candidate's interview experience: one YAML file in `content/experiences/`. */
export const experienceSchema = z
  .strictObject({
    role: singleLineText(100).describe('The job title applied for, e.g. "Software Engineer".'),
    department: idSchema.describe('The id of the department in `content/departments.yaml`.'),
    level: z.enum(levels).describe('Seniority of the role.'),
    name: singleLineText(60).optional().describe('How you want to be named; leave it out to appear as "Anonymous".'),
    appliedVia: z.enum(applicationChannels).describe('How you applied.'),
    difficulty: z.enum(difficulties).optional().describe("How hard the interviews felt; leave it out if you'd rather not say."),
    result: z.enum(results).optional().describe("How the process ended; leave it out if you'd rather not say."),
    offer: offerSchema.optional().describe('When there was an offer: whether you negotiated it.'),
    sentiment: z.enum(sentiments).optional().describe('How you felt about the process overall.'),
    duration: z
      .number({ error: durationError })
      .int({ error: durationError })
      .min(1, { error: durationError })
      .max(maxDurationDays, { error: durationError })
      .optional()
      .describe('Days from applying (or first contact) to the final answer; 3 weeks is 21.'),
    location: locationSchema.optional().describe('Where the office was (country, optionally city), or "remote".'),
    format: z.enum(interviewFormats).optional().describe('Whether the interviews were remote, on-site or mixed.'),
    rounds: z.number({ error: 'expected a whole number from 1 to 15' }).int().min(1).max(15).describe('How many interview rounds there were.'),
    timeline: z.array(interviewRoundSchema).max(15).optional().describe('The rounds in order; when given, one entry per round.'),
    questions: z.array(askedQuestionSchema).max(60).default([]).describe('The questions you were asked.'),
    advice: multiLineText(2000).optional().describe('What you would tell the next candidate.'),
    story: multiLineText(20000).describe('The whole story, in Markdown (raw HTML is not rendered).'),
    date: isoDateSchema.describe('When the interview happened or was reported, YYYY-MM-DD.'),
  })
  .superRefine((experience, ctx) => {
    for (const { field, message } of fieldAgreementIssues(experience)) ctx.addIssue({ code: 'custom', path: [field], message });
  });

export type Experience = z.infer<typeof experienceSchema>;
export type Level = (typeof levels)[number];
export type ApplicationChannel = (typeof applicationChannels)[number];
export type Difficulty = (typeof difficulties)[number];
export type Result = (typeof results)[number];
export type Sentiment = (typeof sentiments)[number];
export type InterviewFormat = (typeof interviewFormats)[number];
export type Location = z.infer<typeof locationSchema>;
