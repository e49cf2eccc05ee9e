import { printable, type ContentProblem } from './contentProblems';
import type { QuestionNotice } from './questionNotices';

/**
 * Content problems as GitHub Actions shows them: workflow commands that annotate the changed line of a pull
 * request, and a Markdown job summary. Pure functions; `scripts/validate.ts` decides where they are written.
 */

/** `text` prints problems as `file:line:column field: message`; `github` prints them as `::error` workflow commands. */
export type ReportFormat = 'text' | 'github';

/** The `--format` flag, else `github` inside GitHub Actions (which sets GITHUB_ACTIONS=true), else `text`. */
export function reportFormat(flag: string | undefined, env: Record<string, string | undefined>): ReportFormat {
  if (flag === undefined) return env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
  if (flag === 'text' || flag === 'github') return flag;
  throw new Error(`unknown --format ${JSON.stringify(printable(flag))}; use text or github`);
}

/** A workflow command's message, escaped as @actions/core's escapeData does, so it stays one command on one line. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, escaped as @actions/core's escapeProperty does: `:` and `,` would end it. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A problem stops the run (`::error`); a notice only advises (`::notice`), as a question that looks like another. */
export type AnnotationLevel = 'error' | 'notice';

/**
 * `::error file=…,line=…,col=…,title=…::message` for one problem (or `::notice …` for a notice). `file` must be
 * relative to the repository root, or GitHub cannot place the annotation on the pull request's diff. Every value
 * is made printable first: the log viewer interprets escape sequences, and a file name or value comes from a
 * contributor.
 */
export function githubAnnotation(problem: ContentProblem, file: string = problem.file, level: AnnotationLevel = 'error'): string {
  const properties: [string, string | number | undefined][] = [
    ['file', printable(file)],
    ['line', problem.line],
    ['col', problem.line ? problem.column : undefined],
    ['title', printable(problem.field ?? 'content')],
  ];
  const list = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`);
  return `::${level} ${list.join(',')}::${escapeCommandData(printable(problem.message))}`;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text for one cell of a Markdown table, shown literally: `&`, `<` and `>` become character references (no HTML
 * survives), every other ASCII punctuation mark is backslash-escaped (no `|` ends the cell, no backtick, link,
 * emphasis or autolink forms), and line breaks become spaces, which would otherwise end the row.
 */
export function markdownCell(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[!-/:-@[-`{-~]/g, (char) => entities[char] ?? `\\${char}`);
}

/** GitHub keeps at most 1 MiB of summary per step; past this many rows the log has the rest. */
export const summaryRowLimit = 1000;

export interface SummaryInput {
  /** Sorted problems; none means the content passed. */
  problems: ContentProblem[];
  /** What was checked, e.g. `10 data files, 8 guide sections and 12 experiences`. */
  checked: string;
  /** The path shown for a problem's file (relative to the repository root). */
  path?: (problem: ContentProblem) => string;
}

/** The Markdown job summary: a heading, the count and a table of every problem, or one "Content OK" line. */
export function markdownSummary({ problems, checked, path = (problem) => problem.file }: SummaryInput): string {
  if (!problems.length) return `Content OK: ${markdownCell(checked)} checked.\n`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const rows = problems
    .slice(0, summaryRowLimit)
    .map((problem) =>
      [path(problem), problem.line ? String(problem.line) : '', problem.field ?? '', problem.message]
        .map((cell) => markdownCell(printable(cell)))
        .join(' | '),
    );
  const more = problems.length > summaryRowLimit ? [``, `${problems.length - summaryRowLimit} more problems are in the log of this step.`] : [];
  return [
    '## Content validation failed',
    '',
    `${plural(problems.length, 'problem')} in ${plural(files, 'file')} (checked ${markdownCell(checked)}). Fix them and run npm run validate again; CONTRIBUTING.md explains each rule.`,
    '',
    '| file | line | field | problem |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    ...more,
    '',
  ].join('\n');
}

export interface NoticeSummaryInput {
  /** The notices printed, sorted; each names its question and the wording it looks like. */
  notices: readonly QuestionNotice[];
  /** How many more the run found but did not print. */
  hidden: number;
  path?: (notice: ContentProblem) => string;
}

/**
 * The job summary's table of questions that look like others: short, one row per notice printed (the run's
 * limits apply), the question and the wording to use. Empty when there are none.
 */
export function markdownNoticeSummary({ notices, hidden, path = (notice) => notice.file }: NoticeSummaryInput): string {
  if (!notices.length) return '';
  const rows = notices.map((notice) =>
    [path(notice), notice.line ? String(notice.line) : '', notice.text, notice.lookAlike.text, notice.lookAlike.merges ? 'yes' : 'no']
      .map((cell) => markdownCell(printable(cell)))
      .join(' | '),
  );
  const count = notices.length + hidden;
  return [
    '## Questions that look like others',
    '',
    `${count === 1 ? '1 question looks' : `${count} questions look`} like a question another file reports. Not an error: if you mean the same question, use the other wording, so the two are counted together (CONTRIBUTING.md).`,
    '',
    '| file | line | question | looks like | merged by the site |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    ...(hidden ? ['', `${hidden} more are not listed; npm run validate -- --all-notices prints them all.`] : []),
    '',
  ].join('\n');
}
