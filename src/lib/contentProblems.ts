import type { z } from 'zod';

/** One thing wrong with a content file, precise enough for a contributor to fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line and column, when the problem can be pinned to a place. */
  line?: number;
  column?: number;
  /** Dotted path of the field, e.g. `questions[2].category`. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/**
 * Text from a file (a name, a key, a quoted value) as it may reach a terminal: control, format and
 * line-separating characters are shown as `\u{…}` escapes, so no file can move the cursor, recolour
 * the screen or print a line of its own (a forged "Content OK").
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** `content/x.yaml:7:3 rounds: expected …` — the form every tool prints, on one line. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}` : problem.file;
  return printable(problem.field ? `${place} ${problem.field}: ${problem.message}` : `${place}: ${problem.message}`);
}

/** Sorts problems by file, then line, so reports read top-down. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** An error that carries every problem found, thrown by loaders so a build fails with all of them. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const lines = sortProblems(problems).map(formatProblem);
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in content:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    // The problems are the whole story: a build prints them as `npm run validate` does, with no stack trace.
    this.stack = '';
  }
}

type Path = readonly PropertyKey[];

/** Where the value at a path of a parsed file stands, when it can be found. */
export type Locate = (path: Path) => { line: number; column: number } | undefined;

/** `questions[2].category` from `['questions', 2, 'category']`. */
export function fieldName(path: Path): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** How a value looks to the person who typed it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** Zod's built-in messages start like this; messages written in our schemas do not, and are kept. */
const builtInMessage = /^(Invalid|Too (small|big)|Unrecognized)/;

/** Turns one zod issue into a sentence: what was expected, what was found, how to fix it. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const found = `, found ${describeValue(input)}`;
  if (issue.code === 'invalid_type' && input === undefined) {
    return `is required but missing; add it (${typeWords[issue.expected] ?? issue.expected} expected)`;
  }
  if (!builtInMessage.test(issue.message)) {
    return input === undefined || input === '' || issue.code === 'custom' ? issue.message : issue.message + found;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeWords[issue.expected] ?? issue.expected}${found}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}${found}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${issue.minimum} characters`
        : issue.origin === 'array'
          ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
          : `must be at least ${issue.minimum}${found}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters (found ${String(input).length})`
        : issue.origin === 'array'
          ? `must have at most ${issue.maximum} items`
          : `must be at most ${issue.maximum}${found}`;
    case 'invalid_format':
      return `expected ${issue.format === 'url' ? 'a web address' : `a valid ${issue.format}`}${found}`;
    default:
      return issue.message;
  }
}

/**
 * Checks a parsed value against a schema, reporting every issue with its field and line.
 * Returns the schema's output when there is nothing wrong.
 */
export function checkValue<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  locate: Locate = () => undefined,
  basePath: Path = [],
): { data?: z.output<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = [...basePath, ...issue.path];
    const keyPath = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...path, issue.keys[0]] : path;
    const position = locate(keyPath);
    return {
      file,
      line: position?.line,
      column: position?.column,
      field: fieldName(path) || undefined,
      message: describeIssue(issue),
    };
  });
  return { problems };
}

/**
 * Runs one file's check; whatever it throws becomes a problem naming the file, so one file that breaks
 * a check never hides the others, and nobody sees a stack trace.
 */
export function guarded<T>(file: string, check: () => T, fallback: (problem: ContentProblem) => T): T {
  try {
    return check();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fallback({
      file,
      message: `could not be checked (${reason.slice(0, 200)}); fix what the other messages say, or simplify the file, and report this message if it stays`,
    });
  }
}
