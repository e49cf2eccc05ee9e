import { z } from 'zod';
import { idSchema, singleLineText } from './common';

/** A question the guide reports candidates being asked; `content/example-questions.yaml`. */
export const exampleQuestionSchema = z.strictObject({
  /** A stable id for the question. */
  id: idSchema,
  /** The question as it was reported. */
  text: singleLineText(500),
  /** The id of its category in `content/question-categories.yaml`. */
  category: idSchema,
});

export type ExampleQuestion = z.infer<typeof exampleQuestionSchema>;
