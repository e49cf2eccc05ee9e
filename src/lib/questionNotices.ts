import { sortProblems, type ContentProblem } from './contentProblems';
import { buildQuestionBank, questionKey, type BankQuestion, type ExperienceQuestions, type QuestionMerges } from './questionBank';
import { LOOK_ALIKE_THRESHOLD, MIN_SHARED_WORDS, questionWords, WordIndex } from './questionSimilarity';
import { paths } from './urls';

/**
 * Notices for contributors: a question that looks like one another file reports, with that question's
 * wording, so the bank does not fill with rephrasings (`npm run validate` prints them; they fail nothing).
 * The whole content is indexed once per run: a file is compared with every other file without building
 * the bank again for each.
 */

/** A question as a content file writes it, with where its text stands. */
export interface PlacedQuestion {
  text: string;
  /** The guide's id of an example question: the site makes it the question's page address. */
  id?: string;
  /** Its field, e.g. `questions[2].text` in an experience or `[4].text` in the example questions. */
  field: string;
  line?: number;
  column?: number;
}

/** The questions of one content file: the guide's example questions (no date), or one experience. */
export interface QuestionFile {
  /** The file as problems name it, e.g. `content/experiences/2026-03-01-engineer-1.yaml`. */
  file: string;
  /** The experience's date; absent for the guide's example questions, which the bank takes first. */
  date?: string;
  questions: readonly PlacedQuestion[];
}

/** A question of another file that a question looks like, as the site will show it. */
export interface LookAlikeReport {
  /** The other file's wording to use instead. */
  text: string;
  /** Its page under the bank. */
  slug: string;
  /** How many times the other files report it. */
  reports: number;
  /** Whether the site merges the two (the near-duplicate rule) or only finds them alike. */
  merges: boolean;
}

/** One notice: where the question stands, its words, and the question it looks like. */
export interface QuestionNotice extends ContentProblem {
  field: string;
  text: string;
  lookAlike: LookAlikeReport;
}

/** The file names an experience page takes its address from: the site breaks ties of date by it. */
const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.yaml$/, '');

/**
 * The files in the order the site's bank takes them (`reportOrder` in src/lib/questionBank.ts): the guide's
 * questions first, then the experiences oldest first, the same day by file name. Which wording of a question
 * the site shows, and which file reported it first, depend on this order.
 */
function bankOrder(files: readonly QuestionFile[]): QuestionFile[] {
  const guide = files.filter((file) => file.date === undefined);
  const experiences = files
    .filter((file) => file.date !== undefined)
    .sort((a, b) => a.date!.localeCompare(b.date!) || idOf(a.file).localeCompare(idOf(b.file)));
  return [...guide, ...experiences];
}

function bankOf(ordered: readonly QuestionFile[], merges?: QuestionMerges): BankQuestion[] {
  const guide = ordered.filter((file) => file.date === undefined).flatMap((file) => file.questions.map(({ text, id }) => ({ text, id })));
  // A notice needs only who reported a question and when: roles and departments are left empty.
  const experiences: ExperienceQuestions[] = ordered
    .filter((file) => file.date !== undefined)
    .map((file) => ({ id: file.file, role: '', department: '', date: file.date!, questions: file.questions.map(({ text }) => ({ text })) }));
  return buildQuestionBank(guide, experiences, merges);
}

/** The question bank of these files, merged as the site merges it (with the maintainers' merges): what `new:experience` offers wordings from. */
export const questionBankOfFiles = (files: readonly QuestionFile[], merges?: QuestionMerges): BankQuestion[] => bankOf(bankOrder(files), merges);

/**
 * Every question that looks like a question another file reports, sorted by file and line. Each file is
 * compared with the bank of all the others: a question never looks like itself or like another question of
 * its own file, and a wording another file reports as it is (case and punctuation aside) is already the same
 * question. A question the site merges with another file's is told that file's wording (the first reported,
 * the one the site shows when the file is yours); any other is told the bank question most alike
 * (`lookAlikes` in src/lib/questionBank.ts: stemmed content words, Jaccard ≥ 0.5, ≥ 2 shared words).
 */
