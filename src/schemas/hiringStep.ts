import { z } from 'zod';
import { idSchema, singleLineText, multiLineText } from './common';

/** One step of the hiring process; `content/hiring-steps.yaml` lists them in order. */
export const hiringStepSchema = z.strictObject({
  /** A stable id, used as the step's anchor. */
  id: idSchema,
  /** The step's name, e.g. "Application Review". */
  name: singleLineText(80),
  /** What happens in this step and what it checks. */
  description: multiLineText(1000),
});

export type HiringStep = z.infer<typeof hiringStepSchema>;
