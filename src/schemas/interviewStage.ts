import { z } from 'zod';
import { idSchema, singleLineText, multiLineText } from './common';

/** A kind of interview a candidate meets; `content/interview-stages.yaml` lists them in order. */
export const interviewStageSchema = z.strictObject({
  /** A stable id, used as the stage's anchor. */
  id: idSchema,
  /** The stage's name, e.g. "HR Interview". */
  name: singleLineText(80),
  /** What the stage tests and what to expect. */
  description: multiLineText(1500),
});

export type InterviewStage = z.infer<typeof interviewStageSchema>;
