import { distance } from 'fastest-levenshtein';
import { findCues } from './lexicon/cue-table.js';
import { PROJECT_DATE_CUES } from './lexicon/cue-words.js';
import { namndById, resolveUnit, suggestUnit, unitShortForms, type NamndId } from '../domain/organisation.js';
import { goalText } from '../domain/goals.js';
import { resolveProgramme, type ProgrammeFamily } from '../domain/programmes.js';
import type { Role } from '../domain/project.js';
import { compactKey, foldText } from '../text/fold.js';
import { isSmallTypo, isTransposition } from '../text/typo.js';
import { canonicalOrganisationWord, foldForeignMarks, isKnownCityForm, nameWordCount, sameOrganisationWord, writtenNameMatches } from '../text/organisation-name.js';
import { resolveCountry } from '../tools/countries.js';
import { inCorpus, type Lexicon, type LexiconOrganisation, type LexiconProject } from './lexicon.js';
import type { NormalisedQuestion, Token } from './normalise.js';
import { EVERYDAY_WORDS, INTENT_WORDS, STOP_WORDS } from './vocabulary.js';

export interface LinkedUnit { id: NamndId; refersTo: 'namnd' | 'forvaltning'; text: string }
export interface LinkedProject {
  id: string;
  name: string;
  strength: 'exact' | 'partial';
  /** The folded words of the question that matched (for a partial match, e.g. "migration"). */
  matched?: string;
}

/** Everything the question names, resolved against the domain model and the loaded data. */
export interface LinkedEntities {
  units: LinkedUnit[];
  /** Words that look like a nämnd or förvaltning but match none, with the closest one. */
  unknownUnits: Array<{ text: string; suggestion: string | null }>;
  programmes: string[];
  families: ProgrammeFamily[];
  goals: number[];
  years: number[];
  /** "i fjol", "förra året": the year before the latest report; "senaste": the latest. */
  relativeYear: 'latest' | 'previous' | 'before' | 'after' | null;
  /** Amounts in kronor ("5 miljoner" → 5 000 000). */
  amounts: number[];
  /** Small plain numbers (top N, counts): not years, not amounts. */
  numbers: number[];
  projects: LinkedProject[];
  /** External organisations or cities: the organisation's full name, or the word the user wrote when several match. */
  organisations: string[];
  countries: string[];
  /** Countries the question leaves out ("utom Sverige", "apart from Sweden"). */
  excludedCountries: string[];
  /** Countries of the project's lead organisation ("leds av en organisation i Spanien"). */
  leadCountries: string[];
  /** The project's lead organisation ("leds av Region Skåne"). */
  leadOrganisations: string[];
  roles: Role[];
  status: 'ongoing' | 'ended' | 'started' | null;
  /** An organisation name ("Roms kommun") that matches no partner in the data. */
  unknownOrganisation: string | null;
  /** A name after "projektet"/"the project" that matches no project in the data. */
  unknownProject: string | null;
  /** "efter 2026", "after 2026": a year the question looks beyond (not a report year). */
  afterYear: number | null;
  /** "Vilka projekt slutar 2025?": a year after the report years that projects end in. */
  endYear?: number | null;
  /** "leds av utländska organisationer", "led by a foreign partner": projects whose lead is outside Sweden. */
  leadAbroad?: boolean;
  /** "startade före 2023", "started after 2022", "som började 2021": the projects' start, not a report year. */
  startYear?: { year: number; when: 'before' | 'after' | 'in' } | null;
  /** Folded words no entity used, minus stop words: the free text of the question. */
  leftover: string[];
  /** Words that linked a KF goal by its description ("unga", "climate"): a goal read from ordinary words. */
  goalWords?: string[];
}

const HEAD_FORMS = [
  'namnden', 'namndens', 'namnd', 'namnds', 'namnder', 'namnderna', 'namndernas',
  'forvaltningen', 'forvaltningens', 'forvaltning', 'forvaltningar', 'forvaltningarna', 'forvaltningarnas',
  'kontoret', 'kontorets', 'kontor', 'styrelsen', 'styrelsens', 'revisionen', 'kollegiet',
];
const GENERIC_HEADS = new Set(HEAD_FORMS);

/** Corrects a typo in the head noun of a unit name: "förskolenämden" → "forskolenamnden". */
export function correctHeadNoun(word: string): string {
  if (HEAD_FORMS.some((head) => word.endsWith(head))) return word;
  for (const head of HEAD_FORMS) {
    if (head.length < 6) continue;
    for (const length of [head.length - 1, head.length, head.length + 1]) {
      if (word.length < length + 3) continue;
      if (distance(word.slice(-length), head) <= 1) return word.slice(0, -length) + head;
    }
  }
  return word;
}

const hasHead = (word: string): boolean => HEAD_FORMS.some((head) => word.endsWith(head));

const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const MILLION = /^(miljon|miljoner|miljonen|milj|mkr|mnkr|msek|million|millions|mn|m)$/;
const THOUSAND = /^(tusen|tkr|thousand|k)$/;
const KRONOR = /^(kr|kronor|sek|kronor)$/;

/** Words commonly written in questions that programme aliases collide with: matched only in capitals. */
const LOWERCASE_UNSAFE_PROGRAMME = new Set(['life', 'digital', 'other', 'annat', 'ovrigt', 'ovriga', 'he', 'north', 'sea', 'esf']);

const FAMILY_WORDS: Record<string, ProgrammeFamily> = {
  esf: 'ESF', socialfonden: 'ESF', horisont: 'Horisont', horizon: 'Horisont', interreg: 'Interreg', erasmus: 'Erasmus', ovriga: 'Övriga',
};

/** Goal words, from the goal texts themselves plus English glosses: strong words link alone, weak ones need "mål"/"goal" or a pair. */
const GOAL_WORDS: Array<{ goal: number; strong: string[]; weak: string[] }> = [
  { goal: 1, strong: ['uppvaxtvillkor', 'upbringing'], weak: ['barn', 'unga', 'children', 'young', 'youth'] },
  { goal: 2, strong: ['naringsliv', 'business'], weak: ['attraktiv', 'arbete', 'attractive', 'jobs', 'work'] },
  { goal: 3, strong: ['klimatomstallning', 'gron', 'green'], weak: ['klimat', 'climate'] },
  { goal: 4, strong: ['jamlik', 'equal', 'equality'], weak: [] },
  { goal: 5, strong: [], weak: ['organisation', 'organization', 'god', 'good'] },
];
const GOAL_CONTEXT = /^(mal|malet|malen|malets|kfmal|goal|goals|malomrade|malomradet)$/;

const RELATIVE_PREVIOUS: string[][] = [['i', 'fjol'], ['fjol'], ['last', 'year'], ['last', 'years']];
/** Relative to the year the conversation is about (the year before the latest report when there is none). */
const RELATIVE_BEFORE: string[][] = [
  ['aret', 'innan'], ['aret', 'dessforinnan'], ['aret', 'fore'], ['aret', 'forut'], ['forra', 'aret'], ['forra', 'arets'], ['foregaende', 'ar'], ['foregaende', 'aret'],
  ['the', 'year', 'before'], ['year', 'before'], ['previous', 'year'], ['the', 'prior', 'year'], ['prior', 'year'], ['preceding', 'year'],
];
const RELATIVE_AFTER: string[][] = [['aret', 'efter'], ['aret', 'darpa'], ['nasta', 'ar'], ['the', 'year', 'after'], ['year', 'after'], ['following', 'year'], ['next', 'year']];
const RELATIVE_LATEST: string[][] = [['senaste', 'aret'], ['senaste', 'rapporten'], ['senaste'], ['i', 'ar'], ['this', 'year'], ['latest'], ['most', 'recent'], ['current', 'year']];

const ROLE_CUES: Array<{ words: string[]; role: Role }> = [
  { words: ['projektagare'], role: 'Projektägare' }, { words: ['som', 'agare'], role: 'Projektägare' }, { words: ['agare'], role: 'Projektägare' },
  { words: ['ager'], role: 'Projektägare' }, { words: ['owner'], role: 'Projektägare' }, { words: ['owners'], role: 'Projektägare' },
  { words: ['own'], role: 'Projektägare' }, { words: ['owns'], role: 'Projektägare' }, { words: ['owned'], role: 'Projektägare' },
  { words: ['projektagarroll'], role: 'Projektägare' }, { words: ['projektagare', 'roll'], role: 'Projektägare' },
  { words: ['projektpart'], role: 'Projektpart' }, { words: ['projektpartner'], role: 'Projektpart' }, { words: ['som', 'partner'], role: 'Projektpart' },
  { words: ['as', 'partner'], role: 'Projektpart' }, { words: ['as', 'a', 'partner'], role: 'Projektpart' },
];

