/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = ['t.ex', 'bl.a', 'm.fl', 'm.m', 'ca', 's.k', 'dvs', 'd.v.s', 'osv', 'o.s.v', 'resp', 'inkl', 'exkl', 'jfr', 'nr', 'kap', 'e.g', 'i.e', 'etc', 'S:t', 'prof', 'dr'];

const PLACEHOLDER = '\u0000';

/**
 * Splits Swedish prose into sentences: at ".", "!" or "?" followed by a space and a capital letter,
 * a digit or a quote; list items and paragraphs are sentences of their own. Full stops of
 * abbreviations ("t.ex.", "bl.a.", "ca.") and decimals ("50,5") do not split.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const block of text.split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/)) {
    let protectedBlock = block.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').replace(/\s*\n\s*/g, ' ').trim();
    if (protectedBlock === '') continue;
    for (const abbreviation of ABBREVIATIONS) {
      const pattern = new RegExp(`(^|[\\s(])(${abbreviation.replace(/\./g, '\\.')})\\.`, 'gi');
      protectedBlock = protectedBlock.replace(pattern, (_match, before: string, word: string) => `${before}${word.replace(/\./g, PLACEHOLDER)}${PLACEHOLDER}`);
    }
    const parts = protectedBlock.split(/(?<=[.!?])\s+(?=[\p{Lu}\d"”»'(])/u);
    for (const part of parts) {
      const sentence = part.replace(new RegExp(PLACEHOLDER, 'g'), '.').trim();
      if (sentence !== '') sentences.push(sentence);
    }
  }
  return sentences;
}

/** Number of words, as a reader counts them (numbers with digit groups count once: "1 200"). */
export function countWords(text: string): number {
  return text
    .replace(/(\d)[\s\u00a0](?=\d{3}\b)/g, '$1')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
