/**
 * Phone numbers in the forms of the countries people apply from (NL, DE, UK, US, India, and any number
 * written with +<country code>). Prose is full of digit groups (dates, salary ranges, years, versions), so a
 * number is only taken when its grouping is that of a phone number, not just when it has enough digits.
 *
 * The text is read as runs of digit groups joined by phone separators (space, `-`, `.`, `/`, brackets);
 * a number may start or end only at a space between groups, so `2026-02-21` or `1.2.3` is never cut into
 * pieces. Each group is looked at a bounded number of times, so the time is linear in the text.
 */

interface Group {
  digits: string;
  start: number;
  end: number;
}

/** What may stand between two digit groups of one number; an en dash or a comma never does. */
const joiner = /^(?: ?[-./] ?| |\) ?[-.]? ?| ?\(|\)\(?)$/;
/** A joiner where a number may begin or end: a space outside brackets. */
const breakable = /^ (?:[-/] )?$/;
/** At most this many groups in one number (`06 12 34 56 78` has five, `+31 (0)6 12 34 56 78` seven). */
const maxGroups = 7;

/** Every phone number in a (folded) text, as its offset and matched text. */
export function findPhoneNumbers(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  // Prose has many short runs of digits and separators ("2026-03-04 ", "3 "): only a run with eight
  // digits or more can hold a number, and only such a run is cut into groups.
  for (const run of text.matchAll(/\d[\d ()./-]*/g)) {
    if (run[0].replace(/\D/g, '').length >= 8) found.push(...numbersInRun(text, run.index, run[0]));
  }
  return found;
}

function numbersInRun(text: string, offset: number, run: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  let chain: Group[] = [];
  const flush = () => {
    if (chain.length) found.push(...numbersIn(text, chain));
    chain = [];
  };
  for (const match of run.matchAll(/\d+/g)) {
    const group = { digits: match[0], start: offset + match.index, end: offset + match.index + match[0].length };
    // A run longer than any phone number is some other figure, and ends the run of groups before it.
    if (group.digits.length > 15) {
      flush();
      continue;
    }
    const last = chain.at(-1);
    if (last && !joiner.test(text.slice(last.end, group.start))) flush();
    chain.push(group);
  }
  flush();
  return found;
}

/** The numbers in one run of joined groups: from each possible start, the longest span that is a phone number. */
function numbersIn(text: string, chain: Group[]): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  const gap = (i: number) => text.slice(chain[i].end, chain[i + 1].start);
  // Digits before each group, so a span with too few or too many digits is skipped without a look.
  const before = [0];
  for (const group of chain) before.push(before.at(-1)! + group.digits.length);
  for (let first = 0; first < chain.length; first++) {
    if (first > 0 && !breakable.test(gap(first - 1))) continue;
    for (let last = Math.min(chain.length, first + maxGroups) - 1; last >= first; last--) {
      const digits = before[last + 1] - before[first];
      if (digits < 8 || digits > 15 || (last < chain.length - 1 && !breakable.test(gap(last)))) continue;
      const span = phoneAt(text, chain.slice(first, last + 1));
      if (span) {
        found.push(span);
        first = last;
        break;
      }
    }
  }
  return found;
}

function phoneAt(text: string, groups: Group[]): { index: number; text: string } | undefined {
  const digits = groups.map((group) => group.digits).join('');
  if (digits.length < 8 || digits.length > 15) return undefined;
  const prefix = /(?:\+ ?\(?|\()$/.exec(text.slice(Math.max(0, groups[0].start - 3), groups[0].start))?.[0] ?? '';
  const start = groups[0].start - prefix.length;
  const end = groups.at(-1)!.end;
  const number = text.slice(start, end);
  // Next to a letter, a currency, `#` or the decimals of another number, digits are a word, an amount or an id.
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  if (/[\w$€£¥₹#@]$|\d[.,:–—]$/.test(before) || /^[\w%$€£¥₹@]|^[.,:]\d/.test(after)) return undefined;
  if (!bracketsBalanced(number)) return undefined;
  const lengths = groups.map((group) => group.digits.length);
  const seps = groups.slice(1).map((group, i) => text.slice(groups[i].end, group.start).trim());
  if (looksLikeDate(lengths, seps)) return undefined;
  const isPhone =
    prefix.includes('+') || /^00[1-9]/.test(digits)
      ? international(lengths)
      : national(digits, lengths, seps) || northAmerican(digits, lengths, seps);
  return isPhone ? { index: start, text: number } : undefined;
}

/**
 * `+31 6 12345678`, `0049 171 1234567`, `+1 (555) 010-0199`: a country code and 8 to 15 digits in all; not
 * a thousands-grouped amount (`+200 000 000`) nor a list of one-digit figures (`+1.5 2.5 3.5`).
 */
function international(lengths: number[]): boolean {
  const thousands = lengths.length >= 3 && lengths.slice(1).every((length) => length === 3);
  return !thousands && lengths.filter((length) => length === 1).length <= 2;
}

/**
 * A national number with a trunk zero: NL `06 12 34 56 78`, `020 123 4567`; DE `0171/1234567`;
 * UK `07700 900123`; India `09876543210`. Ten to twelve digits, an area code of two to five digits
 * (two only for the Dutch mobile `06`), and groups of at least two digits after it.
 */
function national(digits: string, lengths: number[], seps: string[]): boolean {
  if (!/^0[1-9]/.test(digits) || digits.length < 10 || digits.length > 12 || lengths.length > 5) return false;
  if (lengths.length === 1) return true;
  if (lengths[0] < 2 || lengths[0] > 5 || (lengths[0] === 2 && !digits.startsWith('06'))) return false;
  return lengths.slice(1).every((length) => length >= 2 && length <= 8) && seps.slice(1).every((sep) => !sep.includes('/'));
}

/** US and Canada: `555-010-0199`, `(555) 010-0199`, `555.010.0199`, `1-555-010-0199`, `5550100199`. */
function northAmerican(digits: string, lengths: number[], seps: string[]): boolean {
  if (seps.some((sep) => sep.includes('/'))) return false;
  const shape = lengths.join(',');
  if (shape === '3,3,4') return true;
  if (shape === '1,3,3,4') return digits.startsWith('1');
  // Ten digits in one block: not a round amount, a Unix time or a YYYYMMDDhh stamp.
  return shape === '10' && /^[2-9]/.test(digits) && !/0{6}$/.test(digits) && !/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/.test(digits);
}

/** `21.02.2026`, `01-02-2026 09`, `2026/02/21`: day, month and year with one separator. */
function looksLikeDate(lengths: number[], seps: string[]): boolean {
  for (let i = 0; i + 2 < lengths.length; i++) {
    const [a, b, c] = lengths.slice(i, i + 3);
    const same = seps[i] === seps[i + 1] && /^[-./]$/.test(seps[i]);
    if (same && ((a <= 2 && b <= 2 && c === 4) || (a === 4 && b <= 2 && c <= 2))) return true;
  }
  return false;
}

/** Brackets around one group at a time, each opened before it is closed: `(0)6`, `(555) 010`. */
function bracketsBalanced(number: string): boolean {
  let open = false;
  for (const char of number) {
    if (char === '(') {
      if (open) return false;
      open = true;
    } else if (char === ')') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}
