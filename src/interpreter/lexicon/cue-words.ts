import { cueTable } from './cue-table.js';

/**
 * The hand-kept vocabulary of cue words, Swedish and English, folded (å/ä → a, ö → o).
 * Names (nämnder, programmes, projects, partners) never live here: they come from the data.
 */

/** What a question asks for. */
export type AskKind = 'count' | 'sum' | 'list' | 'share' | 'change' | 'rank' | 'details' | 'contact' | 'partners' | 'text';

export const ASK_CUES = cueTable<AskKind>([
  ['count', ['hur manga', 'antal', 'antalet', 'how many', 'number of']],
  ['sum', [
    'hur mycket', 'summa*', 'belopp*', 'eu medel', 'eu stod', 'eu stodet', 'eu pengar', 'pengar fran eu', 'pengar', 'medel', 'bidrag*',
    'utbetal*', 'how much', 'money', 'funding', 'funds', 'eu funds', 'eu funding', 'amount', 'grant*',
  ]],
  ['list', ['vilka', 'lista', 'visa', 'which', 'list', 'show', 'what projects']],
  ['share', ['andel*', 'procent*', 'hur stor del', 'share of', 'percent*', 'proportion']],
  ['change', ['okat', 'okade', 'okning*', 'minskat', 'minskade', 'minskning*', 'forandring*', 'fler an aret innan', 'farre an aret innan', 'jamfort med aret innan', 'increase*', 'decrease*', 'change*', 'grew', 'more than the year before', 'fewer than the year before']],
  ['rank', ['flest', 'mest', 'storst*', 'hogst*', 'farst', 'minst', 'lagst*', 'most', 'fewest', 'least', 'largest', 'biggest', 'highest', 'lowest', 'smallest', 'kommer efter', 'comes after', 'come after', 'efter * i storlek', 'placering*', 'position']],
  ['details', ['beratta om', 'vad ar', 'vad handlar', 'tell me about', 'what is', 'details']],
  ['contact', ['kontaktperson*', 'kontakt', 'vem kan jag fraga', 'contact*', 'who can i ask']],
  ['partners', ['partner*', 'samarbetspartner*', 'samarbetar med', 'work with', 'cooperate with']],
  ['text', ['hur har', 'hur arbetar', 'hur jobbar', 'vilka lander besokte', 'vart reste', 'var reste', 'how did', 'how does', 'how has', 'where did', 'which countries did']],
]);

/** Positions in a ranking: "näst flest" is 2, "tredje störst" 3, "second most" 2. */
export const ORDINAL_CUES = cueTable<number>([
  [1, ['forsta', 'first']],
  [2, ['nast', 'andra', 'tvaa', 'tvaan', 'second']],
  [3, ['tredje', 'trea', 'trean', 'third']],
  [4, ['fjarde', 'fyra', 'fourth']],
  [5, ['femte', 'fifth']],
  [6, ['sjatte', 'sixth']],
  [7, ['sjunde', 'seventh']],
  [8, ['attonde', 'eighth']],
  [9, ['nionde', 'ninth']],
  [10, ['tionde', 'tenth']],
]);

/** Ordinals count only next to a ranking word ("näst flest", "tredje störst", "second largest"). */
export const RANK_WORDS = new Set([
  'flest', 'mest', 'storst', 'storsta', 'hogst', 'hogsta', 'farst', 'minst', 'lagst', 'lagsta', 'most', 'fewest', 'least', 'largest', 'biggest', 'highest', 'lowest', 'smallest', 'plats', 'place',
]);

/** "Vad kommer efter X?", "which programme comes after ESF?": the position after a named group. */
export const AFTER_CUES = cueTable<'after' | 'before'>([
  ['after', ['kommer efter', 'kommer nast efter', 'ar nast efter', 'nast efter', 'efter', 'comes after', 'come after', 'is after', 'after', 'behind', 'bakom']],
  ['before', ['kommer fore', 'fore', 'comes before', 'before', 'ahead of']],
]);

/** "i procent", "hur många procent fler": a change asked as a percentage. */
export const PERCENT_CUES = cueTable<'percent'>([['percent', ['procent*', 'percent*', '%']]]);

/** The direction of a change ("fler/färre än året innan"). */
export const CHANGE_DIRECTION_CUES = cueTable<'more' | 'less'>([
  ['more', ['fler', 'mer', 'okat', 'okade', 'okning', 'more', 'increase*', 'grew']],
  ['less', ['farre', 'mindre', 'minskat', 'minskade', 'minskning', 'fewer', 'less', 'decrease*']],
]);

/** Words that compare with another year: a change needs one of them (or a second year). */
export const COMPARE_YEAR_CUES = cueTable<'previous'>([
  ['previous', ['aret innan', 'aret fore', 'foregaende ar', 'forra aret', 'ifjol', 'i fjol', 'than the year before', 'the previous year', 'last year', 'the year before', 'an aret innan', 'an i fjol']],
]);

/** A project's own dates, not a data year: "löper till 2028", "pågår till 2027", "runs until 2028". */
export const PROJECT_DATE_CUES = cueTable<'ends_by' | 'ends_in'>([
  ['ends_by', ['loper till', 'loper fram till', 'loper ut', 'pagar till', 'pagar fram till', 'pagar anda till', 'haller pa till', 'varar till', 'runs until', 'run until', 'runs till', 'run till', 'running until', 'lasts until', 'last until', 'continue until', 'continues until', 'go on until']],
  ['ends_in', ['slutar', 'avslutas', 'tar slut', 'upphor', 'end in', 'ends in', 'ending in', 'finish in', 'finishes in']],
]);

/** Group nouns: what a ranking or breakdown is over. */
export type GroupNoun = 'namnd' | 'programme' | 'family' | 'goal' | 'country' | 'partner' | 'project';

export const GROUP_CUES = cueTable<GroupNoun>([
  ['namnd', ['namnd*', 'forvaltning*', 'committee*', 'department*', 'administration*']],
  ['family', ['programfamilj*', 'programtyp*', 'typ av program', 'fond', 'fonder', 'fonden', 'programme famil*', 'program famil*', 'fund', 'funds family']],
  ['programme', ['program', 'programmet', 'programmen', 'programme*', 'program*']],
  ['goal', ['kf mal*', 'mal', 'malet', 'goal*']],
  ['country', ['land', 'landet', 'lander', 'landerna', 'countr*']],
  ['partner', ['partnerorganisation*', 'organisation*', 'organization*']],
  ['project', ['projekt', 'projektet', 'projekten', 'project', 'projects']],
]);

/** What a ranking is measured by: the number of projects or the money. */
export const RANK_MEASURE_CUES = cueTable<'projects' | 'paidKr'>([
  ['projects', ['flest', 'farst', 'fewest', 'flest projekt', 'most projects', 'antal projekt', 'number of projects']],
  ['paidKr', ['mest', 'storst*', 'hogst*', 'minst', 'lagst*', 'eu medel', 'medel', 'pengar', 'bidrag*', 'belopp*', 'most money', 'most funding', 'largest', 'biggest', 'highest', 'funding', 'money']],
]);

/** Direction of a ranking. */
export const RANK_ORDER_CUES = cueTable<'desc' | 'asc'>([
  ['desc', ['flest', 'mest', 'storst*', 'hogst*', 'most', 'largest', 'biggest', 'highest']],
  ['asc', ['farst', 'minst', 'lagst*', 'fewest', 'least', 'lowest', 'smallest']],
]);
