import { limitText } from './limit-text.js';

/** Long enough for any real question (the longest example is about 80 characters), short enough to stay cheap. */
export const DEFAULT_MAX_QUESTION_LENGTH = 1000;

export type QuestionLengthVerdict = { ok: true } | { ok: false; length: number; max: number; message: string };

/** Counts characters (code points), not UTF-16 units, so "å" and emoji count as one. */
export function checkQuestionLength(question: string, max = DEFAULT_MAX_QUESTION_LENGTH): QuestionLengthVerdict {
  const length = [...question.trim()].length;
  return length <= max ? { ok: true } : { ok: false, length, max, message: limitText.questionTooLong(length, max) };
}
