/**
 * Characters a person never types on purpose in a story, and that can hide or forge what a text says:
 * control characters (which also make XML feeds invalid), bidirectional overrides (which reorder what a
 * reader sees), noncharacters and lone surrogates. And the test for a value that shows nothing at all
 * (zero-width spaces, Hangul fillers), which reads as empty on the page.
 */

/** Why a character is refused, or undefined when it may stand in text. Tab and newline are judged by the caller. */
export function forbiddenCharacter(char: string): string | undefined {
  const code = char.codePointAt(0)!;
  if (code === 0x09 || code === 0x0a) return undefined;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return 'a control character, which no text needs and which breaks the feeds';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return 'a bidirectional override, which can make text read differently from what it is';
  }
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return 'a noncharacter, which Unicode reserves and no text uses';
  if (code >= 0xd800 && code <= 0xdfff) return 'half of a character (a lone surrogate), which no text can show';
  return undefined;
}

/** `the character U+001B` — how a message names an invisible character. */
export function describeCharacter(char: string): string {
  return `the character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first forbidden character of a text and why, or undefined. `allowLineBreaks` false refuses tab and newline too. */
export function firstForbiddenCharacter(text: string, allowLineBreaks: boolean): { char: string; reason: string } | undefined {
  for (const char of text) {
    if (!allowLineBreaks && (char === '\n' || char === '\t')) return { char, reason: 'a line break or tab, which this one-line field cannot show' };
    const reason = forbiddenCharacter(char);
    if (reason) return { char, reason };
  }
  return undefined;
}

/** Spaces, format characters (zero-width spaces and joiners…) and the blank letters some scripts have. */
const invisible = /^(?:[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u180E]|\u034F)*$/u;

/** True when a text shows at least one character. */
export function hasVisibleCharacter(text: string): boolean {
  return !invisible.test(text);
}
