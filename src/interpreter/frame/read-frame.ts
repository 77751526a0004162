import type { LinkedEntities } from '../link-entities.js';
import type { NormalisedQuestion } from '../normalise.js';
import { findCues, type CueMatch } from '../lexicon/cue-table.js';
import {
  AFTER_CUES, ASK_CUES, COMPARE_YEAR_CUES, GROUP_CUES, ORDINAL_CUES, PERCENT_CUES, RANK_MEASURE_CUES, RANK_ORDER_CUES, RANK_WORDS,
  type AskKind, type GroupNoun,
} from '../lexicon/cue-words.js';
import { STOP_WORDS } from '../vocabulary.js';
import type { Frame, FrameCue, FrameFilters, GroupReference } from './frame.js';

const cueRecord = <Value extends string | number>(slot: string, matches: readonly CueMatch<Value>[]): FrameCue[] =>
  matches.map((match) => ({ slot, phrase: match.phrase, value: match.value }));

/** "näst flest", "tredje störst", "second largest": an ordinal right before a ranking word. */
function readPosition(words: readonly string[]): CueMatch<number> | null {
  return findCues(words, ORDINAL_CUES).find((match) => {
    const next = words.slice(match.start + match.length, match.start + match.length + 2);
    return next.some((word) => RANK_WORDS.has(word));
  }) ?? null;
}

/** "kommer efter ESF": the named group right after an after/before cue. */
function readRelative(words: readonly string[], entities: LinkedEntities): GroupReference | null {
  for (const match of findCues(words, AFTER_CUES)) {
    const next = words[match.start + match.length] ?? '';
    if (next === '' || /^\d/.test(next)) continue;
    const programme = entities.programmes.find((name) => name.toLowerCase().replace(/[^a-z0-9]/g, '').startsWith(next.replace(/[^a-z0-9]/g, '')));
    if (programme) return { kind: 'programme', key: programme, relation: match.value };
    const family = entities.families.find((name) => name.toLowerCase().startsWith(next));
    if (family) return { kind: 'family', key: family, relation: match.value };
    const unit = entities.units.find((candidate) => candidate.text.toLowerCase().split(' ')[0] === next);
    if (unit) return { kind: 'namnd', key: unit.id, relation: match.value };
  }
  return null;
}

function readFilters(entities: LinkedEntities): FrameFilters {
  const filters: FrameFilters = {};
  if (entities.years.length === 1) filters.year = entities.years[0];
  if (entities.units.length > 0) filters.namnd = entities.units.map((unit) => unit.id);
  if (entities.programmes[0]) filters.programme = entities.programmes[0];
  else if (entities.families[0]) filters.family = entities.families[0];
  if (entities.goals[0]) filters.goal = entities.goals[0];
  if (entities.countries[0]) filters.country = entities.countries[0];
  if (entities.organisations[0]) filters.partner = entities.organisations[0];
  if (entities.roles.length === 1) filters.role = entities.roles[0];
  if (entities.endYear) filters.endsIn = entities.endYear;
  return filters;
}

/** The group noun a ranking is over: the first one that is not "projekt", else "projekt". */
function readGroup(matches: readonly CueMatch<GroupNoun>[]): GroupNoun | null {
  return matches.find((match) => match.value !== 'project')?.value ?? matches[0]?.value ?? null;
}

/**
 * Reads a normalised question and its linked entities into a frame: the cue tables fill the
 * slots; nothing here decides which tools run (that is the rules' part).
 */
export function readFrame(question: NormalisedQuestion, entities: LinkedEntities, language: 'sv' | 'en', hasContext: boolean): Frame {
  const words = question.tokens.map((token) => token.folded);
  const asks = findCues(words, ASK_CUES);
  const position = readPosition(words);
  const groups = findCues(words, GROUP_CUES);
  const measures = findCues(words, RANK_MEASURE_CUES);
  const orders = findCues(words, RANK_ORDER_CUES);
  const percent = findCues(words, PERCENT_CUES);
  const previousYear = findCues(words, COMPARE_YEAR_CUES);
  const relativeTo = readRelative(words, entities);
  const kinds: AskKind[] = [...new Set(asks.map((match) => match.value))];
  if ((position || relativeTo) && !kinds.includes('rank')) kinds.push('rank');
  const rankMeasure = position && words[position.start + position.length + 1] === 'projekt' ? 'projects' : measures[0]?.value ?? null;
  const filters = readFilters(entities);
  const subjects = entities.units.length + entities.programmes.length + entities.families.length + entities.projects.length + entities.organisations.length + entities.countries.length;
  const cueWords = new Set([...asks, ...groups, ...measures, ...orders, ...percent, ...previousYear, ...(position ? [position] : [])]
    .flatMap((match) => words.slice(match.start, match.start + match.length)));
  return {
    language,
    asks: kinds,
    position: position?.value ?? null,
    relativeTo,
    groupBy: readGroup(groups),
    rankBy: rankMeasure,
    order: orders[0]?.value ?? 'desc',
    changeInPercent: percent.length > 0 && (previousYear.length > 0 || entities.years.length >= 2 || kinds.includes('change')),
    againstPreviousYear: previousYear.length > 0 || entities.relativeYear === 'before',
    filters,
    followUp: hasContext && subjects === 0,
    cues: [
      ...cueRecord('ask', asks), ...cueRecord('group', groups), ...cueRecord('rankBy', measures), ...cueRecord('order', orders),
      ...(position ? cueRecord('position', [position]) : []), ...cueRecord('percent', percent), ...cueRecord('compareYear', previousYear),
    ],
    unexplained: entities.leftover.filter((word) => !cueWords.has(word) && !STOP_WORDS.has(word)),
  };
}
