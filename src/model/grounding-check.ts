import { findNumberMentions, type NumberMention, type NumberReading } from './number-mentions.js';

/**
 * The grounding check: every number a model states must come from a tool result of this turn
 * (or from the question). Formatting and honest rounding are allowed ("50,5 miljoner" for
 * 50 468 000, "25 660 000 kr" for 25660000); sums, differences and invented figures are not.
 * A figure written out in full ("25 660 000 kr") must be exact; decimals and scale words mark
 * rounding. An exact figure may also be the difference of two figures of one tool result. A percentage may be a tool's own figure, a tool's fraction times 100, or the share a
 * tool number makes of one of the largest numbers of a tool result (its total).
 * A number found only in free text (a submission's passage, a project description) counts only where
 * the answer quotes it (in quotation marks or a "> " line): text a user could write is no report figure.
 */

export interface GroundingEvidence {
  /** The outputs of every tool call of this turn (plain JSON). */
  toolResults: unknown[];
  /** The user's question: numbers and years the user wrote may be repeated. */
  question: string;
  /** The arguments of this turn's tool calls: restating a filter ("över 1 000 000 kr") is fine. */
  toolArgs?: unknown[];
  /** The years the data covers: "data finns för 2023 och 2024" needs no tool call. */
  knownYears?: number[];
}

export interface GroundingOptions {
  /**
   * Whether a figure may be derived from tool figures: a difference of two exact figures, a share
   * of a total, an ordinal up to a list's length. A model may derive them (default true); the
   * embedded interpreter must not, since its tools return every figure it states.
   */
  derived?: boolean;
}

export interface GroundingResult {
  ok: boolean;
  /** Mentions no tool result supports, as written in the answer. */
  ungrounded: string[];
  /** How many number mentions the answer had. */
  checked: number;
}

interface EvidenceGroup {
  /** Numbers of the structured data (figures, counts, list lengths, labels), the question and the tool arguments. */
  numbers: number[];
  /** Numbers that occur in free text only (a submission's passage, a project description): quotable, not report figures. */
  textNumbers: number[];
  /** The longest list in this result: "3:e" is fine when a list has at least three entries. */
  longestList: number;
  text: string;
}

/**
 * Fields whose strings are free text written by someone (a submission's passage, a project's description,
 * why a partner matched): a number in them is not a figure of the data. "99 000 000 kr" typed into a
 * submission may be quoted as such, never stated as EU funding, a budget or a count.
 */
const FREE_TEXT_KEYS = new Set(['text', 'description', 'why', 'excerpt', 'snippet', 'quote', 'content', 'body', 'sentences']);