const STATUS_CUES: Array<{ pattern: RegExp; status: 'ongoing' | 'ended' | 'started' }> = [
  { pattern: /^(pagaende|pagar|ongoing|running|active|aktiva|fortsatter|continuing)$/, status: 'ongoing' },
  { pattern: /^(avslutade|avslutades|avslutats|avslutad|avslutat|slutade|slutar|ended|finished|completed|closed|concluded|wrapped|upphorde|fardiga|fardigstalldes)$/, status: 'ended' },
  { pattern: /^(startade|startat|startades|borjade|paborjades|started|began|nystartade|launched|kicked|initiated|inleddes)$/, status: 'started' },
];

/** Status said in two or three words ("tog slut", "drog igång", "nya projekt", "came to an end"). */
const STATUS_PHRASES: Array<{ words: string[]; status: 'ongoing' | 'ended' | 'started' }> = [
  ...[['tog', 'slut'], ['tar', 'slut'], ['gick', 'ut'], ['lopte', 'ut'], ['lopt', 'ut'], ['gatt', 'ut'], ['har', 'slutat'], ['kom', 'till', 'ett', 'slut'],
    ['came', 'to', 'an', 'end'], ['ran', 'out'], ['ended', 'up']]
    .map((words) => ({ words, status: 'ended' as const })),
  ...[['drog', 'igang'], ['drog', 'i', 'gang'], ['drogs', 'igang'], ['kom', 'igang'], ['kom', 'i', 'gang'], ['gick', 'igang'], ['sattes', 'igang'], ['satte', 'igang'],
    ['startades', 'upp'], ['nya', 'projekt'], ['nya', 'eu', 'projekt'], ['new', 'projects'], ['new', 'eu', 'projects'], ['got', 'going'], ['got', 'started'], ['took', 'off'], ['kicked', 'off']]
    .map((words) => ({ words, status: 'started' as const })),
];

/** Organisation words too common to identify one organisation alone (beyond what the data's frequency shows). */
const GENERIC_ORGANISATION_WORDS = new Set(['malmo', 'stad', 'city', 'kommun', 'kommune', 'region', 'university', 'universitet', 'school', 'the', 'and', 'of', 'for']);

interface Working {
  tokens: Token[];
  words: string[];
  used: boolean[];
  /** Positions taken by a partial project match ("bridges" for "Music Bridges"): a name written after "projektet" may still be unknown. */
  partial?: Set<number>;
}

function span(working: Working, start: number, length: number): string[] | null {
  if (start < 0 || start + length > working.words.length) return null;
  for (let index = start; index < start + length; index++) if (working.used[index]) return null;
  return working.words.slice(start, start + length);
}

function consume(working: Working, start: number, length: number): void {
  for (let index = start; index < start + length; index++) working.used[index] = true;
}

function matchPhrase(working: Working, phrase: readonly string[]): number {
  for (let start = 0; start + phrase.length <= working.words.length; start++) {
    const words = span(working, start, phrase.length);
    if (words && words.every((word, index) => word === phrase[index])) return start;
  }
  return -1;
}

/** Verbs of a project's start: "startade", "började", "drog igång", "started", "began", "launched". */
const START_VERBS = new Set([
  'startade', 'startat', 'startar', 'startades', 'startats', 'borjade', 'borjat', 'borjar', 'inleddes', 'inletts', 'inleds', 'igang',
  'started', 'starts', 'starting', 'began', 'begun', 'begins', 'launched', 'kicked',
]);

function linkYears(working: Working, lexicon: Lexicon, entities: LinkedEntities): void {
  working.words.forEach((word, index) => {
    if (working.used[index] || !/^(19|20)\d\d$/.test(word)) return;
    const next = working.words[index + 1] ?? '';
    if (KRONOR.test(next)) return;
    // "startade före 2023", "som började 2022", "started after 2021": when projects started, over the latest project list.
    const previous = working.words[index - 1] ?? '';
    const priorTo = previous === 'to' && working.words[index - 2] === 'prior';
    const when = priorTo || /^(fore|innan|before)$/.test(previous) ? 'before' : /^(efter|after|since|sedan)$/.test(previous) ? 'after' : /^(i|under|in|during)$/.test(previous) ? 'in' : null;
    const prepositionWords = priorTo ? 2 : when === null ? 0 : 1;
    const windowStart = Math.max(0, index - prepositionWords - 4);
    const verbAt = working.words.slice(windowStart, index - prepositionWords).findIndex((candidate) => START_VERBS.has(candidate));
    const startVerb = verbAt >= 0;
    const startedIn = when ?? 'in';
    // A start in a year that has its own project list is that list's "nystartade" (status started); otherwise a start date.
    const listYear = startedIn === 'in' && lexicon.latestProjectYear !== null && Number(word) >= lexicon.latestProjectYear;
    if (startVerb && !listYear) {
      entities.startYear = { year: Number(word), when: startedIn };
      consume(working, index - prepositionWords, prepositionWords + 1);
      // The verb belongs to the start date: it is no "nystartade" status ("started before 2023 and still running").
      consume(working, windowStart + verbAt, 1);
      return;
    }
    if (/^(efter|after|beyond|bortom)$/.test(working.words[index - 1] ?? '')) {
      entities.afterYear = Number(word);
      consume(working, index - 1, 2);
      return;
    }
    // "slutar 2025", "tar slut under 2026", "end in 2027": an end year after the latest report, not a report year.
    const before = working.words.slice(Math.max(0, index - 3), index).join(' ');
    // "löper till 2028", "pågår fram till 2027", "runs until 2028": the lexicon's project-date cues (a table, not a pattern here).
    const window = working.words.slice(Math.max(0, index - 4), index);
    const cueWindow = /^(i|in|under|during|ar|aret)$/.test(window[window.length - 1] ?? '') ? window.slice(0, -1) : window;
    const dateCue = findCues(cueWindow, PROJECT_DATE_CUES).find((match) => match.start + match.length === cueWindow.length);
    // The cue words belong to the date: they are no topic to search for.
    if (dateCue && lexicon.latestYear !== null && Number(word) > lexicon.latestYear) consume(working, index - window.length + dateCue.start, dateCue.length);
    if (lexicon.latestYear !== null && Number(word) > lexicon.latestYear && (dateCue || / (slutar|slut|avslutas|upphor|ends?|ending|finish\w*|expires?|closes?)( (i|in|under|during|ar|aret))?$/.test(` ${before}`))) {
      entities.endYear = Number(word);
      consume(working, index, 1);
      return;
    }
    entities.years.push(Number(word));
    consume(working, index, 1);
  });
  for (const [phrases, kind] of [[RELATIVE_BEFORE, 'before'], [RELATIVE_AFTER, 'after'], [RELATIVE_PREVIOUS, 'previous']] as const) {
    if (entities.relativeYear) break;
    for (const phrase of phrases) {
      const start = matchPhrase(working, phrase);
      if (start >= 0) { entities.relativeYear = kind; consume(working, start, phrase.length); break; }
    }
  }
  if (!entities.relativeYear) {
    for (const phrase of RELATIVE_LATEST) {
      const start = matchPhrase(working, phrase);
      if (start >= 0) { entities.relativeYear = 'latest'; consume(working, start, phrase.length); break; }
    }
  }
  if (entities.relativeYear && lexicon.latestYear !== null) {
    const year = entities.relativeYear === 'latest' ? lexicon.latestYear : entities.relativeYear === 'after' ? lexicon.latestYear + 1 : lexicon.latestYear - 1;
    if (!entities.years.includes(year)) entities.years.push(year);
  }
}

