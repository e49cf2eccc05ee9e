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
  departments: z
    .array(idSchema)
    .min(1)
    .superRefine((ids, ctx) => {
      ids.forEach((id, index) => {
        if (ids.indexOf(id) < index)
          ctx.addIssue({ code: 'custom', path: [index], message: `lists "${id}" a second time; list each department once` });
      });
    })
    .optional()
    .describe(
      'The ids of the departments in `content/departments.yaml` whose candidates the source says are asked it; leave it out when it is asked for any role.',
    ),
});

export type ExampleQuestion = z.infer<typeof exampleQuestionSchema>;
