import { z } from 'zod';
import { questionKey } from '../lib/questionBank';
import { singleLineText } from './common';

/** Wordings of reported questions, at least two, none the same as another once case and punctuation are set aside. */
const wordingGroup = z
  .array(singleLineText(500))
  .min(2)
  .superRefine((wordings, ctx) => {
    const seen = new Map<string, number>();
    wordings.forEach((wording, index) => {
      const key = questionKey(wording);
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `repeats wording ${seen.get(key)! + 1} of this group (case and punctuation aside); delete one of them`,
        });
      else seen.set(key, index);
    });
  });

/**
 * `content/question-merges.yaml`: the maintainers' corrections to how the question bank merges wordings.
 * Optional: without the file, the automatic rule alone decides.
 */
export const questionMergesSchema = z
  .strictObject({
    merge: z
      .array(wordingGroup)
      .describe('Groups of wordings that are one question though the automatic rule keeps them apart; each group becomes one question.'),
    keepApart: z.array(wordingGroup).describe('Groups of wordings the automatic near-duplicate rule must not merge: each stays its own question.'),
  })
  .superRefine((merges, ctx) => {
    // Two wordings cannot be both one question and two.
    const apart = merges.keepApart.map((group) => new Set(group.map(questionKey)));
    merges.merge.forEach((group, index) => {
      const keys = group.map(questionKey);
      const clash = apart.findIndex((set) => keys.filter((key) => set.has(key)).length >= 2);
      if (clash >= 0)
        ctx.addIssue({
          code: 'custom',
          path: ['merge', index],
          message: `merges two wordings that keepApart[${clash}] keeps apart; decide which is right and remove them from the other group`,
        });
    });
  });

export type QuestionMerges = z.infer<typeof questionMergesSchema>;
