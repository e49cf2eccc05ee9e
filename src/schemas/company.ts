import { z } from 'zod';
import { isoDateSchema, line, text, webAddressSchema } from './common';

/** The company the guide is about: every page takes names, facts and links from here. */
export const companySchema = z.strictObject({
  /** The company's name as readers know it. */
  name: line(80),
  /** The year the company was founded. */
  founded: z.number().int().min(1800).max(2100),
  /** The country of its headquarters. */
  headquarters: line(80),
  /** What the company sells, in one or two sentences. */
  sells: text(400),
  /** What sets its products apart, one point per item. */
  focus: z.array(line(200)).default([]),
  /** Companies it competes with for deals. */
  competitors: z.array(line(80)).default([]),
  /** Typical weeks from application to offer, when the sources say. */
  hiringWeeks: z
    .strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) })
    .refine((weeks) => weeks.min <= weeks.max, { error: 'min must not be greater than max', path: ['max'] })
    .optional(),
  /** The company's own website. */
  website: webAddressSchema,
  /** The guide's source repository; "edit this page", "contribute" and "ask" links point here. */
  repository: webAddressSchema,
  /** The repository branch that edit links open. Default: main. */
  branch: line(80).default('main'),
  /** When these facts were last checked against their sources. */
  reviewed: isoDateSchema,
});

export type Company = z.infer<typeof companySchema>;
