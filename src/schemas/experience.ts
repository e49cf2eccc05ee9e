import { z } from 'zod';
import { idSchema, isoDateSchema, line, text } from './common';

/** Seniority of the role applied for. */
export const levels = ['intern', 'graduate', 'junior', 'mid-level', 'senior', 'lead', 'manager', 'director'] as const;
/** Where the candidate found or entered the process. */
export const applicationChannels = ['linkedin', 'indeed', 'referral', 'recruiter', 'company-website', 'campus', 'other'] as const;
/** How hard the candidate found the interviews. */
export const difficulties = ['easy', 'medium', 'hard'] as const;
/** How the process ended for the candidate. */
export const results = ['offer-accepted', 'offer-declined', 'offer', 'rejected', 'withdrew', 'pending'] as const;

/** One round of the interview process as the candidate lived it. */
export const interviewRoundSchema = z.strictObject({
  /** What the round was, e.g. "Technical phone interview". */
  name: line(120),
  /** Who was there, what it covered, how long it took. */
  notes: text(1000).optional(),
});

/** One question the candidate was asked. */
export const askedQuestionSchema = z.strictObject({
  /** The question, as close to the wording used as you remember. */
  text: line(500),
  /** The id of its category in `content/question-categories.yaml`, if you know it. */
  category: idSchema.optional(),
});

/** A candidate's interview experience: one YAML file in `content/experiences/`. */
export const experienceSchema = z
  .strictObject({
    /** The job title applied for, e.g. "Software Engineer". */
    role: line(100),
    /** The id of the department in `content/departments.yaml`. */
    department: idSchema,
    /** Seniority of the role. */
    level: z.enum(levels),
    /** How you want to be named; leave it out to appear as "Anonymous". */
    name: line(60).optional(),
    /** How you applied. */
    appliedVia: z.enum(applicationChannels),
    /** How hard the interviews felt; leave it out if you'd rather not say. */
    difficulty: z.enum(difficulties).optional(),
    /** How the process ended; leave it out if you'd rather not say. */
    result: z.enum(results).optional(),
    /** How many interview rounds there were. */
    rounds: z.number({ error: 'expected a whole number from 1 to 15' }).int().min(1).max(15),
    /** The rounds in order; when given, one entry per round. */
    timeline: z.array(interviewRoundSchema).max(15).optional(),
    /** The questions you were asked. */
    questions: z.array(askedQuestionSchema).max(60).default([]),
    /** What you would tell the next candidate. */
    advice: text(2000).optional(),
    /** The whole story, in Markdown (raw HTML is not rendered). */
    story: text(20000),
    /** When the interview happened or was reported, YYYY-MM-DD. */
    date: isoDateSchema,
  })
  .superRefine((experience, ctx) => {
    if (experience.timeline && experience.timeline.length !== experience.rounds) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeline'],
        message: `lists ${experience.timeline.length} rounds but rounds is ${experience.rounds}; make the two agree`,
      });
    }
  });

export type Experience = z.infer<typeof experienceSchema>;
export type Level = (typeof levels)[number];
export type ApplicationChannel = (typeof applicationChannels)[number];
export type Difficulty = (typeof difficulties)[number];
export type Result = (typeof results)[number];
