import { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import { foldText } from '../text/fold.js';
import { BoundedCache } from '../util/bounded-cache.js';

/** A nämnd (committee) and the förvaltning (administration) that does its work. */
export const NamndSchema = z.object({
  /** Stable id used in the data files, e.g. "asn". */
  id: z.string().regex(/^[a-z]+$/),
  namn: z.string(),
  forvaltning: z.string(),
  /** Abbreviations people use for the nämnd, e.g. "ASN". */
  namndForkortningar: z.array(z.string()),
  /** Abbreviations people use for the förvaltning, e.g. "ASF". */
  forvaltningForkortningar: z.array(z.string()),
  /** Other spellings seen in documents, e.g. "Fastighet- och gatukontoret". */
  andraNamn: z.array(z.string()).default([]),
});
export type Namnd = z.infer<typeof NamndSchema>;
export type NamndId = Namnd['id'];

/**
 * Malmö stad's nämnder and förvaltningar (reference/malmo-eu-projects-facts.md).
 * "KF" is deliberately not an abbreviation of Kulturförvaltningen: it means kommunfullmäktige.
 */
export const ORGANISATION: readonly Namnd[] = z.array(NamndSchema).parse([
  { id: 'ks', namn: 'Kommunstyrelsen', forvaltning: 'Stadskontoret', namndForkortningar: ['KS'], forvaltningForkortningar: ['STK'] },
  {
    id: 'asn', namn: 'Arbetsmarknads- och socialnämnden', forvaltning: 'Arbetsmarknads- och socialförvaltningen',
    namndForkortningar: ['ASN'], forvaltningForkortningar: ['ASF'],
  },
  {
    id: 'tn', namn: 'Tekniska nämnden', forvaltning: 'Fastighets- och gatukontoret',
    namndForkortningar: ['TN'], forvaltningForkortningar: ['FGK'], andraNamn: ['Fastighet- och gatukontoret', 'Gatukontoret'],
  },
  { id: 'sbn', namn: 'Stadsbyggnadsnämnden', forvaltning: 'Stadsbyggnadskontoret', namndForkortningar: ['SBN'], forvaltningForkortningar: ['SBK'] },
  { id: 'mn', namn: 'Miljönämnden', forvaltning: 'Miljöförvaltningen', namndForkortningar: ['MN'], forvaltningForkortningar: ['MF'] },
  { id: 'kn', namn: 'Kulturnämnden', forvaltning: 'Kulturförvaltningen', namndForkortningar: ['KN'], forvaltningForkortningar: [] },
  { id: 'frn', namn: 'Fritidsnämnden', forvaltning: 'Fritidsförvaltningen', namndForkortningar: ['FRN'], forvaltningForkortningar: ['FRI'] },
  { id: 'fsn', namn: 'Förskolenämnden', forvaltning: 'Förskoleförvaltningen', namndForkortningar: ['FSN'], forvaltningForkortningar: ['FSKF'] },
  { id: 'gsn', namn: 'Grundskolenämnden', forvaltning: 'Grundskoleförvaltningen', namndForkortningar: ['GSN'], forvaltningForkortningar: ['GRF'] },
  {
    id: 'gvn', namn: 'Gymnasie- och vuxenutbildningsnämnden', forvaltning: 'Gymnasie- och vuxenutbildningsförvaltningen',
    namndForkortningar: ['GVN'], forvaltningForkortningar: ['GYVF'], andraNamn: ['Gymnasie- och vuxenskoleförvaltningen'],
  },
  {
    id: 'fun', namn: 'Funktionsstödsnämnden', forvaltning: 'Funktionsstödsförvaltningen',
    namndForkortningar: [], forvaltningForkortningar: ['FSF'],
  },
  {
    id: 'hvn', namn: 'Hälsa-, vård- och omsorgsnämnden', forvaltning: 'Hälsa-, vård- och omsorgsförvaltningen',
    namndForkortningar: ['HVN'], forvaltningForkortningar: ['HVO', 'HVOF'],
    andraNamn: ['Hälsa- vård och omsorgsförvaltningen', 'Hälsa-, vård- och omsorgsnämnd'],
  },
  { id: 'sn', namn: 'Servicenämnden', forvaltning: 'Serviceförvaltningen', namndForkortningar: [], forvaltningForkortningar: ['SF'] },
  { id: 'rk', namn: 'Revisorskollegiet', forvaltning: 'Stadsrevisionen', namndForkortningar: [], forvaltningForkortningar: [] },
]);

export const NAMND_IDS = ORGANISATION.map((namnd) => namnd.id);
export const NamndIdSchema = z.string().refine((id) => NAMND_IDS.includes(id), {
  message: `okänd nämnd-id; giltiga är ${NAMND_IDS.join(', ')}`,
});

export function namndById(id: NamndId): Namnd {
  const namnd = ORGANISATION.find((candidate) => candidate.id === id);
  if (!namnd) throw new Error(`Okänd nämnd-id "${id}"`);
  return namnd;
}

/** How a name was understood: which unit, and whether the text meant the nämnd or its förvaltning. */
export interface ResolvedUnit {
  namnd: Namnd;
  refersTo: 'namnd' | 'forvaltning';
  /** The exact key that matched, or the key a typo was corrected to. */
  matchedKey: string;
  /** 0 for an exact match; the edit distance for a typo. */
  distance: number;
}

/**
 * Swedish inflection of the head nouns of unit names, folded to one stem:
 * "nämndens", "nämnderna" → "namnd"; "förvaltningarnas" → "forvaltning"; "kontorets" → "kontor".
 */
const HEAD_NOUNS: ReadonlyArray<[RegExp, string]> = [
  [/namnd(?:en|ens|s|er|erna|ernas)?$/, 'namnd'],
  [/forvaltning(?:en|ens|s|ar|arna|arnas)?$/, 'forvaltning'],
  [/kontor(?:et|ets|s|en|ens)?$/, 'kontor'],
  [/styrelse(?:n|ns|s)?$/, 'styrelse'],
  [/revision(?:en|ens|s)?$/, 'revision'],
  [/kollegi(?:um|et|ets)$/, 'kollegium'],
];

/** A unit name folded to its lookup key: no "och", no genitive, head noun in base form. */
export function unitKey(text: string): string {
  const words = foldText(text)
    .split(' ')
    .filter((word) => word !== 'och' && word !== '');
  let key = words.join('');
  for (const [pattern, base] of HEAD_NOUNS) {
    if (pattern.test(key)) {
      key = key.replace(pattern, base);
      break;
    }
  }
  return key;
}

/** An abbreviation as people write it: "ASN", "ASN:s", "asn:s", "ASNs". */
function abbreviationKey(text: string): string | null {
  const match = /^([A-Za-zÅÄÖåäö]{2,5})(?::?s)?$/.exec(text.trim());
  return match?.[1] ? foldText(match[1]) : null;
}

interface UnitIndex {
  byKey: Map<string, { namnd: Namnd; refersTo: 'namnd' | 'forvaltning' }>;
  bySurface: Map<string, { namnd: Namnd; refersTo: 'namnd' | 'forvaltning' }>;
  byAbbreviation: Map<string, { namnd: Namnd; refersTo: 'namnd' | 'forvaltning' }>;
}

let cachedIndex: UnitIndex | null = null;

function unitIndex(): UnitIndex {
  if (cachedIndex) return cachedIndex;
  const byKey = new Map<string, { namnd: Namnd; refersTo: 'namnd' | 'forvaltning' }>();
  const byAbbreviation = new Map<string, { namnd: Namnd; refersTo: 'namnd' | 'forvaltning' }>();
  for (const namnd of ORGANISATION) {
    byKey.set(unitKey(namnd.namn), { namnd, refersTo: 'namnd' });
    byKey.set(unitKey(namnd.forvaltning), { namnd, refersTo: 'forvaltning' });
    for (const other of namnd.andraNamn) {
      const refersTo = /n[aä]mnd/i.test(other) ? 'namnd' : 'forvaltning';
      byKey.set(unitKey(other), { namnd, refersTo });
    }
    for (const abbreviation of namnd.namndForkortningar) byAbbreviation.set(foldText(abbreviation), { namnd, refersTo: 'namnd' });
    for (const abbreviation of namnd.forvaltningForkortningar) {
      byAbbreviation.set(foldText(abbreviation), { namnd, refersTo: 'forvaltning' });
    }
  }
  const bySurface = new Map<string, { namnd: Namnd; refersTo: 'namnd' | 'forvaltning' }>();
  for (const namnd of ORGANISATION) {
    const names: Array<[string, 'namnd' | 'forvaltning']> = [
      [namnd.namn, 'namnd'],
      [namnd.forvaltning, 'forvaltning'],
      ...namnd.andraNamn.map((other): [string, 'namnd' | 'forvaltning'] => [other, /n[aä]mnd/i.test(other) ? 'namnd' : 'forvaltning']),
    ];
    for (const [name, refersTo] of names) {
      bySurface.set(surfaceKey(name), { namnd, refersTo });
      bySurface.set(`${surfaceKey(name)}s`, { namnd, refersTo });
    }
  }
  cachedIndex = { byKey, byAbbreviation, bySurface };
  return cachedIndex;
}

/** Surface forms for typo matching: the name as written and its genitive, without "och". */
function surfaceKey(text: string): string {
  return foldText(text)
    .split(' ')
    .filter((word) => word !== 'och' && word !== '')
    .join('');
}

const resolvedUnits = new BoundedCache<string, ResolvedUnit | null>(20_000);

/**
 * Resolves a nämnd or förvaltning from any of its names, abbreviations or inflected forms,
 * tolerating small typos in full names (at most 1 edit per 8 letters, at most 3).
 * Returns null when nothing is close enough.
 */
export function resolveUnit(text: string): ResolvedUnit | null {
  // A pure lookup in a fixed list, asked for every short span of every question: remembered (frozen, shared).
  return resolvedUnits.get(text, () => {
    const resolved = resolveUnitUncached(text);
    return resolved ? Object.freeze(resolved) : null;
  });
}


function resolveUnitUncached(text: string): ResolvedUnit | null {
  const index = unitIndex();
  const abbreviation = abbreviationKey(text);
  if (abbreviation) {
    const hit = index.byAbbreviation.get(abbreviation);
    if (hit) return { ...hit, matchedKey: abbreviation, distance: 0 };
  }
  const key = unitKey(text);
  if (key.length < 4) return null;
  const exact = index.byKey.get(key);
  if (exact) return { ...exact, matchedKey: key, distance: 0 };
  const surface = surfaceKey(text);
  const allowed = Math.min(3, Math.floor(surface.length / 8));
  let best: { unit: { namnd: Namnd; refersTo: 'namnd' | 'forvaltning' }; key: string; distance: number } | null = null;
  for (const [candidate, unit] of index.bySurface) {
    // The edit distance is at least the length difference: such a candidate can never be within the limit.
    if (Math.abs(candidate.length - surface.length) > allowed) continue;
    const candidateDistance = distance(surface, candidate);
    if (!best || candidateDistance < best.distance) best = { unit, key: candidate, distance: candidateDistance };
  }
  if (best && best.distance <= allowed) return { ...best.unit, matchedKey: best.key, distance: best.distance };
  return null;
}

const commonPrefixLength = (left: string, right: string): number => {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
};

/** A unit key without its head noun: "socialnamnd" → "social", "miljoforvaltning" → "miljo". */
const distinctivePart = (key: string): string => key.replace(/(namnd|forvaltning|kontor|styrelse)$/, '');

/**
 * The closest known unit to a text, for "menade du …" suggestions: a unit whose name contains the
 * text's distinctive part ("Socialnämnden" → Arbetsmarknads- och socialnämnden) comes first; then
 * edit distance, with a shared beginning ("Miljö…") weighing more than a shared ending ("…styrelsen").
 */
export function suggestUnit(text: string): Namnd | null {
  const surface = surfaceKey(text);
  if (surface.length < 3) return null;
  const distinctive = distinctivePart(unitKey(text));
  let best: { namnd: Namnd; score: number } | null = null;
  for (const [candidate, unit] of unitIndex().byKey) {
    const contains = distinctive.length >= 4 && distinctivePart(candidate).includes(distinctive);
    const score = distance(surface, candidate) - 2 * Math.min(6, commonPrefixLength(surface, candidate)) - (contains ? 100 : 0);
    if (!best || score < best.score) best = { namnd: unit.namnd, score };
  }
  return best?.namnd ?? null;
}

/** The förvaltning name of a nämnd id, as used in submissions and the report. */
export function forvaltningName(id: NamndId): string {
  return namndById(id).forvaltning;
}

/**
 * Informal short forms of the units, derived from their names: each compound part before the head
 * noun ("grundskole|förvaltningen", "gymnasie- och vuxenutbildnings|förvaltningen") without its
 * linking letter, in its bare and common definite forms ("grundskolan", "gymnasiet",
 * "vuxenutbildningen", "kulturen", "fritid"). Only names compounded with "nämnden"/"förvaltningen"
 * give short forms ("Stadskontoret" would make "staden" a unit). Folded form → the units it may
 * mean (more than one when ambiguous).
 */
export function unitShortForms(organisation: readonly Namnd[] = ORGANISATION): ReadonlyMap<string, NamndId[]> {
  if (cachedShortForms && organisation === ORGANISATION) return cachedShortForms;
  const forms = new Map<string, NamndId[]>();
  const add = (form: string, id: NamndId): void => {
    if (form.length < 5) return;
    const ids = forms.get(form) ?? [];
    if (!ids.includes(id)) ids.push(id);
    forms.set(form, ids);
  };
  for (const namnd of organisation) {
    for (const name of [namnd.namn, namnd.forvaltning, ...namnd.andraNamn]) {
      const folded = foldText(name);
      const head = /(\p{L})(namnden|namnd|forvaltningen|forvaltning)$/u.exec(folded);
      if (!head) continue;
      const parts = folded.slice(0, folded.length - (head[2]?.length ?? 0)).split(/[^a-z]+/).filter((word) => word.length >= 4 && word !== 'och');
      // The first and the last part ("gymnasie", "vuxenutbildning"); a middle part ("vård" in "hälsa-, vård- och omsorgs…") names too little.
      for (const part of new Set([parts[0], parts[parts.length - 1]])) if (part) for (const form of shortFormsOf(part)) add(form, namnd.id);
    }
  }
  if (organisation === ORGANISATION) cachedShortForms = forms;
  return forms;
}
let cachedShortForms: Map<string, NamndId[]> | null = null;

/**
 * A compound part in its bare and definite forms: "grundskole" → grundskola, grundskolan;
 * "gymnasie" → gymnasiet, gymnasieskolan; "fritids" → fritid, fritiden; "miljo" → miljon; "kultur" → kulturen.
 */
function shortFormsOf(part: string): string[] {
  if (/le$/.test(part)) { const root = part.slice(0, -1); return [`${root}a`, `${root}an`, `${root}ans`, `${root}orna`]; }
  // "gymnasie" also names its schools: "gymnasieskolan", "gymnasieskolorna".
  if (/ie$/.test(part)) return [part, `${part}t`, `${part}ts`, `${part.slice(0, -1)}um`, ...['skola', 'skolan', 'skolans', 'skolor', 'skolorna'].map((school) => `${part}${school}`)];
  const root = /[^s]s$/.test(part) ? part.slice(0, -1) : part;
  if (/[aeiouyo]$/.test(root)) return [root, `${root}n`, `${root}ns`];
  return [root, `${root}en`, `${root}et`, `${root}ens`, `${root}ets`];
}
