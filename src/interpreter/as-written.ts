import { foldText } from '../text/fold.js';

/**
 * The words of a folded phrase as the question wrote them, for showing them back to the user:
 * "halsa" → "hälsa", "miljo" → "miljön". A word the question does not contain (it came from an
 * earlier question in the conversation) stays as it is.
 */
export function asWritten(folded: string, question: string): string {
  const written = question.match(/[\p{L}\p{N}]+/gu) ?? [];
  return folded
    .split(' ')
    .map((word) => {
      const exact = written.find((original) => foldText(original) === word);
      const stemOf = word.length >= 4 ? written.find((original) => foldText(original).startsWith(word)) : undefined;
      return (exact ?? stemOf)?.toLowerCase() ?? word;
    })
    .join(' ');
}
