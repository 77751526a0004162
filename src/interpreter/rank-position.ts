/**
 * A place in a ranking, read from a (normalised, folded) question: "näst flest projekt" (2),
 * "tredje störst i EU-medel" (3), "på fjärde plats", "the second most", "ranked third"; or a
 * place relative to a named group: "vilket program kommer efter ESF?", "which programme comes after ESF?".
 * The interpreter only reads the place; aggregate's position and after give the group.
 */
export interface RankPosition {
  /** 1-based place asked for (2 = second). */
  position: number | null;
  /** The question asks for the group right after a named one. */
  after: boolean;
}

const ORDINALS: Record<string, number> = {
  nast: 2, andra: 2, tredje: 3, fjarde: 4, femte: 5, sjatte: 6, sjunde: 7, attonde: 8, nionde: 9, tionde: 10,
  tvaa: 2, trea: 3, fyra: 4, femma: 5,
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** Words that make an ordinal a ranking place: a superlative, or "plats"/"place". */
const SUPERLATIVE = '(flest|mest|storst|storsta|hogst|hogsta|minst|farst|lagst|lagsta|basta|bast|most|largest|biggest|highest|greatest|fewest|least|smallest|lowest|top|plats|placering|place|position|rank|ranked)';
const ORDINAL_WORD = `(${Object.keys(ORDINALS).join('|')})`;
const NUMBERED = '(\\d{1,2}) ?:?(?:a|e|st|nd|rd|th)';

const AFTER = new RegExp(
  '(^| )((kommer|ligger|hamnar|placerar sig|ar|comes?|is|ranks?|ranked|placed|follows?)( \\w+)? (efter|after|behind|below|under)'
  + '|(narmast|direkt|strax|nast|next|right|just|directly|immediately) (efter|after|behind)'
  + '|(efter|after) \\S+( \\S+)?( \\S+)? (i storlek|in size|i ordningen|in the ranking|i rangordningen|pa listan|on the list))( |$)',
);

export function readRankPosition(text: string): RankPosition {
  const padded = ` ${text} `;
  const after = AFTER.test(text) && !/ (efter|after|behind) (\d{4}|den \d|the \d)/.test(padded);
  // "på tredje plats", "tredje störst", "näst flest", "the second largest", "in third place", "3:e störst".
  const ordinal = new RegExp(`(?:^| )${ORDINAL_WORD}(?: \\w+)? ${SUPERLATIVE}(?= |$)`).exec(text)
    ?? new RegExp(`(?:^| )(?:pa|in|at|kom|kommer|ligger|is|came|comes|ranked|ranks) ${ORDINAL_WORD}(?= |$)`).exec(text);
  const numbered = new RegExp(`(?:^| )${NUMBERED} ${SUPERLATIVE}(?= |$)`).exec(text) ?? /(?:^| )(?:plats|place|position|nummer|number) (\d{1,2})(?= |$)/.exec(text);
  const word = ordinal?.[1];
  const position = word && ORDINALS[word] ? ORDINALS[word]! : numbered?.[1] ? Number(numbered[1]) : null;
  // "nast" alone is the second only when it ranks ("näst flest"), not "nästa år".
  return { position: position !== null && position >= 2 && !after ? position : null, after };
}
