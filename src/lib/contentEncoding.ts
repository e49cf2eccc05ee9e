import type { ContentProblem } from './contentProblems';
import { describeCharacter, forbiddenCharacter } from './visibleText';

/**
 * The text of a content file before YAML reads it: UTF-8 only (UTF-16 and invalid bytes refused with the
 * line of the first bad byte), one kind of line ending, no control or invisible formatting characters,
 * no tabs as indentation.
 */

/** The text of a content file, or why it cannot be read. */
export function decodeContentText(bytes: Uint8Array, file: string): { text?: string; problems: ContentProblem[] } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problems: [{ file, line: 1, message: 'the file is saved as UTF-16; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)' }],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return {
      problems: [{ file, line, message: 'the file is not valid UTF-8 text; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)' }],
    };
  }
  return { text: normaliseLineEndings(text), problems: [] };
}

/** `\r\n` and lone `\r` become `\n`; a leading byte-order mark that survived decoding is dropped. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** UTF-8 never uses the newline byte inside a character, so each line can be checked on its own. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}

/** At most this many characters are reported per file: one is enough to see the pattern. */
const maxCharacterProblems = 10;

/**
 * Control characters (tab and newline aside), bidirectional overrides and noncharacters anywhere in the
 * file, comments included: they never belong in a text a person typed, can hide what a line says, and
 * break the feeds. Each is reported where it stands.
 */
export function forbiddenCharacterProblems(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < text.length && problems.length < maxCharacterProblems; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      line++;
      lineStart = index + 1;
      continue;
    }
    if (code === 0x09) continue;
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const reason = forbiddenCharacter(char);
    if (reason) problems.push({ file, line, column: index - lineStart + 1, message: `contains ${describeCharacter(char)}, ${reason}; delete it` });
    if (char.length === 2) index++;
  }
  return problems;
}

/** Lines whose indentation contains a tab, 1-based. */
export function tabIndentedLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((content, index) => {
    if (/^[ ]*\t/.test(content) && /\S/.test(content)) lines.push(index + 1);
  });
  return lines;
}
