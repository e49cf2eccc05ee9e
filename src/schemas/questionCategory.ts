import { z } from 'zod';
import { idSchema, singleLineText } from './common';

/** A category questions are filed under; `content/question-categories.yaml` lists them. */
export const questionCategorySchema = z.strictObject({
  /** The id questions use in their `category` field. */
  id: idSchema,
  /** The category's name, e.g. "System design". */
  name: singleLineText(60),
  /** What kind of question belongs here. */
  description: singleLineText(300),
});

export type QuestionCategory = z.infer<typeof questionCategorySchema>;
