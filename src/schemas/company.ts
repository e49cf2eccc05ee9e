import { z } from 'zod';
import { isoDateSchema, singleLineText, multiLineText, webAddressSchema } from './common';

/** A file of the guide's repository, e.g. `LICENSE`: a relative path whose parts never start with a dot. */
const repositoryFileSchema = singleLineText(200).regex(/^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/, {
  error: 'expected a file path inside the repository, like LICENSE or content/LICENSE.md',
});

/** The company the guide is about, and the guide's repository and licences: every page takes names, facts and links from here. */
export const companySchema = z.strictObject({
  /** The company's name as readers know it. */
  name: singleLineText(80),
  /** The year the company was founded. */
  founded: z.number().int().min(1800).max(2100),
  /** The country of its headquarters. */
  headquarters: singleLineText(80),
  /** What the company sells, in one or two sentences. */
  sells: multiLineText(400),
  /** What sets its products apart, one point per item. */
  focus: z.array(singleLineText(200)).default([]),
  /** Companies it competes with for deals. */
  competitors: z.array(singleLineText(80)).default([]),
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
  branch: singleLineText(80).default('main'),
  /** The licence of everything in `content/`, named by the footer, the exports and the feed, and granted on the issue form. */
  contentLicense: z.strictObject({
    /** The licence's short name, e.g. "CC BY 4.0". */
    name: singleLineText(80),
    /** The licence's legal code. */
    url: webAddressSchema,
    /** The repository file saying how the licence applies here, e.g. what attribution means. Default: content/LICENSE.md. */
    notice: repositoryFileSchema.default('content/LICENSE.md'),
  }),
  /** The licence of the code; the footer links its file in the repository. */
  codeLicense: z.strictObject({
    /** The licence's short name, e.g. "MIT". */
    name: singleLineText(80),
    /** The repository file holding the licence text. Default: LICENSE. */
    file: repositoryFileSchema.default('LICENSE'),
  }),
  /** When these facts were last checked against their sources. */
  reviewed: isoDateSchema,
});

export type Company = z.infer<typeof companySchema>;
