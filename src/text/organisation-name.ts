import { distance } from 'fastest-levenshtein';
import { foldText } from './fold.js';

/**
 * Names of a few major European cities in Swedish, English and the local language. Domain
 * knowledge like country names: "Köpenhamns kommun" is the organisation the data spells
 * "Københavns Kommune". The first form is the canonical one.
 */
const CITY_EXONYMS: string[][] = [
  ['köpenhamn', 'københavn', 'copenhagen', 'kopenhagen'],
  ['göteborg', 'gothenburg'],
  ['helsingfors', 'helsinki', 'helsingin'],
  ['åbo', 'turku'],
  ['warszawa', 'warsaw', 'warschau'],
  ['münchen', 'munich'],
  ['rom', 'roma', 'rome'],
  ['florens', 'firenze', 'florence'],
  ['milano', 'milan', 'mailand'],
  ['neapel', 'napoli', 'naples'],
  ['venedig', 'venezia', 'venice'],
  ['lissabon', 'lisboa', 'lisbon'],
  ['antwerpen', 'antwerp', 'anvers'],
  ['bryssel', 'brussels', 'bruxelles', 'brussel'],
  ['haag', 'hague'],
  ['wien', 'vienna'],
  ['prag', 'praha', 'prague'],
  ['aten', 'athens', 'athina'],
  ['thessaloniki', 'tessaloniki', 'saloniki'],
  ['gdansk', 'danzig'],
  ['köln', 'cologne'],
  ['aarhus', 'arhus'],
  ['reykjavik', 'reykjavík'],
  ['vilnius', 'vilna'],
  ['bergen'],
];

/** Words for the same kind of organisation across languages: compared as one. */
const KIND_EQUIVALENTS: string[][] = [
  ['kommun', 'kommune', 'municipality', 'municipio', 'gemeente', 'gmina', 'comune', 'kunta', 'sveitarfelag'],
  ['universitet', 'university', 'universitat', 'universidad', 'universita', 'universite', 'universiteit', 'uniwersytet', 'universidade', 'yliopisto'],
  ['stad', 'city', 'staden', 'ville', 'citta', 'ciudad', 'stadt', 'kaupunki', 'miasto', 'linnavalitsus'],
  ['region', 'regionen', 'regione', 'regio'],
  ['hogskola', 'hogskolan', 'college', 'hochschule'],
];

const CANONICAL = new Map<string, string>();
for (const group of [...CITY_EXONYMS, ...KIND_EQUIVALENTS]) {
  const canonical = foldText(group[0] ?? '');
  for (const form of group) CANONICAL.set(foldText(form), canonical);
}

/** One folded word as compared: its canonical city or kind form; a genitive "s" is dropped when that gives a known form. */
export function canonicalOrganisationWord(word: string): string {
  const known = CANONICAL.get(word);
  if (known) return known;
  if (word.length > 3 && word.endsWith('s')) {
    const stem = CANONICAL.get(word.slice(0, -1));
    if (stem) return stem;
  }
  return word;
}

/** The folded, canonical words of an organisation name: "Københavns Kommune" → ["kopenhamn", "kommun"]. */
export function organisationWords(name: string): string[] {
  return foldText(name).split(' ').filter((word) => word !== '').map(canonicalOrganisationWord);
}

/** Whether a written word is the same as a word of an organisation's name: equal, genitive, or a small typo in a longer word. */
export function sameOrganisationWord(written: string, known: string): boolean {
  if (written === known) return true;
  if (written.endsWith('s') && written.slice(0, -1) === known) return true;
  // A genitive in the name itself: "Lund" for "Lunds universitet".
  if (known.endsWith('s') && known.slice(0, -1) === written) return true;
  // A city the vocabulary knows is not a typo of another one ("Helsingfors" is not "Helsingborgs").
  if (CANONICAL_FORMS.has(written) || CANONICAL_FORMS.has(known)) return false;
  if (known.length >= 6 && written.length >= 5) {
    const allowed = known.length >= 10 ? 2 : 1;
    const bare = written.endsWith('s') && !known.endsWith('s') ? written.slice(0, -1) : written;
    return distance(bare, known) <= allowed;
  }
  return false;
}

/**
 * Whether the words someone wrote name the organisation: every written word matches a word of
 * the name (across languages, inflection and small typos) and, with one written word, that word
 * is not merely the kind ("kommun", "universitet").
 */
export function writtenNameMatches(written: readonly string[], organisation: readonly string[]): boolean {
  if (written.length === 0) return false;
  const canonical = written.map(canonicalOrganisationWord).filter((word) => !CONNECTORS.has(word));
  if (canonical.every((word) => KIND_WORDS.has(word))) return false;
  return canonical.every((word) => organisation.some((known) => sameOrganisationWord(word, known)));
}

/** Words that join the parts of a name in any language: "University of Lund", "Città di Torino". */
const CONNECTORS = new Set(['of', 'the', 'de', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'for', 'och', 'and', 'i', 'la', 'le', 'des']);
const CANONICAL_FORMS = new Set(CITY_EXONYMS.map((group) => foldText(group[0] ?? '')));

const KIND_WORDS = new Set(KIND_EQUIVALENTS.map((group) => foldText(group[0] ?? '')));

/** The words of a written name that must match: without connectors ("University of Lund" → 2). */
export function nameWordCount(written: readonly string[]): number {
  return written.filter((word) => !CONNECTORS.has(word)).length;
}

/** The Swedish name of a city written in another language ("Copenhagen" → "Köpenhamn"), or null. */
export function swedishCityName(word: string): string | null {
  const folded = foldText(word);
  const group = CITY_EXONYMS.find((forms) => forms.slice(1).some((form) => foldText(form) === folded));
  const swedish = group?.[0];
  return swedish ? swedish.charAt(0).toUpperCase() + swedish.slice(1) : null;
}

const CITY_FORMS = new Set(CITY_EXONYMS.flat().map((form) => foldText(form)));

/** Whether a folded word is a city name in any of its languages ("lissabon", "lisboa", "gdansk"). */
export function isKnownCityForm(word: string): boolean {
  return CITY_FORMS.has(word) || (word.length > 4 && word.endsWith('s') && CITY_FORMS.has(word.slice(0, -1)));
}

/** Lower case with other languages' diacritics removed but å, ä, ö kept: "Gdańsk" → "gdansk", "står" stays "står". */
export function foldForeignMarks(text: string): string {
  return text.toLocaleLowerCase('sv')
    .replace(/[åäö]/g, (letter) => ({ å: '\u0001', ä: '\u0002', ö: '\u0003' })[letter] ?? letter)
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae')
    .replace(/[\u0001-\u0003]/g, (mark) => ({ '\u0001': 'å', '\u0002': 'ä', '\u0003': 'ö' })[mark] ?? mark);
}
