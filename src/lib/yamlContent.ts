import { CST, Lexer, LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { ContentProblem, Locate } from './contentProblems';
import { decodeContentText, forbiddenCharacterProblems, tabIndentedLines } from './contentEncoding';

/**
 * Turning the bytes of a content file into a value, so that a file is either read exactly as its author
 * meant it or refused with a reason: never misread. A UTF-8 byte-order mark is dropped and Windows or old
 * Mac line endings become `\n` (editors on every system produce them). Refused: text that is not UTF-8,
 * control and invisible formatting characters, tabs used as indentation, and the YAML features a
 * contributor never needs but that change what a file means (directives, tags, anchors and aliases,
 * merge keys, numbers that are not plain decimal integers).
 */

type Path = readonly PropertyKey[];

/** A parsed YAML file that can say on which line a field stands. */
export interface YamlFile {
  value: unknown;
  problems: ContentProblem[];
  locate: Locate;
  /** The decoded text, when the bytes were text. */
  text?: string;
}

const unreadable = (problems: ContentProblem[], text?: string): YamlFile => ({ value: undefined, problems, locate: () => undefined, text });

/** The YAML features refused in content, by the lexer's name for their token, with what to write instead. */
const refusedTokens: Record<string, (source: string) => string> = {
  'directive-line': (source) =>
    `the directive ${JSON.stringify(source.split(/\s/)[0])} is not accepted (it changes how the whole file is read); delete the line`,
  anchor: (source) =>
    `the anchor ${JSON.stringify(source)} is not accepted: content files do not use anchors or aliases; write the value out in full where it is used`,
  alias: (source) =>
    `the alias ${JSON.stringify(source)} is not accepted: content files do not use anchors or aliases; write the value out in full where it is used`,
  tag: (source) =>
    `the tag ${JSON.stringify(source)} is not accepted: values are plain text, numbers and lists; delete the tag and write the value as it is (a date as 2026-02-21, a number as 3)`,
};

/**
 * Directives, anchors, aliases and tags, found by the lexer before any of them takes effect: a file full
 * of aliases is refused without ever being expanded.
 */
/** Tokens the lexer inserts to mark a document, a scalar or a flow error; they stand for no text. */
const lexerMarkers = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);

function refusedSyntax(text: string, file: string, lines: LineCounter): ContentProblem[] {
  const found = new Map<string, { problem: ContentProblem; more: number }>();
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    const refusal = type && refusedTokens[type];
    if (refusal) {
      const seen = found.get(type);
      if (seen) seen.more++;
      else {
        const position = lines.linePos(offset);
        found.set(type, { problem: { file, line: position.line, column: position.col, message: refusal(token) }, more: 0 });
      }
    }
    // The lexer also yields a few one-character markers of its own that are not in the text.
    if (!lexerMarkers.has(token)) offset += token.length;
  }
  // One problem per kind: a file of a thousand aliases needs one sentence, not a thousand.
  return [...found.values()].map(({ problem, more }) =>
    more ? { ...problem, message: `${problem.message} (${more} more like it in this file)` } : problem,
  );
}

const plainInteger = /^(?:0|[1-9]\d*)$/;

/** Merge keys, and numbers written in any way but plain decimal digits (010, 0x1A, 1e3, 3.0, .inf). */
function refusedValues(doc: Document, file: string, lines: LineCounter): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (node: Node) => {
    const position = node.range ? lines.linePos(node.range[0]) : undefined;
    return { file, line: position?.line, column: position?.col };
  };
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && (pair.key.source === '<<' || pair.key.value === '<<')) {
        problems.push({ ...at(pair.key), message: 'the merge key "<<" is not accepted; write the fields out in full' });
      }
    },
    Scalar(_key, node) {
      if ((typeof node.value !== 'number' && typeof node.value !== 'bigint') || node.type !== 'PLAIN') return;
      const source = String(node.source ?? node.value);
      if (!plainInteger.test(source)) {
        const hint = Number.isInteger(node.value) && Number(node.value) >= 0 ? `, like ${String(node.value)}` : ', like 3';
        problems.push({ ...at(node), message: `the number ${JSON.stringify(source)} must be written as a plain whole number in digits${hint}` });
      }
    },
  });
  return problems;
}

