import { z } from 'zod';

/** A lowercase, hyphenated identifier such as `software-development`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a lowercase id made of letters, digits and single hyphens, like "software-development"',
  });

/** A calendar date written as YYYY-MM-DD. YAML parsers that turn it into a Date are accepted too. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written as YYYY-MM-DD, like 2026-02-21' }),
);

/** One line of plain text: trimmed, not empty, at most `max` characters. */
export function line(max = 200) {
  return z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
}

/** A paragraph or more of plain text. */
export function text(max = 2000) {
  return line(max);
}

/** An absolute http(s) address. */
export const webAddressSchema = z.url({
  protocol: /^https?$/,
  error: 'expected a full web address starting with https://',
});
