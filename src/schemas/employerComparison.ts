import { z } from 'zod';
import { idSchema, singleLineText } from './common';

/** `content/employer-comparison.yaml`: employers in columns, aspects in rows. */
export const employerComparisonSchema = z
  .strictObject({
    /** The columns; the first is the company the guide is about. */
    employers: z.array(z.strictObject({ id: idSchema, name: singleLineText(80) })).min(2),
    /** The rows: one aspect each, with a cell per employer id. */
    aspects: z
      .array(
        z.strictObject({
          /** What is compared, e.g. "Career Growth". */
          aspect: singleLineText(80),
          /** The verdict for each employer, keyed by employer id. */
          cells: z.record(idSchema, singleLineText(200)),
        }),
      )
      .min(1),
  })
  .superRefine((table, ctx) => {
    const ids = table.employers.map((employer) => employer.id);
    table.aspects.forEach((row, index) => {
      for (const id of ids) {
        if (!(id in row.cells)) {
          ctx.addIssue({ code: 'custom', path: ['aspects', index, 'cells'], message: `missing a cell for employer "${id}"` });
        }
      }
      for (const id of Object.keys(row.cells)) {
        if (!ids.includes(id)) {
          ctx.addIssue({ code: 'custom', path: ['aspects', index, 'cells', id], message: `"${id}" is not one of the employers (${ids.join(', ')})` });
        }
      }
    });
  });

export type EmployerComparison = z.infer<typeof employerComparisonSchema>;
