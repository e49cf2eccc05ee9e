import { questionAdvice } from '../lib/questionGuidance';
import { relatedQuestions } from '../lib/questionPage';
import { oncePerBuild } from './oncePerBuild';
import { getQuestionGuidance, getQuestionNotes } from './queries';
import { getQuestionBank } from './questionBank';

/** Every question's related questions, worked out once per build for the whole bank. */
export const getRelatedQuestions = oncePerBuild(async () => relatedQuestions(await getQuestionBank()));

/** Each question's advice (the note on it, its category's guidance), matched once per build. */
export const getQuestionAdvice = oncePerBuild(async () => {
  const [bank, notes, guidance] = await Promise.all([getQuestionBank(), getQuestionNotes(), getQuestionGuidance()]);
  return questionAdvice(bank, notes, guidance);
});