function linkAmounts(working: Working, entities: LinkedEntities): void {
  working.words.forEach((word, index) => {
    if (working.used[index]) return;
    const value = /^\d+(\.\d+)?$/.test(word) ? Number(word) : null;
    if (value === null) {
      const numberWord = NUMBER_WORDS[word];
      if (numberWord === undefined) return;
      const previous = working.words[index - 1] ?? '';
      const next = working.words[index + 1] ?? '';
      const countLike = /^(topp|top|de|the|first|forsta)$/.test(previous) || /^(storsta|basta|largest|biggest|nämnder|namnder|forvaltningar|projekt|projects|committees|program|programmes)$/.test(next);
      if (MILLION.test(next)) { entities.amounts.push(numberWord * 1_000_000); consume(working, index, KRONOR.test(working.words[index + 2] ?? '') ? 3 : 2); }
      else if (countLike && !(word === 'en' || word === 'ett')) { entities.numbers.push(numberWord); consume(working, index, 1); }
      else if ((word === 'ett' || word === 'en' || word === 'one') && /^(projekt|project)$/.test(next) && /^(bara|endast|only|exakt|exactly|just)$/.test(previous)) {
        entities.numbers.push(1); consume(working, index, 1);
      }
      return;
    }
    const next = working.words[index + 1] ?? '';
    const afterNext = working.words[index + 2] ?? '';
    if (MILLION.test(next)) {
      entities.amounts.push(Math.round(value * 1_000_000));
      consume(working, index, KRONOR.test(afterNext) ? 3 : 2);
    } else if (THOUSAND.test(next)) {
      entities.amounts.push(Math.round(value * 1_000));
      consume(working, index, KRONOR.test(afterNext) ? 3 : 2);
    } else if (KRONOR.test(next)) {
      entities.amounts.push(Math.round(value));
      consume(working, index, 2);
    } else if (value >= 10_000) {
      entities.amounts.push(Math.round(value));
      consume(working, index, 1);
    } else if (Number.isInteger(value) && value <= 1000) {
      entities.numbers.push(value);
      consume(working, index, 1);
    }
  });
}

/** The first word of "X och <unit head>" when X is a bare first part (not itself a unit, an abbreviation, a number or a function word). */
function coordinationStart(working: Working, corrected: readonly string[], end: number): number | null {
  const first = corrected[end - 2];
  if (!/^(och|and|&)$/.test(corrected[end - 1] ?? '') || !first || working.used[end - 2] || working.used[end - 1]) return null;
  if (first.length < 3 || /^\d/.test(first) || STOP_WORDS.has(first) || hasHead(first) || GENERIC_HEADS.has(first)) return null;
  const abbreviation = resolveUnit(first.toUpperCase());
  if (abbreviation && abbreviation.distance === 0 && abbreviation.matchedKey === first) return null;
  return end - 2;
}

function linkUnits(working: Working, entities: LinkedEntities): void {
  const corrected = working.words.map(correctHeadNoun);
  // Full names, longest first, ending at a word with a head noun ("nämnden", "förvaltningen", "kontoret").
  for (let end = 0; end < corrected.length; end++) {
    const last = corrected[end] ?? '';
    if (working.used[end] || !hasHead(last)) continue;
    let linked = false;
    // "miljö och hälsoskyddsnämnden", "kultur- och fritidsnämnden": a coordinated name is one mention, from its first part.
    const first = coordinationStart(working, corrected, end);
    const whole = first === null ? null : working.tokens.slice(first, end + 1).map((token) => token.original).join(' ');
    for (let length = Math.min(7, end + 1); length >= 1; length--) {
      const start = end - length + 1;
      if (!span(working, start, length)) continue;
      const text = corrected.slice(start, end + 1).join(' ');
      const resolved = resolveUnit(text);
      if (resolved) {
        // The last part alone names a unit but the coordination names none that exists ("kultur- och fritidsnämnden"): ask which.
        if (first !== null && whole && start > first && !/(er|erna|ernas|ar|arna)$/.test(last)) {
          const firstUnit = resolveUnit(`${corrected[first]}${last.replace(/^.*?(namnden|namnd|forvaltningen|forvaltning|kontoret|kontor)$/, '$1')}`);
          if (firstUnit && firstUnit.namnd.id !== resolved.namnd.id) {
            entities.unknownUnits.push({ text: whole, suggestion: `${firstUnit.namnd.namn} eller ${resolved.namnd.namn}` });
            consume(working, first, end - first + 1);
            linked = true;
            break;
          }
        }
        if (!entities.units.some((unit) => unit.id === resolved.namnd.id)) entities.units.push({ id: resolved.namnd.id, refersTo: resolved.refersTo, text });
        consume(working, start, length);
        linked = true;
        break;
      }
    }
    if (!linked && !GENERIC_HEADS.has(last)) {
      const suggestion = whole ? suggestUnit(whole) ?? suggestUnit(last) : suggestUnit(last);
      entities.unknownUnits.push({ text: whole ?? working.tokens[end]?.original ?? last, suggestion: suggestion?.namn ?? null });
      consume(working, first ?? end, first === null ? 1 : end - first + 1);
    }
  }
  // Abbreviations ("ASN", "FGK"): in capitals, or lower case when three letters or more and not a common word.
  working.tokens.forEach((token, index) => {
    if (working.used[index] || token.numeric || token.folded.length < 2 || token.folded.length > 5) return;
    if (!token.upper && (token.folded.length < 3 || STOP_WORDS.has(token.folded) || COMMON_SHORT_WORDS.has(token.folded))) return;
    const resolved = resolveUnit(token.original.toUpperCase());
    if (resolved && resolved.distance === 0 && resolved.matchedKey.length <= 5 && resolved.matchedKey === token.folded) {
      if (!entities.units.some((unit) => unit.id === resolved.namnd.id)) entities.units.push({ id: resolved.namnd.id, refersTo: resolved.refersTo, text: token.original });
      consume(working, index, 1);
    }
  });
}

/**
 * Words after which a unit's short form is the subject of the question ("fick grundskolan", "har gymnasiet", "och fritid",
 * "mot gymnasiet", "vilka projekt avslutades för grundskolan", "what did kulturen get"). Elsewhere — "projekt om miljön",
 * "hur påverkar projekten miljön" — the word is a topic.
 */
const SUBJECT_CUES = new Set([
  'fick', 'far', 'fatt', 'har', 'hade', 'gjorde', 'gor', 'gjort', 'leder', 'ledde', 'driver', 'drev', 'deltar', 'deltog', 'startade', 'avslutade',
  'och', 'o', 'samt', 'eller', 'an', 'mot', 'vs', 'versus', 'jamfor', 'jamfort', 'for', 'sig', 'till', 'ager', 'agde',
  'did', 'does', 'do', 'has', 'have', 'had', 'got', 'get', 'gets', 'receive', 'received', 'and', 'or', 'than', 'against', 'compare', 'for', 'by',
]);
const COORDINATORS = new Set(['och', 'o', '&', 'and']);

/**
 * Informal short forms of units ("grundskolan", "gymnasiet", "gymnasie o vuxenutbildningen",
 * "kulturen", "fritid") as the subject of a question. A bare form ("fritid", "miljö") only at the
 * end of the question or before a function word; never after a topic preposition. A form that
 * fits two units asks which.
 */
function linkUnitShortForms(working: Working, entities: LinkedEntities): void {
  const forms = unitShortForms();
  working.words.forEach((word, index) => {
    if (working.used[index]) return;
    const ids = forms.get(word);
    if (!ids) return;
    const previous = working.words[index - 1];
    const next0 = working.words[index + 1] ?? '';
    // "kulturens projekt", "förskolans budget": a genitive before what it owns.
    const owner = word.endsWith('s') && /^(projekt\w*|budget\w*|pengar|medel|eu|projects?|funding)$/.test(next0);
    if (previous !== undefined && !SUBJECT_CUES.has(previous) && !owner) return;
    const next = working.words[index + 1];
    // A bare form ends the question ("hur mycket fick fritid?", "och fritid då?", "fritid 2024?"): mid-sentence it is a topic word.
    const bareOk = next === undefined || /^(da|then|nu|now|\d{4})$/.test(next);
    // "gymnasie o vuxenutbildningen": a coordination of two parts of one unit's name.
    const partner = next !== undefined && COORDINATORS.has(next) ? forms.get(working.words[index + 2] ?? '') : undefined;
    const coordinated = partner !== undefined && partner.length === 1 && ids.length === 1 && partner[0] === ids[0];
    if (!coordinated && !isDefiniteForm(word) && !bareOk) return;
    if (ids.length > 1) {
      entities.unknownUnits.push({ text: working.tokens[index]?.original ?? word, suggestion: ids.map((id) => namndById(id).namn).join(' eller ') });
      consume(working, index, 1);
      return;
    }
    const id = ids[0] as NamndId;
    if (!entities.units.some((unit) => unit.id === id)) entities.units.push({ id, refersTo: 'forvaltning', text: working.tokens[index]?.original ?? word });
    consume(working, index, coordinated ? 3 : 1);
  });
}