/**
 * Parses YAML text with the restrictions above, collecting every problem with its line and column
 * instead of throwing. `firstLine` is the file's line on which the text starts (front matter starts on 2).
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlFile {
  const lines = new LineCounter();
  const shift = <T extends { line?: number }>(problem: T): T => ({ ...problem, line: problem.line && problem.line + firstLine - 1 });
  // The lexer reports directives and the like without a line counter; count lines once for both.
  lines.addNewLine(0);
  for (const match of text.matchAll(/\n/g)) lines.addNewLine(match.index + 1);
  const syntax = refusedSyntax(text, file, lines);
  if (syntax.length) return unreadable(syntax.map(shift), text);
  const parserLines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: parserLines,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    strict: true,
  });
  const problems: ContentProblem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const position = parserLines.linePos(error.pos[0]);
    return shift({ file, line: position.line, column: position.col, message: `YAML syntax: ${firstMessageLine(error.message)}` });
  });
  problems.push(...refusedValues(doc, file, parserLines).map(shift));
  const locate = (path: Path) => {
    const node = nodeAt(doc, path);
    if (!node?.range) return undefined;
    const position = parserLines.linePos(node.range[0]);
    return { line: position.line + firstLine - 1, column: position.col };
  };
  return { value: problems.length ? undefined : doc.toJS({ maxAliasCount: 0 }), problems, locate, text };
}

function firstMessageLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** The deepest node that exists along `path` (a missing field is reported where its parent is). */
function nodeAt(doc: Document, path: Path): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      const next = node.items[key];
      if (!next) return node;
      node = next;
    } else break;
  }
  return node as Node | undefined;
}

/**
 * Decoded text checked for forbidden characters and parsed. When the YAML is broken and tabs indent
 * some lines, only the tabs are reported: they are the cause, and the parser's own messages about them
 * only confuse. Tabs after the spaces of a block of text (`story: |`) are part of the text and are kept.
 */
export function parseContentText(text: string, file: string, firstLine = 1): YamlFile {
  const characters = forbiddenCharacterProblems(text, file).map((problem) => ({ ...problem, line: problem.line && problem.line + firstLine - 1 }));
  if (characters.length) return unreadable(characters, text);
  const parsed = parseYaml(text, file, firstLine);
  if (!parsed.problems.length) return parsed;
  const tabLines = tabIndentedLines(text);
  if (!tabLines.length) return parsed;
  const problems = tabLines.map((line) => ({
    file,
    line: line + firstLine - 1,
    column: 1,
    message: 'YAML indentation must use spaces, not tabs; replace the tab at the start of this line with spaces (two per level)',
  }));
  return { ...parsed, problems };
}

/** The bytes of a YAML content file, decoded, checked and parsed. */
export function parseContentYaml(bytes: Uint8Array, file: string): YamlFile {
  const decoded = decodeContentText(bytes, file);
  if (decoded.text === undefined) return unreadable(decoded.problems);
  return parseContentText(decoded.text, file);
}

/**
 * The front matter of an MDX file (between the first two `---` lines), decoded, checked and parsed, with
 * lines counted in the whole file. The rest of the file is checked for forbidden characters too.
 */
export function parseFrontMatter(bytes: Uint8Array, file: string): YamlFile {
  const decoded = decodeContentText(bytes, file);
  if (decoded.text === undefined) return unreadable(decoded.problems);
  const characters = forbiddenCharacterProblems(decoded.text, file);
  if (characters.length) return unreadable(characters, decoded.text);
  const frontMatter = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(decoded.text)?.[1];
  if (frontMatter === undefined) {
    return unreadable(
      [
        {
          file,
          line: 1,
          message:
            'starts without front matter; begin the file with a "---" line, the fields (title, description, order, updated), and another "---" line',
        },
      ],
      decoded.text,
    );
  }
  return { ...parseContentText(frontMatter, file, 2), text: decoded.text };
}
