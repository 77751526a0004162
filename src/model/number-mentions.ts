/**
 * Finds the numbers a text states, in the forms Swedish and English answers write them:
 * "25 660 000 kr", "25660000", "50,5 miljoner", "50.5 million", "1,2 mnkr", "50 468 tkr", "12,5 %",
 * "2022-10-01", "3:e". Each mention keeps every plausible reading ("1,234" is 1234 in English and
 * 1,234 in Swedish) with the tolerance its written precision implies ("50,5 miljoner" stands for
 * anything that rounds to it: 50 450 000–50 550 000).
 */

export type MentionKind = 'number' | 'percent' | 'ordinal' | 'date';

export interface NumberReading {
  value: number;
  /** Half a unit of the last written digit: how far the true value may be from `value`. */
  tolerance: number;
}

export interface NumberMention {
  /** The mention as written, e.g. "50,5 miljoner". */
  text: string;
  index: number;
  kind: MentionKind;
  readings: NumberReading[];
}

const GROUP_SPACE = '[ \\u00a0\\u202f]';
const NUMBER_CORE =
  '(\\d{4}-\\d{2}-\\d{2}(?!\\d))' +
  `|(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?:[.,]\\d+)?(?![\\d]))` +
  '|(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d))' +
  '|(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?!\\d|\\.\\d))' +
  '|(\\d+(?:[.,]\\d+)?)';

const SCALES: Array<{ pattern: string; factor: number; attachedOnly?: boolean }> = [
  { pattern: 'miljarder|miljard|mdkr|mdr|billions?|bn', factor: 1e9 },
  { pattern: 'miljoner|miljon|milj\\.?|mnkr|mkr|msek|mn|mln|millions?', factor: 1e6 },
  { pattern: 'tusen|thousands?|tkr|tsek', factor: 1e3 },
  { pattern: 'm', factor: 1e6, attachedOnly: true },
  { pattern: 'k', factor: 1e3, attachedOnly: true },
];

const SUFFIX =
  '(?<percent>\\s?(?:%|procent(?:enheter)?\\b|percent(?:age points)?\\b|per cent\\b))' +
  '|(?<ordinal>:(?:a|e)\\b|(?:st|nd|rd|th)\\b)' +
  `|(?<scale>\\s?(?:${SCALES.filter((scale) => !scale.attachedOnly).map((scale) => scale.pattern).join('|')})(?![\\p{L}])` +
  `|(?:${SCALES.filter((scale) => scale.attachedOnly).map((scale) => scale.pattern).join('|')})(?![\\p{L}\\p{N}]))`;

const MENTION = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${NUMBER_CORE})(?:${SUFFIX})?`, 'giu');

function scaleFactor(word: string): number {
  const folded = word.trim().toLowerCase();
  for (const scale of SCALES) {
    if (new RegExp(`^(?:${scale.pattern})$`, 'i').test(folded)) return scale.factor;
  }
  return 1;
}

/**
 * One reading of a digit string: integer digits, decimals and a scale word. Only decimals and
 * scale words mark a figure as rounded ("50,5 miljoner"); a figure written out in full
 * ("50 000 000 kr") claims to be exact.
 */
function reading(integerDigits: string, decimals: string, scale: number): NumberReading {
  const value = Number(`${integerDigits}.${decimals || '0'}`) * scale;
  const unit = 10 ** -decimals.length;
  return { value, tolerance: (unit * scale) / 2 + Math.abs(value) * 1e-12 };
}

function readingsOf(core: string, groups: RegExpExecArray, scale: number): NumberReading[] {
  if (groups[2]) {
    const [integerPart, decimals = ''] = core.split(/[.,]/);
    return [reading(integerPart!.replace(/[ \u00a0\u202f]/g, ''), decimals, scale)];
  }
  if (groups[3] || groups[4]) {
    const thousands = groups[3] ? ',' : '.';
    const decimal = groups[3] ? '.' : ',';
    const [integerPart, decimals = ''] = core.split(decimal);
    const readings = [reading(integerPart!.split(thousands).join(''), decimals, scale)];
    const parts = integerPart!.split(thousands);
    if (parts.length === 2 && decimals === '') readings.push(reading(parts[0]!, parts[1]!, scale));
    return readings;
  }
  const [integerPart, decimals = ''] = core.split(/[.,]/);
  return [reading(integerPart!, decimals, scale)];
}

/** Every number the text states, in order. Markdown list markers ("1. ") and citation markers ("[2]") are skipped. */
export function findNumberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const index = match.index ?? 0;
    const core = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const before = text.slice(lineStart, index);
    const after = text.slice(index + core.length);
    if (/^\s*$/.test(before) && /^[.)]\s/.test(after)) continue;
    if (before.endsWith('[') && after.startsWith(']')) continue;
    if (match[1]) {
      mentions.push({ text: match[0], index, kind: 'date', readings: core.split('-').map((part) => ({ value: Number(part), tolerance: 0 })) });
      continue;
    }
    const suffix = match.groups ?? {};
    const kind: MentionKind = suffix['percent'] ? 'percent' : suffix['ordinal'] ? 'ordinal' : 'number';
    const scale = suffix['scale'] ? scaleFactor(suffix['scale']) : 1;
    mentions.push({ text: match[0].trim(), index, kind, readings: readingsOf(core, match, scale) });
  }
  return mentions;
}