/** A definite (or plural) form of a short form: "grundskolan", "gymnasiet", "kulturen", "förskolorna". */
function isDefiniteForm(word: string): boolean {
  const forms = unitShortForms();
  return ['ens', 'ets', 'ans', 'orna', 'en', 'et', 'an', 'ns', 'n', 't'].some((ending) => {
    if (!word.endsWith(ending)) return false;
    const stem = word.slice(0, -ending.length);
    return forms.has(stem) || forms.has(`${stem}a`) || forms.has(`${stem}e`) || (ending === 'orna' && forms.has(`${stem}a`));
  });
}

/** English names people use for the nämnder, read only before a head word ("the environment committee"). */
const ENGLISH_UNITS: Array<{ words: string[]; id: NamndId; heads?: RegExp }> = [
  { words: ['labour', 'market', 'and', 'social', 'services'], id: 'asn' }, { words: ['labor', 'market', 'and', 'social', 'services'], id: 'asn' },
  { words: ['labour', 'market', 'and', 'social'], id: 'asn' }, { words: ['labor', 'market', 'and', 'social'], id: 'asn' },
  { words: ['labour', 'market'], id: 'asn' }, { words: ['labor', 'market'], id: 'asn' }, { words: ['social', 'services'], id: 'asn' },
  { words: ['environment'], id: 'mn' }, { words: ['environmental'], id: 'mn' }, { words: ['culture'], id: 'kn' }, { words: ['cultural'], id: 'kn' },
  { words: ['technical'], id: 'tn' }, { words: ['streets', 'and', 'parks'], id: 'tn' }, { words: ['city', 'planning'], id: 'sbn' },
  { words: ['urban', 'planning'], id: 'sbn' }, { words: ['planning'], id: 'sbn' }, { words: ['city', 'building'], id: 'sbn' }, { words: ['building'], id: 'sbn' },
  { words: ['planning', 'and', 'building'], id: 'sbn' }, { words: ['employment'], id: 'asn' }, { words: ['social'], id: 'asn' }, { words: ['welfare'], id: 'asn' },
  { words: ['street'], id: 'tn' }, { words: ['streets'], id: 'tn' }, { words: ['sports', 'and', 'leisure'], id: 'frn' }, { words: ['sports'], id: 'frn' },
  { words: ['education'], id: 'gvn' }, { words: ['upper', 'secondary', 'school'], id: 'gvn' }, { words: ['upper', 'secondary', 'schools'], id: 'gvn' },
  { words: ['schools'], id: 'gsn' }, { words: ['city'], id: 'ks', heads: /^(office|board)$/ }, { words: ['transport'], id: 'tn' }, { words: ['traffic'], id: 'tn' }, { words: ['elderly'], id: 'hvn' }, { words: ['health'], id: 'hvn' }, { words: ['audit'], id: 'rk' }, { words: ['auditors'], id: 'rk' }, { words: ['leisure'], id: 'frn' }, { words: ['recreation'], id: 'frn' },
  { words: ['preschool'], id: 'fsn' }, { words: ['pre', 'school'], id: 'fsn' }, { words: ['compulsory', 'school'], id: 'gsn' },
  { words: ['primary', 'school'], id: 'gsn' }, { words: ['school'], id: 'gsn' }, { words: ['upper', 'secondary', 'and', 'adult', 'education'], id: 'gvn' },
  { words: ['upper', 'secondary'], id: 'gvn' }, { words: ['adult', 'education'], id: 'gvn' }, { words: ['city', 'executive'], id: 'ks' },
  { words: ['executive'], id: 'ks' }, { words: ['health', 'and', 'care'], id: 'hvn' }, { words: ['health', 'care'], id: 'hvn' }, { words: ['elderly', 'care'], id: 'hvn' },
  { words: ['disability'], id: 'fun' }, { words: ['functional', 'support'], id: 'fun' }, { words: ['service'], id: 'sn' },
];
const ENGLISH_HEADS = /^(committee|committees|board|department|departments|administration|office|projects|project)$/;
/** The longest name wins: "upper secondary school committee" before "school committee". */
const ENGLISH_UNITS_LONGEST_FIRST = [...ENGLISH_UNITS].sort((left, right) => right.words.length - left.words.length);

function linkEnglishUnits(working: Working, entities: LinkedEntities): void {
  working.words.forEach((word, index) => {
    if (!ENGLISH_HEADS.test(word)) return;
    const head = /^project/.test(word) ? 0 : 1;
    for (const unit of ENGLISH_UNITS_LONGEST_FIRST) {
      if (unit.heads && !unit.heads.test(word)) continue;
      const start = index - unit.words.length;
      const words = span(working, start, unit.words.length);
      if (words && words.every((candidate, position) => candidate === unit.words[position])) {
        // "the culture and leisure committee": a coordination of two units' words names no committee that exists — ask which.
        const firstPart = working.words[start - 2];
        const other = working.words[start - 1] === 'and' && !working.used[start - 2] && firstPart ? ENGLISH_UNITS.find((candidate) => candidate.words.length === 1 && candidate.words[0] === firstPart) : undefined;
        if (other && other.id !== unit.id) {
          entities.unknownUnits.push({
            text: working.tokens.slice(start - 2, index + head).map((token) => token.original).join(' '),
            suggestion: `${namndById(other.id).namn} eller ${namndById(unit.id).namn}`,
          });
          consume(working, start - 2, unit.words.length + 2 + head);
          return;
        }
        if (!entities.units.some((linked) => linked.id === unit.id)) entities.units.push({ id: unit.id, refersTo: 'namnd', text: unit.words.join(' ') });
        consume(working, start, unit.words.length + head);
        return;
      }
    }
    const previous = working.tokens[index - 1];
    if (head === 1 && /^(committee|board)$/.test(word) && previous && index - 1 > 0 && !working.used[index - 1] && /^\p{Lu}/u.test(previous.original) && !STOP_WORDS.has(previous.folded)) {
      const suggestion = suggestUnit(previous.folded);
      entities.unknownUnits.push({ text: `${previous.original} ${working.tokens[index]?.original ?? word}`, suggestion: suggestion?.namn ?? null });
      consume(working, index - 1, 2);
    }
  });
}

/** Short lower-case words that are also unit abbreviations: never read as one unless in capitals. */
const COMMON_SHORT_WORDS = new Set(['fri', 'mf', 'sf', 'kn', 'mn', 'tn', 'ks', 'hvo', 'fsf', 'stk']);

const stripProjectSuffix = (word: string): string => word.replace(/projekt(en|et|ets|s|ens)?$/, '');

function linkProgrammes(working: Working, entities: LinkedEntities): void {
  for (let length = 4; length >= 1; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      const words = span(working, start, length);
      if (!words) continue;
      const tokens = working.tokens.slice(start, start + length);
      const last = stripProjectSuffix(words[words.length - 1] ?? '');
      const text = [...words.slice(0, -1), last].filter((word) => word !== '').join(' ');
      if (text === '') continue;
      if (length === 1) {
        const family = FAMILY_WORDS[text] ?? Object.entries(FAMILY_WORDS).find(([key]) => key.length >= 6 && isSmallTypo(text, key))?.[1];
        if (family) {
          // "Övriga" is a family as a name ("Övriga-projekt", "ÖVRIGA") or as a row of the report's table ("Övriga-posten", "raden Övriga").
          const tableRow = /^(post|posten|posterna|rad|raden|row|line|item)$/.test(working.words[start + 1] ?? '') || /^(posten|raden|row)$/.test(working.words[start - 1] ?? '');
          const capitalisedName = start > 0 && /^\p{Lu}/u.test(tokens[0]?.original ?? '');
          if (family === 'Övriga' && !(tokens[0]?.upper || capitalisedName || tableRow || /projekt/.test(words[0] ?? '') || /^(projekt|program)/.test(working.words[start + 1] ?? ''))) continue;
          if (!entities.families.includes(family)) entities.families.push(family);
          consume(working, start, /^(projekt|post|posten|posterna|rad|raden)/.test(working.words[start + 1] ?? '') ? 2 : 1);
          continue;
        }
        if (LOWERCASE_UNSAFE_PROGRAMME.has(text) && !tokens[0]?.upper) continue;
        if (STOP_WORDS.has(text) || text.length < 3) continue;
      }
      const programme = resolveProgramme(text);
      if (!programme || programme.name === 'Övriga') continue;
      if (length === 1 && compactKey(text).length < 5 && !tokens[0]?.upper && !['oks', 'amif', 'cerv'].includes(text) && programme.name !== 'URBACT') continue;
      if (!entities.programmes.includes(programme.name)) entities.programmes.push(programme.name);
      consume(working, start, length);
    }
  }
}