function collect(value: unknown, group: EvidenceGroup, freeText = false): void {
  if (typeof value === 'number' && Number.isFinite(value)) {
    group.numbers.push(Math.abs(value));
  } else if (typeof value === 'string') {
    // A tool result as the model saw it (shortened JSON): its structure counts, not its text.
    if (/^[[{]/.test(value)) {
      try {
        collect(JSON.parse(value) as unknown, group, freeText);
        return;
      } catch { /* not JSON: read as text */ }
    }
    const target = freeText ? group.textNumbers : group.numbers;
    for (const mention of findNumberMentions(value)) {
      for (const reading of mention.readings) target.push(Math.abs(reading.value));
    }
  } else if (Array.isArray(value)) {
    if (!freeText) {
      group.numbers.push(value.length);
      group.longestList = Math.max(group.longestList, value.length);
    }
    for (const item of value) collect(item, group, freeText);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collect(item, group, freeText || FREE_TEXT_KEYS.has(key));
  }
}

function evidenceGroups(evidence: GroundingEvidence): EvidenceGroup[] {
  const sources: unknown[] = [evidence.question, ...evidence.toolResults, evidence.toolArgs ?? [], evidence.knownYears ?? []];
  return sources.map((source) => {
    const group: EvidenceGroup = { numbers: [], textNumbers: [], longestList: 0, text: typeof source === 'string' ? source : JSON.stringify(source) ?? '' };
    collect(source, group);
    group.numbers = [...new Set(group.numbers)];
    group.textNumbers = [...new Set(group.textNumbers)];
    return group;
  });
}

/** The same evidence with the free-text numbers counted as data: for a mention inside a quotation. */
const withQuotedText = (groups: readonly EvidenceGroup[]): EvidenceGroup[] =>
  groups.map((group) => ({ ...group, numbers: [...new Set([...group.numbers, ...group.textNumbers])] }));

/**
 * The spans of the answer that quote: text in quotation marks (”…”, “…”, "…", «…», „…“) and lines
 * starting with ">". A number from a submission's text may stand there, with its source.
 */
export function quotationSpans(answer: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of answer.matchAll(/”[^”\n]*”|“[^”“\n]*”|"[^"\n]*"|«[^»\n]*»|„[^“”\n]*[“”]/g)) spans.push([match.index, match.index + match[0].length]);
  for (const match of answer.matchAll(/^>[^\n]*/gm)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

const near = (candidate: number, reading: NumberReading): boolean => Math.abs(candidate - reading.value) <= reading.tolerance;

function percentGrounded(reading: NumberReading, groups: EvidenceGroup[], derived: boolean): boolean {
  for (const group of groups) {
    for (const number of group.numbers) {
      if (near(number, reading) || near(number * 100, reading)) return true;
    }
  }
  if (!derived) return false;
  // A share: any number of this turn divided by one of the three largest numbers of some result
  // (a share is of a total). Wholes are limited so that the check stays a check.
  const parts = groups.flatMap((group) => group.numbers);
  const wholes = groups.flatMap((group) => [...group.numbers].sort((a, b) => b - a).slice(0, 3)).filter((whole) => whole > 0);
  for (const whole of wholes) {
    for (const part of parts) {
      if (part <= whole && near((part / whole) * 100, reading)) return true;
    }
  }
  return false;
}

/** Small differences (counts) would match by chance too often; amounts in kronor rarely do. */
const MIN_DIFFERENCE = 1_000;

/**
 * A difference of two figures of the same tool result ("rapporten 2 500 000 kr, projektlistan
 * 2 400 000 kr (−100 000 kr)"), only for exact figures of at least 1 000: a rounded "2 miljoner" would
 * match too many differences to be a check.
 */
function differenceGrounded(reading: NumberReading, groups: EvidenceGroup[]): boolean {
  if (reading.tolerance >= 1 || Math.abs(reading.value) < MIN_DIFFERENCE) return false;
  return groups.some((group) => {
    const numbers = new Set(group.numbers);
    return group.numbers.some((number) => numbers.has(number + reading.value));
  });
}

function mentionGrounded(mention: NumberMention, groups: EvidenceGroup[], derived: boolean): boolean {
  switch (mention.kind) {
    case 'date':
      return groups.some((group) => group.text.includes(mention.text));
    case 'percent':
      return mention.readings.some((reading) => percentGrounded(reading, groups, derived));
    case 'ordinal':
      return mention.readings.some(
        (reading) => (derived && groups.some((group) => reading.value <= group.longestList)) || groups.some((group) => group.numbers.some((number) => near(number, reading))),
      );
    case 'number':
      return mention.readings.some(
        (reading) => groups.some((group) => group.numbers.some((number) => near(number, reading))) || (derived && differenceGrounded(reading, groups)),
      );
  }
}

export function checkGrounding(answer: string, evidence: GroundingEvidence, options: GroundingOptions = {}): GroundingResult {
  const groups = evidenceGroups(evidence);
  const quotedGroups = withQuotedText(groups);
  const spans = quotationSpans(answer);
  const quoted = (mention: NumberMention): boolean => spans.some(([start, end]) => mention.index >= start && mention.index < end);
  const mentions = findNumberMentions(answer);
  const derived = options.derived ?? true;
  const ungrounded = mentions.filter((mention) => !mentionGrounded(mention, quoted(mention) ? quotedGroups : groups, derived)).map((mention) => mention.text);
  return { ok: ungrounded.length === 0, ungrounded: [...new Set(ungrounded)], checked: mentions.length };
}
