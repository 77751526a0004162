/**
 * Cue words as data: a table of phrases, each naming the slot it fills and the value it gives.
 * A phrase is folded words separated by spaces; a word ending in "*" matches any word it begins.
 * The frame reads a question by looking its words up in these tables — no control flow per phrasing.
 */
export interface Cue<Value> {
  phrase: string;
  value: Value;
}

export interface CueMatch<Value> {
  value: Value;
  /** The phrase as written in the table. */
  phrase: string;
  /** Index of the first word matched and the number of words. */
  start: number;
  length: number;
}

const wordMatches = (pattern: string, word: string): boolean =>
  pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;

/** Every place a table's phrases occur in the folded words, longest phrase first where they overlap. */
export function findCues<Value>(words: readonly string[], table: readonly Cue<Value>[]): CueMatch<Value>[] {
  const found: CueMatch<Value>[] = [];
  const taken = words.map(() => false);
  const byLength = [...table].sort((left, right) => right.phrase.split(' ').length - left.phrase.split(' ').length);
  for (const cue of byLength) {
    const pattern = cue.phrase.split(' ');
    for (let start = 0; start + pattern.length <= words.length; start++) {
      const span = words.slice(start, start + pattern.length);
      if (!pattern.every((part, index) => wordMatches(part, span[index] ?? ''))) continue;
      if (taken.slice(start, start + pattern.length).some(Boolean)) continue;
      for (let index = start; index < start + pattern.length; index++) taken[index] = true;
      found.push({ value: cue.value, phrase: cue.phrase, start, length: pattern.length });
    }
  }
  return found.sort((left, right) => left.start - right.start);
}

/** Builds a table from a record of value → phrases (the way the vocabulary files write them). */
export function cueTable<Value extends string | number>(entries: ReadonlyArray<readonly [Value, readonly string[]]>): Cue<Value>[] {
  return entries.flatMap(([value, phrases]) => phrases.map((phrase) => ({ phrase, value })));
}
