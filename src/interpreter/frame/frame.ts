import type { AskKind, GroupNoun } from '../lexicon/cue-words.js';

/** A named group in a ranking the question places itself against ("kommer efter ESF"). */
export interface GroupReference {
  kind: 'programme' | 'family' | 'namnd';
  /** The programme's or family's name, or the nämnd's id. */
  key: string;
  relation: 'after' | 'before';
}

/** The filters a question names once and every part of it shares. Names are the tools' own. */
export interface FrameFilters {
  year?: number;
  namnd?: string[];
  programme?: string;
  family?: string;
  goal?: number;
  country?: string;
  partner?: string;
  role?: 'Projektägare' | 'Projektpart';
  /** The project's own end date ("löper till 2028"): a year of the project, not of the data. */
  endsIn?: number;
}

/** One cue the frame used: which table, which phrase, for --explain. */
export interface FrameCue {
  slot: string;
  phrase: string;
  value: string | number;
}

/**
 * The question read into typed slots. Stages after the frame read only these slots; the words
 * that filled no slot are kept as `unexplained`, for search and for --explain.
 */
export interface Frame {
  language: 'sv' | 'en';
  /** What is asked, in the order the question asks it (one or more). */
  asks: AskKind[];
  /** A ranking's position ("näst flest" → 2); null when no ordinal is asked. */
  position: number | null;
  /** "kommer efter ESF": the place is found from a named group. */
  relativeTo: GroupReference | null;
  /** What a ranking or breakdown is over. */
  groupBy: GroupNoun | null;
  /** What a ranking is measured by. */
  rankBy: 'projects' | 'paidKr' | null;
  order: 'desc' | 'asc';
  /** A change asked in percent ("hur många procent fler …"). */
  changeInPercent: boolean;
  /** A change against the year before the one asked about (or the latest). */
  againstPreviousYear: boolean;
  filters: FrameFilters;
  /** The question leans on the previous turn (a pronoun or no subject of its own). */
  followUp: boolean;
  /** The cues that filled the slots. */
  cues: FrameCue[];
  /** Folded words no entity or cue explained. */
  unexplained: string[];
}
