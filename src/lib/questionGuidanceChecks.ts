import { fieldName, type ContentProblem, type Locate } from './contentProblems';
import { findInBank, questionKey, type BankQuestion } from './questionBank';

/**
 * The checks across files for the guide's advice on questions (`content/question-guidance.yaml`, the notes
 * in `content/question-notes/`) and for the maintainers' merge corrections (`content/question-merges.yaml`),
 * as pure functions over what was read: every category has guidance, every note and every wording named
 * is a question the guide or an experience reports, and no question has two notes.
 */

/** An entry as read from its file, with where its fields stand. */
export interface LocatedEntry<T> {
  file: string;
  data: T;
  locate?: Locate;
}

/** The reported questions the checks look wordings up in. */
export interface ReportedQuestions {
  bank: BankQuestion[];
  /** False when a file that reports questions could not be read: then a wording missing from the bank is not a problem yet. */
  complete: boolean;
}

/** One problem per category of `question-categories.yaml` that has no guidance. */
export function missingGuidanceProblems(
  file: string,
  categories: readonly { id: string; name: string }[],
  guided: readonly string[],
): ContentProblem[] {
  return categories
    .filter((category) => !guided.includes(category.id))
    .map((category) => ({
      file,
      message: `has no guidance for the category "${category.id}" (${category.name}) of question-categories.yaml; add an item "- category: ${category.id}" with lookingFor, structure and pitfalls`,
    }));
}

const words = (text: string) => new Set(questionKey(text).split(' '));

/** The reported wording closest to a text (most words in common, at least half of them), to suggest. */
function nearestWording(bank: readonly BankQuestion[], text: string): string | undefined {
  const wanted = words(text);
  let best: { wording: string; score: number } | undefined;
  for (const wording of bank.flatMap((question) => question.wordings)) {
    const have = words(wording);
    const shared = [...wanted].filter((word) => have.has(word)).length;
    const score = shared / Math.max(wanted.size, have.size);
    if (score >= 0.5 && (!best || score > best.score)) best = { wording, score };
  }
  return best?.wording;
}

/** The message for a wording that no source reports, with the nearest reported wording when there is one. */
function notReported(text: string, bank: readonly BankQuestion[], fix: string): string {
  const nearest = nearestWording(bank, text);
  return `"${text}" is not a question the guide (example-questions.yaml) or an experience reports. ${
    nearest ? `Did you mean "${nearest}"? ` : ''
  }Copy the wording exactly as it is reported (letter case and punctuation may differ), ${fix}`;
}

/**
 * Each note must be about a reported question, and each question has at most one note: the note in the
 * file that sorts later is the one reported as the second.
 */
export function questionNoteProblems(notes: readonly LocatedEntry<{ question: string }>[], reported: ReportedQuestions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstNote = new Map<string, string>();
  for (const note of [...notes].sort((a, b) => a.file.localeCompare(b.file))) {
    const where = note.locate?.(['question']);
    const at = { file: note.file, line: where?.line, column: where?.column, field: 'question' };
    const question = findInBank(reported.bank, note.data.question);
    if (!question && reported.complete) problems.push({ ...at, message: notReported(note.data.question, reported.bank, 'or delete this note') });
    const key = question ? `bank:${question.anchor}` : `text:${questionKey(note.data.question)}`;
    const other = firstNote.get(key);
    if (other) {
      problems.push({
        ...at,
        message: `is about the same question as ${other}; a question has one note: move what this file adds into ${other} and delete this file`,
      });
    } else firstNote.set(key, note.file);
  }
  return problems;
}

/** Every wording in a group of `question-merges.yaml` must be one that the guide or an experience reports. */
export function questionMergeProblems(
  merges: LocatedEntry<{ merge: string[][]; keepApart: string[][] }>,
  reported: ReportedQuestions,
): ContentProblem[] {
  if (!reported.complete) return [];
  const problems: ContentProblem[] = [];
  for (const list of ['merge', 'keepApart'] as const) {
    merges.data[list].forEach((group, index) => {
      group.forEach((wording, position) => {
        if (findInBank(reported.bank, wording)) return;
        const path = [list, index, position];
        const where = merges.locate?.(path);
        problems.push({
          file: merges.file,
          line: where?.line,
          column: where?.column,
          field: fieldName(path),
          message: notReported(wording, reported.bank, 'or remove it from the group'),
        });
      });
    });
  }
  return problems;
}