export function questionNotices(files: readonly QuestionFile[], merges?: QuestionMerges): QuestionNotice[] {
  const ordered = bankOrder(files);
  const bank = bankOf(ordered, merges);
  // Each question's key, worked out once: at 10,000 experiences every pass over the questions counts.
  const keys = ordered.map((file) => file.questions.map((question) => questionKey(question.text)));
  const entryOf = new Map<string, BankQuestion>();
  for (const entry of bank) {
    for (const wording of entry.wordings) {
      const key = questionKey(wording);
      if (!entryOf.has(key)) entryOf.set(key, entry);
    }
  }
  // Which files (by position in `ordered`) report each wording, by key, and each bank question, once per report.
  const wordingFiles = new Map<string, number[]>();
  const reportFiles = new Map<BankQuestion, number[]>();
  const push = <K>(map: Map<K, number[]>, key: K, file: number) => {
    const list = map.get(key);
    if (list) list.push(file);
    else map.set(key, [file]);
  };
  keys.forEach((fileKeys, position) => {
    for (const key of fileKeys) {
      push(wordingFiles, key, position);
      push(reportFiles, entryOf.get(key)!, position);
    }
  });
  // Either file of a pair may be the new one (a contribution can be dated before the files it joins), so both are told.
  const elsewhere = (list: readonly number[] | undefined, self: number) => list?.some((file) => file !== self) ?? false;
  const byFirstWording = new WordIndex<BankQuestion>();
  for (const entry of bank) byFirstWording.add(questionWords(entry.text), entry);

  const lookAlikeOf = (text: string, key: string, self: number): { entry: BankQuestion; text: string; merges: boolean } | undefined => {
    const own = entryOf.get(key)!;
    if (elsewhere(reportFiles.get(own), self)) {
      // Merged with another file's question: the first wording another file reports is the one the site
      // would show without this file.
      const wording = own.wordings.find((candidate) => elsewhere(wordingFiles.get(questionKey(candidate)), self))!;
      return { entry: own, text: wording, merges: true };
    }
    const alike = byFirstWording
      .matches(questionWords(text), LOOK_ALIKE_THRESHOLD, MIN_SHARED_WORDS)
      .find(({ value }) => value !== own && elsewhere(wordingFiles.get(questionKey(value.text)), self));
    return alike && { entry: alike.value, text: alike.value.text, merges: false };
  };

  const notices: QuestionNotice[] = [];
  ordered.forEach((file, self) => {
    for (const [index, question] of file.questions.entries()) {
      const key = keys[self][index];
      if (elsewhere(wordingFiles.get(key), self)) continue;
      const found = lookAlikeOf(question.text, key, self);
      if (!found) continue;
      const lookAlike: LookAlikeReport = {
        text: found.text,
        slug: found.entry.slug,
        reports: reportFiles.get(found.entry)!.filter((other) => other !== self).length,
        merges: found.merges,
      };
      const { field, line, column } = question;
      notices.push({ file: file.file, line, column, field, text: question.text, lookAlike, message: noticeMessage(lookAlike) });
    }
  });
  return sortProblems(notices) as QuestionNotice[];
}

/** What a notice says: the other wording, how often and where it is reported, and what to do. */
export function noticeMessage({ text, slug, reports, merges }: LookAlikeReport): string {
  const where = `(reported ${reports === 1 ? 'once' : `${reports} times`}, ${paths.question(slug)})`;
  return merges
    ? `looks like “${text}” ${where}; the site merges them — use that wording if you mean the same question`
    : `looks like “${text}” ${where}; if you mean the same question, use its wording so the two are counted together`;
}

/** How many notices a run prints. */
export interface NoticeLimits {
  /** At most this many of one file: an experience usually has 3 to 8 questions, so this is nearly all of one. */
  perFile: number;
  /** At most this many in all: about a screen, and GitHub annotates only 10 notices of a step anyway. */
  total: number;
}

export const noticeLimits: NoticeLimits = { perFile: 5, total: 25 };

/**
 * The notices to print, by file and line, and how many are left out. Past the limits, the files changed last
 * (`recency`, e.g. their modification time) come first: a contributor who has just edited a file sees its
 * notices, not those that a large content folder has carried for years.
 */
export function limitNotices(
  notices: readonly QuestionNotice[],
  { perFile, total }: NoticeLimits = noticeLimits,
  recency: (file: string) => number = () => 0,
): { shown: QuestionNotice[]; hidden: number; hiddenFiles: number } {
  const byFile = new Map<string, QuestionNotice[]>();
  for (const notice of sortProblems([...notices]) as QuestionNotice[]) {
    const list = byFile.get(notice.file);
    if (list) list.push(notice);
    else byFile.set(notice.file, [notice]);
  }
  const files = [...byFile.keys()].sort((a, b) => recency(b) - recency(a) || a.localeCompare(b));
  const shown: QuestionNotice[] = [];
  const hiddenIn = new Set<string>();
  for (const file of files) {
    const list = byFile.get(file)!;
    const taken = list.slice(0, Math.max(0, Math.min(perFile, total - shown.length)));
    shown.push(...taken);
    if (taken.length < list.length) hiddenIn.add(file);
  }
  return { shown: sortProblems(shown) as QuestionNotice[], hidden: notices.length - shown.length, hiddenFiles: hiddenIn.size };
}
