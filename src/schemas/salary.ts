import { z } from 'zod';
import { idSchema, singleLineText, multiLineText } from './common';

/** How often a salary figure is paid. */
export const salaryPeriods = ['annual', 'monthly', 'hourly'] as const;

/** One row of the salary table. */
export const salaryBandSchema = z
  .strictObject({
    /** The role the band is for, e.g. "Product Manager". */
    role: singleLineText(80),
    /** The id of the role's department in `content/departments.yaml`. */
    department: idSchema.optional(),
    /** The low end of the band. */
    min: z.number().int().nonnegative(),
    /** The high end of the band. */
    max: z.number().int().nonnegative(),
    /** ISO 4217 currency code, e.g. EUR. */
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as EUR' }),
    /** How often the figures are paid: annual, monthly or hourly. */
    period: z.enum(salaryPeriods),
    /** A short qualifier such as "plus commission". */
    note: singleLineText(120).optional(),
  })
  .refine((band) => band.min <= band.max, { error: 'min must not be greater than max', path: ['max'] });

/** `content/salaries.yaml`: the bands and the caveat that applies to all of them. */
export const salariesSchema = z.strictObject({
  /** What moves the figures (location, experience, negotiation), shown with the table. */
  note: multiLineText(800),
  /** The rows of the table, in the order shown. */
  bands: z.array(salaryBandSchema).min(1),
});

export type SalaryBand = z.infer<typeof salaryBandSchema>;
export type Salaries = z.infer<typeof salariesSchema>;
