import { z } from 'zod';
import { idSchema, singleLineText, multiLineText } from './common';

/** A department that hires; `content/departments.yaml` lists them. Experiences refer to the id. */
export const departmentSchema = z.strictObject({
  /** The id experiences and salary bands use in their `department` field. */
  id: idSchema,
  /** The department's name, e.g. "Product Management". */
  name: singleLineText(80),
  /** Typical roles it hires for. */
  roles: z.array(singleLineText(80)).min(1),
  /** What people in the department do. */
  description: multiLineText(600),
  /** What the department expects of candidates, when the source says. */
  expectations: multiLineText(600).optional(),
});

export type Department = z.infer<typeof departmentSchema>;
