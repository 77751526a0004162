import { distance } from 'fastest-levenshtein';

/** Edits allowed for a word of this length: none below 5 letters, one up to 11, two from 12. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 12 ? 1 : 2;
}

/** True when two folded words differ by one swap of neighbouring letters ("erasmsu" / "erasmus"). */
export function isTransposition(left: string, right: string): boolean {
  if (left.length !== right.length || left === right) return false;
  const differences: number[] = [];
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) differences.push(index);
  const [first, second] = differences;
  return differences.length === 2 && first !== undefined && second === first + 1 && left[first] === right[second] && left[second] === right[first];
}

/** Whether `typed` is `known` with a small typo (edit distance by length, or one transposition). */
export function isSmallTypo(typed: string, known: string, maxEdits = allowedEdits(known.length)): boolean {
  if (typed === known) return true;
  if (maxEdits === 0) return false;
  if (Math.abs(typed.length - known.length) > maxEdits) return false;
  return isTransposition(typed, known) || distance(typed, known) <= maxEdits;
}
