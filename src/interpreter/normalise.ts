import { foldText } from '../text/fold.js';
import { isSmallTypo } from '../text/typo.js';

/** Question words, corrected for small typos at the start of a question ("wich", "mycke"). */
const QUESTION_OPENERS = ['which', 'what', 'many', 'much', 'vilka', 'vilken', 'vilket', 'mycket', 'manga', 'antal', 'lista', 'jamfor', 'compare'];

/** One word of a question: as written, and folded for lookup. */
export interface Token {
  /** As written (after digit groups are joined), e.g. "ASN", "25660000", "2.5". */
  original: string;
  /** Folded: lower case, å/ä/ö → a/a/o, e.g. "asn", "namnden". */
  folded: string;
  /** Written in capitals (two letters or more), e.g. "ASN", "ESF": abbreviations and acronyms. */
  upper: boolean;
  /** A number (digits, possibly with a decimal point). */
  numeric: boolean;
}

export interface NormalisedQuestion {
  original: string;
  /** The folded question, tokens joined by single spaces. */
  text: string;
  tokens: Token[];
}

/**
 * Words whose folded form would be another word: "miljön" (the environment) folds to "miljon" (a
 * million). They fold to their stem instead, which is what a topic search needs anyway.
 */
const COLLIDING_FOLDS = new Map([
  ['miljön', 'miljo'],
  ['miljöns', 'miljo'],
]);

/**
 * Normalises a question for the later stages: joins digit groups ("25 660 000" → "25660000"),
 * reads a decimal comma as a point ("50,5" → "50.5"), drops the genitive ":s" of abbreviations
 * ("ASN:s" → "ASN"), then splits into tokens with their folded forms, and corrects small typos in
 * the question words that open a question ("wich" → "which") unless the data uses the word.
 */
export function normaliseQuestion(
  question: string,
  /** Words the data uses: never "corrected" as typos ("vila" in a project name is not "vilka"). */
  isKnownWord: (word: string) => boolean = () => false,
): NormalisedQuestion {
  const prepared = question
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[’`´]/g, "'")
    .replace(/\b\d{1,3}(?: \d{3})+\b/g, (group) => group.replace(/ /g, ''))
    .replace(/\b\d{1,3}(?:,\d{3})+(?![\d,])/g, (group) => group.replace(/,/g, ''))
    .replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2')
    .replace(/\b([A-Za-zÅÄÖåäö]{2,8})[:']s\b/g, '$1')
    .replace(/\b([A-ZÅÄÖ]{2,8})s\b/g, (match, stem: string) => (/^[A-ZÅÄÖ]+$/.test(stem) ? stem : match));
  const tokens: Token[] = [];
  for (const match of prepared.matchAll(/\d+(?:\.\d+)?|[\p{L}\p{N}]+/gu)) {
    const original = match[0];
    const numeric = /^\d/.test(original);
    const folded = numeric ? original : (COLLIDING_FOLDS.get(original.toLowerCase()) ?? foldText(original));
    if (folded === '') continue;
    tokens.push({ original, folded, upper: original.length >= 2 && /^[\p{Lu}\d]+$/u.test(original) && /\p{Lu}/u.test(original), numeric });
  }
  for (const token of tokens.slice(0, 2)) {
    if (token.numeric || token.folded.length < 4 || QUESTION_OPENERS.includes(token.folded) || isKnownWord(token.folded)) continue;
    const corrected = QUESTION_OPENERS.find((word) => isSmallTypo(token.folded, word, 1));
    if (corrected) token.folded = corrected;
  }
  return { original: question, text: tokens.map((token) => token.folded).join(' '), tokens };
}
