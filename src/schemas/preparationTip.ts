import { z } from 'zod';
import { idSchema, singleLineText, multiLineText } from './common';

/** One piece of preparation advice; `content/preparation-tips.yaml` lists them in order. */
export const preparationTipSchema = z.strictObject({
  /** A stable id, used as an anchor. */
  id: idSchema,
  /** A short imperative title, e.g. "Mock Interviews". */
  name: singleLineText(80),
  /** What to do and why it helps. */
  advice: multiLineText(800),
});

export type PreparationTip = z.infer<typeof preparationTipSchema>;