function linkGoals(working: Working, lexicon: Lexicon, entities: LinkedEntities): void {
  const add = (goal: number): void => { if (!entities.goals.includes(goal)) entities.goals.push(goal); };
  // "mål 3", "KF-mål 3", "goal 3", "mål nummer 3"
  working.words.forEach((word, index) => {
    if (!GOAL_CONTEXT.test(word) && !(word === 'kf' && /^mal/.test(working.words[index + 1] ?? ''))) return;
    for (const offset of [1, 2, 3]) {
      const candidate = working.words[index + offset] ?? '';
      if (/^[1-5]$/.test(candidate)) {
        add(Number(candidate));
        consume(working, index + offset, 1);
        entities.numbers = entities.numbers.filter((number, position) => !(number === Number(candidate) && position === entities.numbers.indexOf(number)));
        break;
      }
      if (!/^(nummer|nr|number|mal|no)$/.test(candidate)) break;
    }
  });
  const hasContext = working.words.some((word) => GOAL_CONTEXT.test(word) || word === 'kf');
  // "the council goal", "the city council's goals", "kommunfullmäktiges mål": who set the goal, not a partner called "council".
  working.words.forEach((word, index) => {
    if (!GOAL_CONTEXT.test(word)) return;
    for (let before = index - 1; before >= 0 && before >= index - 2; before--) {
      if (!/^(council|councils|kommunfullmaktige|kommunfullmaktiges|city|municipal)$/.test(working.words[before] ?? '')) break;
      consume(working, before, 1);
    }
  });
  for (const { goal, strong, weak } of GOAL_WORDS) {
    let strongHits = 0;
    let weakHits = 0;
    const positions: number[] = [];
    working.words.forEach((word, index) => {
      if (working.used[index]) return;
      // A project's name or acronym ("GreenFin") is not a goal word, and short keys take only inflection endings ("grön", "gröna", not "greencity").
      if (lexicon.projectByKey.has(word) && !strong.includes(word) && !weak.includes(word)) return;
      if (strong.some((key) => (key.length > 6 ? word.startsWith(key.slice(0, -2)) : word === key || (word.startsWith(key) && word.length - key.length <= 2 && /^(a|t|e|en|er|s|as|ts)$/.test(word.slice(key.length)))))) { strongHits++; positions.push(index); }
      else if (weak.some((key) => word === key || (key.length >= 5 && word.startsWith(key)))) { weakHits++; positions.push(index); }
    });
    if (strongHits > 0 || (weakHits > 0 && hasContext) || weakHits >= 2) {
      add(goal);
      for (const position of positions) consume(working, position, 1);
      entities.goalWords = [...(entities.goalWords ?? []), ...positions.map((position) => working.words[position] ?? '')];
    }
  }
}

function linkProjects(working: Working, lexicon: Lexicon, entities: LinkedEntities): void {
  const add = (project: LexiconProject, strength: LinkedProject['strength']): void => {
    if (!entities.projects.some((linked) => linked.id === project.id)) entities.projects.push({ id: project.id, name: project.name, strength });
  };
  const maxLength = Math.min(lexicon.longestProjectName + 1, working.words.length);
  for (let length = maxLength; length >= 1; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      const words = span(working, start, length);
      if (!words) continue;
      const key = words.join('');
      const exact = lexicon.projectByKey.get(key) ?? (key.endsWith('s') ? lexicon.projectByKey.get(key.slice(0, -1)) : undefined);
      if (exact) {
        const isAcronymOnly = exact.acronymKey === key && exact.nameKey !== key;
        const token = working.tokens[start];
        // A short or common word is a project only when written exactly like its acronym ("SoM", not "som").
        const writtenAsAcronym = token !== undefined && exact.acronym !== null && token.original === exact.acronym && /\p{Lu}/u.test(token.original);
        if (length === 1 && (isAcronymOnly || exact.nameKey === key) && !token?.upper && !writtenAsAcronym && (key.length < 5 || STOP_WORDS.has(key))) continue;
        add(exact, 'exact');
        consume(working, start, length);
        continue;
      }
      if (key.length >= 6 && !STOP_WORDS.has(key)) {
        const misspelt = lexicon.remembered.projectTypos.get(`${length}|${key}`, () => projectWithTypo(lexicon, key, length));
        if (misspelt) { add(misspelt, 'exact'); consume(working, start, length); }
      }
    }
  }
  // Distinctive parts of a name: "spegla malmö" for "Kompetensförsörjning genom att spegla Malmö".
  for (let length = 3; length >= 1; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      const words = span(working, start, length);
      if (!words) continue;
      const content = words.filter((word) => !STOP_WORDS.has(word) && word.length >= 4 && !GENERIC_NAME_WORDS.has(word) && !GENERIC_NAME_WORDS.has(word.replace(/s$/, '')));
      if (content.length === 0) continue;
      if (length === 1 && ((words[0]?.length ?? 0) < 6 || (lexicon.projectWordFrequency.get(words[0] ?? '') ?? 0) !== 1 || GENERIC_NAME_WORDS.has((words[0] ?? '').replace(/s$/, '')))) continue;
      const owners = lexicon.projects.filter((project) => containsSequence(project.words, words));
      if (owners.length === 1 && owners[0]) {
        add(owners[0], 'partial');
        const linked = entities.projects.find((project) => project.id === owners[0]?.id);
        if (linked && !linked.matched) linked.matched = words.join(' ');
        consume(working, start, length);
        for (let position = start; position < start + length; position++) (working.partial ??= new Set()).add(position);
      }
    }
  }
}

/** The project whose name (or long acronym) a span of `length` words with this key misspells, or null. */
function projectWithTypo(lexicon: Lexicon, key: string, length: number): LexiconProject | null {
  // Short names tolerate one swap of neighbouring letters ("Perfrae"); longer ones an edit per 8 letters.
  const allowed = key.length < 8 ? 0 : Math.min(2, Math.floor(key.length / 8));
  for (const project of lexicon.projects) {
    if (project.words.length < length - 1 || project.words.length > length + 1) continue;
    const keys = [project.nameKey, ...(project.acronymKey && project.acronymKey.length >= 6 ? [project.acronymKey] : [])];
    const close = keys.some((candidate) => Math.abs(candidate.length - key.length) <= allowed && (isTransposition(key, candidate) || (allowed > 0 && distance(candidate, key) <= allowed)));
    if (close) return project;
  }
  return null;
}

const FOREIGN = /^(utlandsk|utlandska|utlandet|foreign|abroad)$/;
const LEADING = /^(leds|ledda|leddes|leder|led|leading|coordinated|koordineras|koordinerade|drivs|projektagare|projektagaren|projektagarna|koordinator|koordinatorn|koordinatorer|lead|leads|coordinator|coordinators|huvudman|huvudmannen)$/;

/**
 * "Vilka projekt leds av utländska organisationer?", "projekt med utländsk projektägare", "projects led by a
 * foreign partner", "där koordinatorn finns utanför Sverige": the lead is abroad. The words are used up.
 */
function linkForeignLead(working: Working, entities: LinkedEntities): void {
  working.words.forEach((word, index) => {
    if (working.used[index]) return;
    const outsideSweden = /^(utanfor|outside)$/.test(word) && /^(sverige|sweden)$/.test(working.words[index + 1] ?? '');
    if (!FOREIGN.test(word) && !outsideSweden) return;
    const nearStart = Math.max(0, index - 4);
    const near = working.words.slice(nearStart, index + 3);
    const leading = near.findIndex((candidate, offset) => LEADING.test(candidate) && !working.used[nearStart + offset]);
    if (leading < 0) {
      // "utländska organisationer", "foreign partners": partners outside Sweden.
      if (FOREIGN.test(word) && word !== 'utlandet' && !entities.excludedCountries.includes('SE')) entities.excludedCountries.push('SE');
      if (FOREIGN.test(word) && word !== 'utlandet') consume(working, index, 1);
      return;
    }
    entities.leadAbroad = true;
    consume(working, index, outsideSweden ? 2 : 1);
    // "utländsk projektägare": the lead's role word names the lead, not the city's role.
    if (ROLE_NOUNS.test(near[leading] ?? '')) consume(working, nearStart + leading, 1);
  });
}

