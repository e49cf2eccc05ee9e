import { negotiatedLabels } from './labels';

/**
 * How the scaffold's and the issue form's typed answers become field values, where a field needs more
 * than a choice or a number: a location, an offer, a list of rounds or questions. Anything these cannot
 * read is returned as typed, so the schema says what was found.
 */

/** "Remote", "Netherlands" or "Amsterdam, Netherlands" (the country last) as a location. */
export function locationFromAnswer(answer: string): unknown {
  if (/^remote$/i.test(answer)) return 'remote';
  const parts = answer
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 1) return { country: parts[0] };
  if (parts.length === 2) return { city: parts[0], country: parts[1] };
  return answer;
}

/** "yes" or "no" (or the words of `negotiatedLabels`) as the offer's `negotiated`. */
export function offerFromAnswer(answer: string): unknown {
  const typed = answer.toLowerCase();
  if (['yes', 'y', 'true', negotiatedLabels.yes.toLowerCase()].includes(typed)) return { negotiated: true };
  if (['no', 'n', 'false', negotiatedLabels.no.toLowerCase()].includes(typed)) return { negotiated: false };
  return answer;
}

/** A question line: a known category id and a colon in front file the question under that category. */
export function questionFromLine(line: string, categories: readonly string[]): { text: string; category?: string } {
  const match = /^([a-z0-9-]+)\s*:\s*(\S[\s\S]*)$/.exec(line.trim());
  if (match && categories.includes(match[1])) return { text: match[2].trim(), category: match[1] };
  return { text: line.trim() };
}

/** A round line: "Technical interview - live coding, 60 minutes" gives a name and notes. */
export function roundFromLine(line: string): { name: string; notes?: string } {
  const [name, ...notes] = line.trim().split(/\s+[-–—]\s+/);
  return notes.length ? { name, notes: notes.join(' - ') } : { name };
}
