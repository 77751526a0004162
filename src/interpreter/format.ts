import { formatInteger, formatIntegerEnglish, formatMillions, formatPercent } from '../text/swedish-number.js';

export type Language = 'sv' | 'en';

/** Picks the Swedish or English text. */
export const say = (language: Language, swedish: string, english: string): string => (language === 'en' ? english : swedish);

/** "25 660 000 kr" in Swedish answers, "SEK 25,660,000" in English ones. */
export function money(value: number, language: Language): string {
  return language === 'en' ? `SEK ${formatIntegerEnglish(value)}` : `${formatInteger(value)} kr`;
}

/** A large total with its rounded form: "50 468 000 kr (50,5 miljoner kronor)". */
export function moneyWithMillions(value: number, language: Language): string {
  if (value < 10_000_000) return money(value, language);
  return language === 'en'
    ? `${money(value, language)} (${(value / 1_000_000).toFixed(1)} million)`
    : `${money(value, language)} (${formatMillions(value)})`;
}

export function count(value: number, language: Language): string {
  return language === 'en' ? formatIntegerEnglish(value) : formatInteger(value);
}

export function percent(share: number, language: Language): string {
  return language === 'en' ? `${(share * 100).toFixed(1)} %` : formatPercent(share);
}

/** "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${say(language, 'och', 'and')} ${items.at(-1)}`;
}

export const projectsWord = (value: number, language: Language): string =>
  `${count(value, language)} ${language === 'en' ? (value === 1 ? 'project' : 'projects') : 'projekt'}`;

/** A signed difference: "+12 000 kr" / "−633 531 kr". */
export function signedMoney(value: number, language: Language): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${money(Math.abs(value), language)}`;
}

/**
 * Text from a submission, marked as a quotation: ”…”. Its own quotation marks become single ones so
 * that the quotation stays one span; the grounding check accepts a number from submission text only there.
 */
export const quote = (text: string): string => `”${text.replace(/["”“«»„]/g, "'").trim()}”`;
