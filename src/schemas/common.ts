import { z } from 'zod';
import { describeCharacter, firstForbiddenCharacter, hasVisibleCharacter } from '../lib/visibleText';

/** A lowercase, hyphenated identifier such as `software-development`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a lowercase id made of letters, digits and single hyphens, like "software-development"',
});

/** A calendar date written as YYYY-MM-DD that exists (no 30 February). Content YAML never turns it into a Date. */
export const isoDateSchema = z.iso.date({ error: 'expected a date that exists, written as YYYY-MM-DD, like 2026-02-21' });

/** Text without control or invisible formatting characters that shows at least one character. */
function visibleText(max: number, allowLineBreaks: boolean) {
  return z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .superRefine((value, ctx) => {
      if (!value) return; // already said: must not be empty
      const forbidden = firstForbiddenCharacter(value, allowLineBreaks);
      if (forbidden) ctx.addIssue({ code: 'custom', message: `contains ${describeCharacter(forbidden.char)}, ${forbidden.reason}; delete it` });
      else if (!hasVisibleCharacter(value))
        ctx.addIssue({
          code: 'custom',
          message: 'must not be empty: it holds only invisible characters (such as zero-width spaces); write the text or leave the field out',
        });
    });
}

/** One line of plain text: trimmed, not empty, at most `max` characters, no line breaks or tabs. */
export function singleLineText(max = 200) {
  return visibleText(max, false);
}

/** A paragraph or more of plain text: like `singleLineText`, but it may span lines and hold tabs. */
export function multiLineText(max = 2000) {
  return visibleText(max, true);
}

/** An absolute http(s) address. */
export const webAddressSchema = z.url({
  protocol: /^https?$/,
  error: 'expected a full web address starting with https://',
});