const ROLE_NOUNS = /^(projektagare|projektagaren|projektagarna|koordinator|koordinatorn|koordinatorer|lead|coordinator|coordinators|huvudman|huvudmannen)$/;

/** Words too common in questions to identify a project by themselves ("i staden", "Malmö"). */
const GENERIC_NAME_WORDS = new Set([
  'staden', 'stad', 'malmo', 'city', 'projekt', 'projektet', 'project', 'network', 'natverk', 'europe', 'europa',
  // Words a question about partners uses: "partners in more than 5 countries" names no project ("… in the Nordic Countries").
  'countries', 'country', 'lander', 'landerna', 'partners', 'partner', 'cities', 'stader', 'organisations', 'organisationer',
]);

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, index) => haystack[start + index] === word)) return true;
  }
  return false;
}

function linkOrganisations(working: Working, lexicon: Lexicon, entities: LinkedEntities): void {
  // "leds av Region Skåne", "coordinated by Lunds kommun": the lead organisation, not any partner.
  const ledBy = (start: number): boolean => {
    const before = working.words.slice(Math.max(0, start - 3), start);
    const leadAt = before.findLastIndex((word) => LEAD_CUES.test(word));
    return leadAt >= 0 && !before.slice(leadAt).some((word) => /^(partner|partners|partnern|med|with)$/.test(word));
  };
  let position = 0;
  const add = (text: string): void => {
    const list = ledBy(position) ? entities.leadOrganisations : entities.organisations;
    if (!list.includes(text)) list.push(text);
  };
  for (let length = 6; length >= 2; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      const words = span(working, start, length);
      if (!words) continue;
      const key = words.join('');
      const found = lexicon.organisationByKey.get(key) ?? (key.endsWith('s') ? lexicon.organisationByKey.get(key.slice(0, -1)) : undefined);
      if (found) { position = start; add(found.name); consume(working, start, length); }
    }
  }
  // Names written in another language or inflected: "Köpenhamns kommun" for "Københavns Kommune", "Region Skånes".
  for (let length = 4; length >= 2; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      const words = span(working, start, length);
      if (!words || STOP_WORDS.has(words[0] ?? '') || STOP_WORDS.has(words[length - 1] ?? '') || words.some((word) => /^\d/.test(word))) continue;
      const needed = nameWordCount(words);
      if (needed < 2) continue;
      const matches = lexicon.remembered.organisationWords.get(`span|${words.join(' ')}`, () =>
        lexicon.organisations.filter((organisation) => organisation.canonical.length >= needed && writtenNameMatches(words, organisation.canonical)));
      const sameLength = matches.filter((organisation) => organisation.canonical.length === needed);
      const chosen = sameLength.length === 1 ? sameLength : matches;
      if (chosen.length === 1 && chosen[0]) { position = start; add(chosen[0].name); consume(working, start, length); }
    }
  }
  // An organisation's initials written in capitals: "DTU" for "Danmarks Tekniske Universitet".
  working.tokens.forEach((token, index) => {
    if (working.used[index] || !token.upper || token.folded.length < 3 || token.folded.length > 5) return;
    const matches = lexicon.remembered.organisationWords.get(`initials|${token.folded}`, () => lexicon.organisations.filter((organisation) => initials(organisation.name) === token.folded));
    if (matches.length === 1 && matches[0]) { position = index; add(matches[0].name); consume(working, index, 1); }
  });
  working.words.forEach((word, index) => {
    if (working.used[index] || word.length < 4 || STOP_WORDS.has(word) || GENERIC_ORGANISATION_WORDS.has(word) || /^\d/.test(word)) return;
    const written = canonicalOrganisationWord(word);
    // One word names an organisation only when it is distinctive: written as a name (capitalised, not just the sentence's first
    // word), a city in another language ("Lissabon" for "Lisboa"), or a longer word with the name's own letters — "står" is not
    // "Red Star Line", "mot" and "line" are words.
    const token = working.tokens[index];
    const capitalised = (index > 0 && /^\p{Lu}/u.test(token?.original ?? '')) || token?.upper === true;
    const exonym = isKnownCityForm(word);
    const lower = foldForeignMarks(token?.original ?? word);
    // In lower case only as the object of "med", "i", "with", "in", "from": "samarbeten med gdansk", not "line up against each other".
    const asObject = /^(med|with|i|in|fran|from|hos|at|pa)$/.test(working.words[index - 1] ?? '');
    const writtenAsInName = (organisation: LexiconOrganisation): boolean => asObject && word.length >= 5 && !EVERYDAY_WORDS.has(word) && !INTENT_WORDS.has(word)
      && foldForeignMarks(organisation.name).split(/[^\p{L}\p{N}]+/u).some((nameWord) => nameWord === lower || `${nameWord}s` === lower);
    // A typo is tolerated only in a name written as a name (capitalised): "energi" is a word, not "Energy Cities".
    const typoAllowed = /^\p{Lu}/u.test(working.tokens[index]?.original ?? '');
    const lookup = `${capitalised ? 1 : 0}${exonym ? 1 : 0}${asObject ? 1 : 0}${typoAllowed ? 1 : 0}|${word}|${lower}`;
    const matches = lexicon.remembered.organisationWords.get(lookup, () => lexicon.organisations.filter((organisation) => (capitalised || exonym || writtenAsInName(organisation)) &&
      organisation.canonical.some((candidate, position) => {
        const original = organisation.words[position] ?? candidate;
        if (candidate.length < 4 || GENERIC_ORGANISATION_WORDS.has(original) || GENERIC_ORGANISATION_WORDS.has(candidate)) return false;
        if ((lexicon.organisationWordFrequency.get(original) ?? 0) > 3) return false;
        return written === candidate || (written.endsWith('s') && written.slice(0, -1) === candidate) || (candidate.endsWith('s') && candidate.slice(0, -1) === written)
          || (typoAllowed && (sameOrganisationWord(written, candidate) || (candidate.length >= 6 && isSmallTypo(word, original, 1))));
      }),
    ));
    if (matches.length > 0 && matches.length <= 5) {
      position = index;
      add(matches.length === 1 && matches[0] ? matches[0].name : working.tokens[index]?.original ?? word);
      consume(working, index, 1);
    }
  });
}

const EXCLUDE_CUES = /^(utom|forutom|utanfor|except|excluding|exklusive|besides|outside|undantaget|ej|inte)$/;
const LEAD_CUES = /^(leds|led|leder|leading|koordineras|coordinated|koordinator|koordinatorn|coordinator|projektagaren|projektagare|lead|leads|huvudman|huvudmannen)$/;

