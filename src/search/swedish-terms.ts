import snowball from 'snowball-stemmers';
import { foldText } from '../text/fold.js';

const stemmer = snowball.newStemmer('swedish');

/** Words that carry no meaning for search: Swedish function words and a few English ones. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'och i att det som en på är av för med till den har de inte om ett man men så vi från kan ' +
    'var vid sig vara eller under också där hur när nu mot alla efter andra sina sin sitt vår vårt våra oss ' +
    'dem deras han hon honom henne hans hennes jag mig du dig ni er era ert denne mycket många bara ha hade även detta denna dessa skulle blev blir kommer ska får finns inom genom ' +
    'hur vilka vilket vilken vad vem vilket någon något några både samt än utan då ut upp in över ' +
    'the of and to in for on with is are a an what which who'
  ).split(' '),
);

/**
 * Definite and plural endings that Swedish snowball leaves alone or treats unevenly: stripped
 * before stemming so that "projektet", "projekten" and "projekt" meet in one stem ("projek").
 */
const DEFINITE_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/(arna|erna|orna)s?$/, ''],
  [/(ets|ens)$/, ''],
  [/([^aeiouyåäö])(et|en)$/, '$1'],
  [/([aeiouyåäö])ns?$/, '$1'],
];

/** Longest word that is indexed whole; longer runs of letters (no real word is this long) are cut into pieces of this size. */
export const MAX_TOKEN_LENGTH = 40;
/** Longest word compound splitting is tried on: the longest Swedish compounds in the submissions are under 30 letters. */
export const MAX_COMPOUND_LENGTH = 32;
/** Stems and compound splits are remembered, up to this many words each (then the memory starts over). */
const MEMO_LIMIT = 50_000;

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

const stemMemo = new Map<string, string>();

/** A Swedish word's stem, folded to ASCII: "projekten" → "projek", "skolan" → "skol", "miljön" → "miljo". */
export function stemWord(word: string): string {
  const known = stemMemo.get(word);
  return known ?? remember(stemMemo, word, computeStem(word));
}

function computeStem(word: string): string {
  let base = word.toLowerCase();
  if (base.length >= 6) {
    for (const [pattern, replacement] of DEFINITE_ENDINGS) {
      const candidate = base.replace(pattern, replacement);
      if (candidate !== base && candidate.length >= 4) {
        base = candidate;
        break;
      }
    }
  }
  return foldText(stemmer.stem(base)).replace(/ /g, '');
}

/**
 * Words of a text as written (lower case, letters and digits; hyphenated parts kept apart). A run
 * of letters longer than MAX_TOKEN_LENGTH is cut into pieces of that length, so that no word costs
 * more than a bounded amount to index or to match.
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length <= 1 && !/\d/.test(word)) continue;
    if (word.length <= MAX_TOKEN_LENGTH) words.push(word);
    else for (let start = 0; start < word.length; start += MAX_TOKEN_LENGTH) words.push(word.slice(start, start + MAX_TOKEN_LENGTH));
  }
  return words;
}

/** Common Swedish sub-words of compounds in the city's texts, so compounds split even in a small corpus. */
const BUILT_IN_SUBWORDS = (
  'arbete arbets barn unga ungdom skola skol klimat miljö stad stads förvaltning kontor projekt program ' +
  'utveckling verksamhet nätverk samverkan samarbete kultur fritid omsorg vård hälsa demens sjukdom ' +
  'äldre energi trafik grön gröna cirkulär bygg byggande rådslag utbildning lärande lärare elev elever ' +
  'förskola grundskola gymnasie vuxen social socialt integration språk kompetens försörjning rekrytering ' +
  'ledning styrning planering stöd insats insatser medborgare dialog forskning innovation partner ' +
  'partnerskap europa europeisk internationell internationella nordisk nordiska festival evenemang ' +
  'mat vatten natur park parker hav kust avfall återbruk resurs transport mobilitet cykel buss ' +
  'bostad bostäder område områden plats platser fond medel budget resa resor utbyte möte konferens'
).split(' ');

/** The stems compounds may be split into: known sub-words plus every longer word of a corpus. */
export class SubwordLexicon {
  private readonly stems = new Set<string>();
  /** Splits already found (words of a corpus repeat), cleared when the lexicon grows. */
  readonly splits = new Map<string, string[]>();

  constructor(words: Iterable<string> = []) {
    for (const word of BUILT_IN_SUBWORDS) this.add(word);
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (word.length >= 4 && word.length <= MAX_COMPOUND_LENGTH && !/\d/.test(word)) {
      const stem = stemWord(word);
      if (!this.stems.has(stem)) {
        this.stems.add(stem);
        this.splits.clear();
      }
    }
  }

  has(word: string): boolean {
    return word.length >= 4 && this.stems.has(stemWord(word));
  }

  get size(): number {
    return this.stems.size;
  }

  /** A fingerprint of the lexicon, so that an index built with another lexicon is not reused. */
  fingerprint(): string {
    let hash = 0x811c9dc5;
    for (const stem of [...this.stems].sort()) hash = fnv1a(stem, hash);
    return (hash >>> 0).toString(16);
  }
}

/**
 * Splits a long compound into known sub-words: "klimatrådslaget" → ["klimat", "rådslaget"],
 * "demenssjukdom" → ["demens", "sjukdom"] (a linking "s" is dropped). Returns [] when no split is found.
 */
export function splitCompound(word: string, lexicon: SubwordLexicon): string[] {
  if (word.length < 8 || word.length > MAX_COMPOUND_LENGTH) return [];
  const known = lexicon.splits.get(word);
  return known ?? remember(lexicon.splits, word, splitFrom(word, lexicon, 0));
}

/** At most MAX_COMPOUND_LENGTH cut points per level and three levels: bounded work per word. */
function splitFrom(word: string, lexicon: SubwordLexicon, depth: number): string[] {
  if (word.length < 8 || depth > 2) return [];
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const heads = head.endsWith('s') && head.length > 4 ? [head, head.slice(0, -1)] : [head];
    const knownHead = heads.find((candidate) => lexicon.has(candidate));
    if (!knownHead) continue;
    if (lexicon.has(tail)) return [knownHead, tail];
    const tailParts = splitFrom(tail, lexicon, depth + 1);
    if (tailParts.length > 0) return [knownHead, ...tailParts];
  }
  return [];
}

/** The search terms of one word: its stem, plus the stems of its compound parts. */
export function wordTerms(word: string, lexicon: SubwordLexicon): string[] {
  if (STOP_WORDS.has(word)) return [];
  const terms = [stemWord(word)];
  for (const part of splitCompound(word, lexicon)) terms.push(stemWord(part));
  return terms;
}

/** 32-bit FNV-1a hash of a string, continuing from a previous hash. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
