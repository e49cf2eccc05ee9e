import { parseYaml, type ContentProblem, type YamlFile } from './contentProblems';

/**
 * Turning the bytes of a content file into YAML, so that a file is either read exactly as its author
 * meant it or refused with a reason: never misread. A UTF-8 byte-order mark is dropped and Windows or old
 * Mac line endings become `\n` (editors on every system produce them); text that is not UTF-8, and tabs
 * used as indentation (which YAML forbids and editors show as spaces), are refused.
 */

/** The text of a content file, or why it cannot be read. */
export function decodeContentText(bytes: Uint8Array, file: string): { text?: string; problems: ContentProblem[] } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [{ file, line: 1, message: 'the file is saved as UTF-16; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)' }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return { problems: [{ file, line, message: 'the file is not valid UTF-8 text; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)' }] };
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

/** Lines whose indentation contains a tab, 1-based. */
export function tabIndentedLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((content, index) => {
    if (/^[ ]*\t/.test(content) && /\S/.test(content)) lines.push(index + 1);
  });
  return lines;
}

/**
 * Parses the bytes of a YAML content file. When the YAML is broken and tabs indent some lines, only the
 * tabs are reported: they are the cause, and the parser's own messages about them only confuse. Tabs after
 * the spaces of a block of text (`story: |`) are part of the text and are kept.
 */
export function parseContentYaml(bytes: Uint8Array, file: string): YamlFile & { text?: string } {
  const decoded = decodeContentText(bytes, file);
  if (decoded.text === undefined) return { value: undefined, problems: decoded.problems, locate: () => undefined };
  const parsed = parseYaml(decoded.text, file);
  if (!parsed.problems.length) return { ...parsed, text: decoded.text };
  const tabLines = tabIndentedLines(decoded.text);
  if (!tabLines.length) return { ...parsed, text: decoded.text };
  const problems = tabLines.map((line) => ({
    file,
    line,
    column: 1,
    message: 'YAML indentation must use spaces, not tabs; replace the tab at the start of this line with spaces (two per level)',
  }));
  return { ...parsed, problems, text: decoded.text };
}