/** The initials of a name's words ("Danmarks Tekniske Universitet" → "dtu"), leaving out connectors. */
function initials(name: string): string {
  const words = compactWords(name).filter((word) => !/^(of|the|de|di|du|del|della|van|von|der|for|och|and|i|la|le|des|und|og)$/.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join('') : '';
}
const compactWords = (name: string): string[] => foldText(name).split(' ').filter((word) => word !== '');

/** "Roms kommun", "Universitetet i Bergen": a capitalised name with an organisation word that no partner in the data matches. */
function linkUnknownOrganisation(working: Working, entities: LinkedEntities): void {
  if (entities.organisations.length + entities.leadOrganisations.length > 0 || entities.unknownProject) return;
  working.words.forEach((word, index) => {
    if (entities.unknownOrganisation || !/^(kommun|kommune|kommuns|stad|stads|universitet|universitets|university|municipality|region|regionen|hogskola|college|institute|institut|museum|skola)$/.test(word)) return;
    const names: number[] = [];
    for (let previous = index - 1; previous >= 0 && !working.used[previous] && /^\p{Lu}/u.test(working.tokens[previous]?.original ?? '') && previous > 0; previous--) names.unshift(previous);
    if (names.length === 0) return;
    const name = [...names, index].map((position) => working.tokens[position]?.original ?? '').join(' ');
    if (/^malm[oö] (stad|kommun)$/i.test(name)) return;
    entities.unknownOrganisation = name;
    consume(working, names[0] ?? index, names.length + 1);
  });
  // "Har vi några partner i Rom?", "Who do we know in Hamburg?": a capitalised place after "i/in" in a partner question, that no partner matched.
  if (entities.unknownOrganisation || entities.countries.length + entities.units.length + entities.projects.length + entities.programmes.length + entities.families.length > 0) return;
  if (!working.words.some((word) => /^(partner\w*|samarbet\w*|kontakt\w*|contacts?|know|kanner|cooperat\w*|collaborat\w*|organisation\w*|organizations?)$/.test(word))) return;
  working.words.forEach((word, index) => {
    const token = working.tokens[index];
    if (entities.unknownOrganisation || index === 0 || working.used[index] || !token || !/^\p{Lu}\p{Ll}{2,}$/u.test(token.original) || STOP_WORDS.has(word)) return;
    if (!/^(i|in|fran|from|med|with)$/.test(working.words[index - 1] ?? '') || (working.words[index + 1] !== undefined && !working.used[index + 1] && /^\p{Lu}/u.test(working.tokens[index + 1]?.original ?? ''))) return;
    entities.unknownOrganisation = token.original;
    consume(working, index, 1);
  });
}

function linkCountries(working: Working, entities: LinkedEntities): void {
  for (let length = 2; length >= 1; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      const words = span(working, start, length);
      if (!words) continue;
      const token = working.tokens[start];
      if (length === 1 && token && token.folded.length === 2 && !token.upper) continue;
      if (length === 1 && token?.folded === 'island' && !/^I/.test(token.original)) continue;
      const code = resolveCountry(length === 1 && token?.upper && token.folded.length === 2 ? token.original : words.join(' '));
      if (!code) continue;
      consume(working, start, length);
      const before = working.words.slice(Math.max(0, start - 5), start);
      const excludeAt = before.findLastIndex((word, index) => EXCLUDE_CUES.test(word) || (word === 'fran' && before[index - 1] === 'bortsett') || (word === 'from' && before[index - 1] === 'apart') || (word === 'than' && before[index - 1] === 'other'));
      // "leds av en organisation i Spanien", or after the country: "a Danish lead partner", "en dansk projektägare".
      const after = working.words.slice(start + length, start + length + 2);
      const leadAfter = after.findIndex((word) => /^(lead|leading|ledande|koordinator|koordinatorn|coordinator|projektagare|projektagaren|huvudman)$/.test(word));
      const leadAt = leadAfter >= 0 ? before.length : before.findLastIndex((word) => LEAD_CUES.test(word));
      // "lead partner" is the lead; "partner" alone is any partner.
      const partnerAt = before.findLastIndex((word, position) => /^(partner|partners|partnern|partnerorganisation\w*)$/.test(word) && !LEAD_CUES.test(before[position - 1] ?? ''));
      if (excludeAt >= 0 && start - (before.length - excludeAt) >= start - 3) {
        if (!entities.excludedCountries.includes(code)) entities.excludedCountries.push(code);
      } else if (leadAt >= 0 && leadAt > partnerAt) {
        if (!entities.leadCountries.includes(code)) entities.leadCountries.push(code);
        if (leadAfter >= 0) consume(working, start + length + leadAfter, 1);
        else consume(working, start - (before.length - leadAt), 1);
      } else if (!entities.countries.includes(code)) entities.countries.push(code);
    }
  }
}

function linkRolesAndStatus(working: Working, entities: LinkedEntities): void {
  for (const cue of ROLE_CUES) {
    const start = matchPhrase(working, cue.words);
    if (start >= 0) {
      if (!entities.roles.includes(cue.role)) entities.roles.push(cue.role);
      consume(working, start, cue.words.length);
    }
  }
  // "leder flest projekt", "which committee leads most projects": leading a project is owning it.
  working.words.forEach((word, index) => {
    if (working.used[index] || !/^(leder|leds|lead|leads|led)$/.test(word)) return;
    const next = working.words[index + 1];
    // "projekt som leds av miljöförvaltningen", "projects led by ASN": the nämnd owns the project.
    const ledByUnit = /^(av|by)$/.test(next ?? '') && entities.units.length > 0 && entities.countries.length === 0 && entities.leadCountries.length === 0 && entities.organisations.length === 0 && entities.leadOrganisations.length === 0;
    // "leder Malmö stad", "leds av staden", "does the city lead", "led by Malmö": the city owns the project.
    const byTheCity = /^((av|by) )?(the )?(staden|stan|malmo stad|malmo|city|oss|us|vi|we)( |$)/.test(working.words.slice(index + 1, index + 4).join(' '))
      || /^(staden|stan|stad|malmo|city|vi|we)$/.test(working.words[index - 1] ?? '')
      // "Hur många projekt leder miljönämnden?": the nämnd named right after the verb owns them.
      || (working.used[index + 1] === true && entities.units.some((unit) => foldText(unit.text).split(' ')[0] === next));
    if (next !== undefined && !ledByUnit && !byTheCity && !/^(flest|mest|projekt\w*|eu|most|projects?|the|fler|more|nagra|any)$/.test(next)) return;
    if (next === undefined && byTheCity) { if (!entities.roles.includes('Projektägare')) entities.roles.push('Projektägare'); consume(working, index, 1); return; }
    if (next === undefined && entities.units.length === 0) return;
    if (!entities.roles.includes('Projektägare')) entities.roles.push('Projektägare');
    consume(working, index, 1);
  });
  // "är Malmö själv projektägare?", "leder stan själv?", "is the city itself the owner?": the city's words name the owner, not free text.
  if (entities.roles.length > 0) {
    working.words.forEach((word, index) => {
      if (!working.used[index] && /^(malmo|stad|staden|stan|stadens|vi|sjalv|sjalva|sjalvt|city|we|ourselves|itself|oss|us)$/.test(word)) consume(working, index, 1);
    });
  }
  for (const phrase of STATUS_PHRASES) {
    if (entities.status) break;
    const start = matchPhrase(working, phrase.words);
    if (start < 0) continue;
    entities.status = phrase.status;
    // "nya projekt": the status word only; "projekt" still says what is counted.
    consume(working, start, /^projects?$/.test(phrase.words[phrase.words.length - 1] ?? '') ? phrase.words.length - 1 : phrase.words.length);
  }
  working.words.forEach((word, index) => {
    if (working.used[index]) return;
    const cue = STATUS_CUES.find((candidate) => candidate.pattern.test(word));
    if (cue && !entities.status) { entities.status = cue.status; consume(working, index, 1); }
  });
}

/**
 * Links the names in a question to the domain and the data: years (and "i fjol", "senaste"
 * relative to the latest report year), amounts, nämnder and förvaltningar, programmes and
 * families, KF goals, projects, external organisations and countries, roles and status.
 */
export function linkEntities(question: NormalisedQuestion, lexicon: Lexicon): LinkedEntities {
  const working: Working = { tokens: question.tokens, words: question.tokens.map((token) => token.folded), used: question.tokens.map(() => false) };
  const entities: LinkedEntities = {
    units: [], unknownUnits: [], programmes: [], families: [], goals: [], years: [], relativeYear: null, amounts: [], numbers: [],
    projects: [], organisations: [], countries: [], excludedCountries: [], leadCountries: [], leadOrganisations: [], roles: [], status: null, leftover: [], unknownProject: null, unknownOrganisation: null, afterYear: null, startYear: null,
  };
  linkProjectsExactFirst(working, lexicon, entities);
  linkProgrammes(working, entities);
  linkYears(working, lexicon, entities);
  linkAmounts(working, entities);
  linkUnits(working, entities);
  linkEnglishUnits(working, entities);
  const beforeGoals = [...working.used];
  linkGoals(working, lexicon, entities);
  const goalWordsUsed = working.used.map((used, index) => used && !beforeGoals[index]);
  // A short form is a unit before a single-word partial project match ("fritid" is not "…lek, vila och fritid").
  linkUnitShortForms(working, entities);
  linkProjects(working, lexicon, entities);
  linkNamedAfterCue(working, entities);
  linkUnknownProject(working, entities, goalWordsUsed, lexicon);
  linkForeignLead(working, entities);
  linkCountries(working, entities);
  linkOrganisations(working, lexicon, entities);
  linkRolesAndStatus(working, entities);
  linkUnknownOrganisation(working, entities);
  const described = describedWords(entities);
  entities.leftover = working.words.filter((word, index) => !working.used[index] && !STOP_WORDS.has(word) && word.length > 1 && !describes(described, word));
  return entities;
}

/** English glosses of the KF goals' texts: the words a user may describe a goal with. */
const GOAL_GLOSSES: Record<number, string> = {
  1: 'a city with good conditions for children and young people to grow up growing upbringing kids',
  2: 'an attractive city for work jobs employment and business industry',
  3: 'a green city leading the climate transition transformation',
  4: 'a more equal city equality',
  5: 'a good organisation organization',
};

