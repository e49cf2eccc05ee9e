import { GENERAL_GUIDANCE, type CategoryGuidance, type QuestionNote } from '../schemas/questionGuidance';
import { findInBank, type BankQuestion } from './questionBank';

/** Advice on answering a question, the guide's own: a note's or a category's fields (src/schemas/questionGuidance.ts). */
export type Guidance = Omit<QuestionNote, 'question'>;

/** What a question's page says on answering it: the note on this question, if any, and its category's guidance. */
export interface QuestionAdvice {
  note?: QuestionNote;
  category?: CategoryGuidance;
}

/**
 * Each question's advice: the note naming one of its wordings (merged as the bank merges them), and the
 * guidance of its category, or the general guidance.
 */
export function questionAdvice(
  bank: readonly BankQuestion[],
  notes: readonly QuestionNote[],
  guidance: readonly CategoryGuidance[],
): (question: BankQuestion) => QuestionAdvice {
  const byQuestion = new Map<BankQuestion, QuestionNote>();
  for (const note of notes) {
    const question = findInBank(bank, note.question);
    if (question && !byQuestion.has(question)) byQuestion.set(question, note);
  }
  const byCategory = new Map(guidance.map((entry) => [entry.category, entry]));
  return (question) => ({
    note: byQuestion.get(question),
    category: (question.category && byCategory.get(question.category)) || byCategory.get(GENERAL_GUIDANCE),
  });
}
