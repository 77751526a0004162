import type { SeededRandom } from './seeded-random.js';

/** The question as typed on a keyboard without å, ä and ö (a common way of writing in a hurry). */
export function withoutDiacritics(text: string): string {
  return text
    .replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A')
    .replace(/ö/g, 'o').replace(/Ö/g, 'O')
    .replace(/é/g, 'e').replace(/É/g, 'E');
}

export const hasDiacritics = (text: string): boolean => /[åäöÅÄÖéÉ]/.test(text);

/** Neighbouring keys on a Swedish keyboard, for slips of a finger. */
const NEIGHBOURS: Record<string, string> = {
  a: 's', s: 'a', d: 'f', f: 'g', g: 'h', h: 'j', j: 'k', k: 'l', l: 'k', q: 'w', w: 'e', e: 'r', r: 't', t: 'y',
  y: 'u', u: 'i', i: 'o', o: 'p', p: 'o', z: 'x', x: 'c', c: 'v', v: 'b', b: 'n', n: 'm', m: 'n',
};

/**
 * One typo in a word of at least five letters, as people make them: two neighbouring letters
 * swapped, a letter dropped or doubled, or a neighbouring key. The first letter stays (people
 * rarely miss it, and it keeps the word recognisable). Null when the word is too short.
 */
export function oneTypo(word: string, random: SeededRandom): string | null {
  const letters = [...word];
  const inner = letters.map((letter, index) => ({ letter, index })).filter(({ letter, index }) => index > 0 && /\p{Ll}/u.test(letter));
  if (letters.filter((letter) => /\p{L}/u.test(letter)).length < 5 || inner.length < 3) return null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const { index } = random.pick(inner);
    const copy = [...letters];
    const kind = random.below(4);
    if (kind === 0 && index + 1 < copy.length && /\p{Ll}/u.test(copy[index + 1] ?? '')) {
      [copy[index], copy[index + 1]] = [copy[index + 1] as string, copy[index] as string];
    } else if (kind === 1) {
      copy.splice(index, 1);
    } else if (kind === 2) {
      copy.splice(index, 0, copy[index] as string);
    } else {
      const neighbour = NEIGHBOURS[copy[index] as string];
      if (!neighbour) continue;
      copy[index] = neighbour;
    }
    const typed = copy.join('');
    if (typed !== word) return typed;
  }
  return null;
}

/**
 * The question with one typo: in the named entity when it is long enough (the harder case, a name
 * the lexicon must still find), otherwise in the longest other word. Null when no word can take one.
 */
export function withOneTypo(question: string, entitySurface: string | null, random: SeededRandom): string | null {
  const entityWords = entitySurface ? entitySurface.split(/\s+/).filter((word) => /^\p{L}{6,}$/u.test(word)) : [];
  if (entitySurface && entityWords.length > 0 && question.includes(entitySurface) && random.next() < 0.6) {
    const word = random.pick(entityWords);
    const typed = oneTypo(word, random);
    if (typed) return question.replace(entitySurface, entitySurface.replace(word, typed));
  }
  const candidates = question
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 6 && !(entitySurface ?? '').includes(word))
    .sort((left, right) => right.length - left.length)
    .slice(0, 3);
  if (candidates.length === 0) return null;
  const word = random.pick(candidates);
  const typed = oneTypo(word, random);
  return typed ? question.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'), typed) : null;
}
