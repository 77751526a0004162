import { foldText } from '../text/fold.js';
import { genitive } from './first-person.js';

export interface SentenceSource {
  file: string;
  section: string;
  passageId: string;
}

export interface DraftSentence {
  text: string;
  sources: SentenceSource[];
}

export interface FlaggedItem {
  sentence: string;
  /** The numbers and names in the sentence that no source contains. */
  unsupported: Array<{ kind: 'number' | 'name'; text: string }>;
  /** Removed from the paragraph, or kept and only flagged (when nothing would be left). */
  action: 'removed' | 'flagged';
}

export interface CheckContext {
  /** The text of every passage the draft rests on. */
  sourceTexts: string[];
  /** Names the drafter itself may write: the förvaltning, the city. */
  allowedNames: string[];
  /** Numbers the drafter itself may write (the report year). */
  allowedNumbers?: string[];
}

/** Words that may start a sentence without being a name. */
const SENTENCE_STARTERS = new Set(
  ('under inom genom det den detta denna dessa de där då efter ett en i vid med som både nu även bland sedan flera många ' +
    'tillsammans dessutom arbetet projektet projekten förvaltningen nämnden staden syftet målet resultatet erfarenheterna ' +
    'sammantaget sammanfattningsvis slutligen samtidigt vidare därutöver utöver enligt till för på av om har hade kommer').split(' '),
);

const NUMBER_PATTERN = /\d+(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?/g;

const normaliseNumber = (text: string): string => text.replace(/[\s\u00a0]/g, '').replace(/\.(?=\d{3}\b)/g, '').replace(',', '.');

/** Swedish number words ("en"/"ett" left out: they are mostly articles). */
const NUMBER_WORDS: Record<string, number> = {
  två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14,
  femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60,
  sjuttio: 70, åttio: 80, nittio: 90, hundra: 100, tusen: 1000,
};

/** Every number in a text, normalised ("1 200" → "1200", "50,5" → "50.5", "tolv" → "12"). */
export function numbersIn(text: string): string[] {
  const digits = [...text.matchAll(NUMBER_PATTERN)].map((match) => normaliseNumber(match[0]));
  const words = [...text.toLowerCase().matchAll(/\p{L}+/gu)].flatMap((match) => {
    const value = NUMBER_WORDS[match[0]];
    return value === undefined ? [] : [String(value)];
  });
  return [...digits, ...words];
}

/**
 * The names in a sentence: capitalised words (except an ordinary word starting the sentence),
 * acronyms such as "U-LYNC", and quoted titles. Swedish capitalises little besides names, so
 * what is left is mostly organisations, projects, places and people.
 */
export function namesIn(sentence: string): string[] {
  const names: string[] = [];
  for (const quoted of sentence.matchAll(/[”"«»]([^”"«»]{2,80})[”"«»]/g)) if (quoted[1]) names.push(quoted[1].trim());
  const words = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}:'’-]*/gu)];
  words.forEach((match, index) => {
    const word = match[0].replace(/[:'’]s$/, '').replace(/-$/, '');
    if (!/^\p{Lu}/u.test(word)) return;
    if (index === 0 && SENTENCE_STARTERS.has(word.toLowerCase())) return;
    names.push(word);
  });
  return names;
}

/** Whether a name's every word occurs in the sources (as a word, a genitive, or the start of a compound). */
function nameSupported(name: string, sourceWords: Set<string>, sourceText: string, allowed: string[]): boolean {
  const folded = foldText(name);
  if (folded === '') return true;
  if (allowed.some((allowedName) => foldText(allowedName) === folded || foldText(genitive(allowedName)) === folded)) return true;
  if (sourceText.includes(` ${folded} `) || sourceText.includes(` ${folded}`)) return true;
  return folded.split(' ').every((word) => {
    if (sourceWords.has(word) || sourceWords.has(word.replace(/s$/, ''))) return true;
    if (allowed.some((allowedName) => foldText(allowedName).split(' ').includes(word))) return true;
    return word.length >= 4 && [...sourceWords].some((candidate) => candidate.startsWith(word));
  });
}

/**
 * Checks a draft against its sources: every number and every name in a sentence must occur in
 * the source passages. A sentence with anything unsupported is removed (and reported); when
 * removing would leave nothing, it is kept and flagged instead.
 */
export function checkDraft(sentences: DraftSentence[], context: CheckContext): { sentences: DraftSentence[]; flagged: FlaggedItem[] } {
  const sourceText = ` ${context.sourceTexts.map(foldText).join(' ')} `;
  const sourceWords = new Set(sourceText.split(' ').filter((word) => word !== ''));
  const sourceNumbers = new Set([...context.sourceTexts.flatMap(numbersIn), ...(context.allowedNumbers ?? []).map(normaliseNumber)]);
  const checked = sentences.map((sentence) => {
    const unsupported: FlaggedItem['unsupported'] = [];
    for (const number of numbersIn(sentence.text)) {
      if (!sourceNumbers.has(number)) unsupported.push({ kind: 'number', text: number });
    }
    for (const name of namesIn(sentence.text)) {
      if (!nameSupported(name, sourceWords, sourceText, context.allowedNames)) unsupported.push({ kind: 'name', text: name });
    }
    return { sentence, unsupported };
  });
  const supported = checked.filter((entry) => entry.unsupported.length === 0);
  const removeUnsupported = supported.length > 0;
  const flagged: FlaggedItem[] = checked
    .filter((entry) => entry.unsupported.length > 0)
    .map((entry) => ({ sentence: entry.sentence.text, unsupported: entry.unsupported, action: removeUnsupported ? 'removed' : 'flagged' }));
  return { sentences: removeUnsupported ? supported.map((entry) => entry.sentence) : sentences, flagged };
}
