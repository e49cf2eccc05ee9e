import { z } from 'zod';
import { idSchema, multiLineText, singleLineText } from './common';

/**
 * The guide's own advice on how to approach a question: what the interviewer is after, a structure for the
 * answer and the usual pitfalls. It is the guide speaking, not a candidate's report, so it never states a
 * fact about the company that the rest of `content/` does not hold. Plain text: pages show it as written.
 */
const approachFields = {
  lookingFor: multiLineText(1000).describe('One paragraph: what an interviewer asking this is usually looking for.'),
  structure: z.array(singleLineText(200)).min(3).max(6).describe('A structure for the answer: 3 to 6 short steps, in the order to take them.'),
  pitfalls: z.array(singleLineText(200)).min(2).max(5).describe('What goes wrong in answers to it: 2 to 5 short items.'),
};

/** The category guidance falls back to for a question filed under no category. */
export const GENERAL_GUIDANCE = 'general';

/** How to approach a kind of question; `content/question-guidance.yaml` has one per category, plus `general`. */
export const categoryGuidanceSchema = z.strictObject({
  category: idSchema.describe(
    `The id of a category in \`content/question-categories.yaml\`, or "${GENERAL_GUIDANCE}" for questions filed under no category.`,
  ),
  ...approachFields,
});

/** How to approach one reported question; one file per question in `content/question-notes/`, named after its wording. */
export const questionNoteSchema = z.strictObject({
  question: singleLineText(500).describe('The question exactly as the guide or an experience reports it.'),
  ...approachFields,
  complexity: singleLineText(300)
    .optional()
    .describe('For a coding question only: the time and space a good solution takes, e.g. "O(n) time and O(1) extra space".'),
});

export type CategoryGuidance = z.infer<typeof categoryGuidanceSchema>;
export type QuestionNote = z.infer<typeof questionNoteSchema>;
