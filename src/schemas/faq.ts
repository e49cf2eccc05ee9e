import { z } from 'zod';
import { idSchema, singleLineText, multiLineText } from './common';

/** One frequently asked question; `content/faq.yaml` lists them in order. */
export const faqEntrySchema = z.strictObject({
  /** A stable id, used as the question's anchor. */
  id: idSchema,
  /** The question as a reader would ask it. */
  question: singleLineText(200),
  /** The answer, in plain text. */
  answer: multiLineText(1500),
});

export type FaqEntry = z.infer<typeof faqEntrySchema>;