/** The words of every linked entity's own name or description (a goal's text, a nämnd's name, a programme's name). */
function describedWords(entities: LinkedEntities): Set<string> {
  const texts: string[] = [];
  for (const goal of entities.goals) texts.push(goalText(goal), GOAL_GLOSSES[goal] ?? '');
  for (const unit of entities.units) { const namnd = namndById(unit.id); texts.push(namnd.namn, namnd.forvaltning); }
  texts.push(...entities.programmes);
  const words = new Set<string>();
  for (const text of texts) for (const word of foldText(text).split(/[^a-z0-9]+/)) if (word.length >= 3 && !STOP_WORDS.has(word)) words.add(word);
  return words;
}

/** Whether a question word is (an inflection of) one of an entity's own words: part of naming it, not a free-text topic. */
function describes(described: ReadonlySet<string>, word: string): boolean {
  if (word.length < 3) return false;
  for (const candidate of described) {
    if (candidate === word) return true;
    const stem = Math.max(4, Math.min(candidate.length, word.length) - 2);
    if (candidate.length >= 4 && word.length >= 4 && candidate.slice(0, stem) === word.slice(0, stem)) return true;
  }
  return false;
}

/** "ett projekt som heter Ocean Cities", "a project called Blue Harbour": a name no project matched is an unknown project, not an organisation. */
function linkNamedAfterCue(working: Working, entities: LinkedEntities): void {
  if (entities.projects.some((project) => project.strength === 'exact')) return;
  working.words.forEach((word, index) => {
    if (entities.unknownProject || !/^(heter|hette|kallas|kallat|called|named|titled)$/.test(word)) return;
    const names: number[] = [];
    for (let next = index + 1; next < working.tokens.length; next++) {
      const token = working.tokens[next];
      if (!token || working.used[next] || !/^[\p{Lu}\d]/u.test(token.original)) break;
      names.push(next);
    }
    if (names.length === 0) return;
    entities.unknownProject = names.map((position) => working.tokens[position]?.original ?? '').join(' ');
    entities.projects = [];
    for (const position of names) consume(working, position, 1);
  });
}

/** "projektet Blue Harbour Malmö": capitalised words after "projektet" that no project matched. */
function linkUnknownProject(working: Working, entities: LinkedEntities, goalWordsUsed: boolean[], lexicon: Lexicon): void {
  if (entities.projects.some((project) => project.strength === 'exact') || entities.unknownProject) return;
  const free = (position: number): boolean => !working.used[position] || goalWordsUsed[position] === true || working.partial?.has(position) === true;
  const capitalised = (position: number): boolean => position > 0 && /^[\p{Lu}\d]/u.test(working.tokens[position]?.original ?? '') && !STOP_WORDS.has(working.words[position] ?? '');
  const accept = (names: number[]): boolean => {
    if (names.length === 0) return false;
    // A partial match inside the name is not the project asked about when the name has other words too ("Baltic Bridges" is not "Music Bridges").
    if (names.every((position) => working.partial?.has(position)) && entities.projects.length > 0) return false;
    entities.unknownProject = names.map((position) => working.tokens[position]?.original ?? '').join(' ');
    if (names.some((position) => working.partial?.has(position))) entities.projects = [];
    if (names.some((position) => goalWordsUsed[position]) && !working.words.some((candidate) => GOAL_CONTEXT.test(candidate) || candidate === 'kf')) entities.goals = [];
    for (const position of names) consume(working, position, 1);
    return true;
  };
  for (let index = 0; index < working.words.length && !entities.unknownProject; index++) {
    const word = working.words[index] ?? '';
    if (/^(projektet|project)$/.test(word)) {
      const after: number[] = [];
      for (let next = index + 1; next < working.tokens.length && free(next) && capitalised(next); next++) after.push(next);
      if (accept(after)) break;
      // "SmartCity-projektet", "the Baltic Bridges project": capitalised words just before.
      const before: number[] = [];
      for (let previous = index - 1; previous > 0 && free(previous) && capitalised(previous); previous--) before.unshift(previous);
      if (accept(before)) break;
    }
  }
  // "Berätta om GreenCity", "Vad är Blue Harbour?": a details question about a capitalised name the data does not use at all.
  if (entities.unknownProject || entities.projects.length > 0) return;
  const cue = /^ (berätta om|beratta om|vad ar|vad handlar|tell me about|what is|what s|whats|describe|beskriv) /.exec(` ${working.words.join(' ')} `);
  if (!cue) return;
  const start = cue[1]?.split(' ').length ?? 0;
  const names: number[] = [];
  for (let next = start; next < working.tokens.length && !working.used[next] && /^[\p{Lu}\d]/u.test(working.tokens[next]?.original ?? '') && !STOP_WORDS.has(working.words[next] ?? ''); next++) names.push(next);
  const written = names.map((position) => working.words[position] ?? '');
  const isPlaceOrPartner = resolveCountry(written.join(' ')) !== null || written.some((word) => resolveCountry(word) !== null)
    || lexicon.organisations.some((organisation) => writtenNameMatches(written, organisation.canonical));
  if (names.length > 0 && names.length + start >= working.tokens.length - 1 && !isPlaceOrPartner && written.every((word) => !inCorpus(lexicon, word))) accept(names);
}

/** Whole project names (two words or more) before anything else, so that their words are not read as programmes or goals. */
function linkProjectsExactFirst(working: Working, lexicon: Lexicon, entities: LinkedEntities): void {
  const maxLength = Math.min(lexicon.longestProjectName, working.words.length);
  for (let length = maxLength; length >= 2; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      const words = span(working, start, length);
      if (!words) continue;
      const project = lexicon.projectByKey.get(words.join(''));
      if (project && project.words.length === length) {
        if (!entities.projects.some((linked) => linked.id === project.id)) entities.projects.push({ id: project.id, name: project.name, strength: 'exact' });
        consume(working, start, length);
      }
    }
  }
  linkProjectNamePrefixes(working, lexicon, entities);
}

const commonPrefix = (left: string, right: string): number => {
  let index = 0;
  while (index < left.length && index < right.length && left[index] === right[index]) index++;
  return index;
};

/**
 * "LIFE Skyfall Malmö", "Erasmus+ konsortium för …": a capitalised span that begins exactly one project's name
 * wins over the programme word it starts with — as long as it says more than the programme's name.
 */
/** The last word may be inflected ("Erasmus+ konsortiet" for "Erasmus+ konsortium …"). */
function sameNameWord(word: string, candidate: string | undefined, last: boolean): boolean {
  return word === candidate
    || (last && candidate !== undefined && word.length >= 6 && candidate.length >= 6 && commonPrefix(word, candidate) >= Math.max(6, Math.min(word.length, candidate.length) - 3));
}

function linkProjectNamePrefixes(working: Working, lexicon: Lexicon, entities: LinkedEntities): void {
  const maxLength = Math.min(lexicon.longestProjectName, working.words.length);
  for (let length = maxLength; length >= 2; length--) {
    for (let start = 0; start + length <= working.words.length; start++) {
      if (!/^[\p{Lu}\d]/u.test(working.tokens[start]?.original ?? '')) continue;
      const words = span(working, start, length);
      if (!words) continue;
      const matches = lexicon.remembered.projectPrefixes.get(words.join(' '), () =>
        lexicon.projects.filter((project) => project.words.length >= length && words.every((word, position) => sameNameWord(word, project.words[position], position === length - 1))));
      if (matches.length !== 1 || !matches[0]) continue;
      // What is left once the leading programme words are read must still name something ("skyfall malmo", not "europe").
      let programmeWords = 0;
      for (let count = 1; count <= length; count++) if (resolveProgramme(words.slice(0, count).join(' '))) programmeWords = count;
      const rest = words.slice(programmeWords).filter((word) => !STOP_WORDS.has(word) && word.length >= 3);
      // Without a programme word the span must be written as a name: every word capitalised ("Reading Buddies").
      const writtenAsName = working.tokens.slice(start, start + length).every((token) => /^[\p{Lu}\d]/u.test(token.original));
      if ((programmeWords === 0 && !writtenAsName) || rest.length === 0) continue;
      const project = matches[0];
      if (!entities.projects.some((linked) => linked.id === project.id)) entities.projects.push({ id: project.id, name: project.name, strength: 'exact' });
      consume(working, start, length);
    }
  }
}
