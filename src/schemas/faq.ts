import { z } from 'zod';
import { idSchema, line, text } from './common';

/** One frequently asked question; `content/faq.yaml` lists them in order. */
export const faqEntrySchema = z.strictObject({
  /** A stable id, used as the question's anchor. */
  id: idSchema,
  /** The question as a reader would ask it. */
  question: line(200),
  /** The answer, in plain text. */
  answer: text(1500),
});

export type FaqEntry = z.infer<typeof faqEntrySchema>;
