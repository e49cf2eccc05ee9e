/** Why a piece of contributed text is refused: personal data (privacy) or markup and code (safety). */
export type TextRule = 'privacy' | 'safety';

/** One thing found in a text: where it starts, what it is and a sentence saying why it is refused and how to fix it. */
export interface TextFinding {
  rule: TextRule;
  /** A short name of the kind of finding, e.g. `email` or `script-tag`. */
  kind: string;
  /** Offset in the text where the finding starts. */
  index: number;
  /** The text found, shortened for messages. */
  found: string;
  message: string;
}

/** A matched string as it is quoted in a message: on one line, at most 60 characters. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}...` : flat);
}

/** Every match of a global pattern, with its offset. */
export function matchesOf(pattern: RegExp, text: string): { index: number; text: string }[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...text.matchAll(global)].map((match) => ({ index: match.index, text: match[0] }));
}
