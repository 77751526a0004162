import { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import { compactKey } from '../text/fold.js';
import { BoundedCache } from '../util/bounded-cache.js';

/** The families the yearly report's funding table is grouped by. */
export const PROGRAMME_FAMILIES = ['ESF', 'Horisont', 'Interreg', 'Erasmus', 'Övriga'] as const;
export const ProgrammeFamilySchema = z.enum(PROGRAMME_FAMILIES);
export type ProgrammeFamily = z.infer<typeof ProgrammeFamilySchema>;

export const ProgrammeSchema = z.object({
  /** The canonical name written in the data files, e.g. "Interreg Öresund-Kattegat-Skagerrak". */
  name: z.string(),
  family: ProgrammeFamilySchema,
  /** Other spellings people write, in any case: "ESF", "Socialfonden", "Horizon Europe", "Interreg ÖKS". */
  aliases: z.array(z.string()),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const PROGRAMMES: readonly Programme[] = z.array(ProgrammeSchema).parse([
  { name: 'ESF+', family: 'ESF', aliases: ['ESF', 'ESF plus', 'Europeiska socialfonden', 'Europeiska socialfonden+', 'Socialfonden', 'European Social Fund', 'React-EU', 'REACT EU'] },
  { name: 'Horisont Europa', family: 'Horisont', aliases: ['Horizon Europe', 'Horisont Europe', 'HE'] },
  { name: 'Horisont 2020', family: 'Horisont', aliases: ['Horizon 2020', 'H2020', 'Horisont2020'] },
  { name: 'Erasmus+', family: 'Erasmus', aliases: ['Erasmus', 'Erasmus plus', 'Erasmusplus'] },
  { name: 'Interreg Öresund-Kattegat-Skagerrak', family: 'Interreg', aliases: ['Interreg ÖKS', 'ÖKS', 'Interreg Oresund Kattegat Skagerrak', 'Interreg Öresund'] },
  { name: 'Interreg Södra Östersjön', family: 'Interreg', aliases: ['Interreg South Baltic', 'South Baltic', 'Södra Östersjön', 'Interreg VI-A South Baltic'] },
  { name: 'Interreg Östersjöregionen', family: 'Interreg', aliases: ['Interreg Baltic Sea Region', 'Interreg BSR', 'Baltic Sea Region', 'Östersjöregionen'] },
  { name: 'Interreg Nordsjöregionen', family: 'Interreg', aliases: ['Interreg North Sea', 'North Sea', 'Nordsjöprogrammet', 'Nordsjöregionen'] },
  { name: 'Interreg Europe', family: 'Interreg', aliases: ['Interreg Europa'] },
  { name: 'URBACT', family: 'Övriga', aliases: ['URBACT IV', 'Urbact'] },
  { name: 'LIFE', family: 'Övriga', aliases: ['Life-programmet', 'LIFE-programmet', 'Life'] },
  { name: 'Kreativa Europa', family: 'Övriga', aliases: ['Creative Europe', 'Kreativa Europe'] },
  { name: 'AMIF', family: 'Övriga', aliases: ['Asyl-, migrations- och integrationsfonden', 'Asylum Migration and Integration Fund'] },
  { name: 'CERV', family: 'Övriga', aliases: ['Medborgare, jämlikhet, rättigheter och värden', 'Citizens Equality Rights and Values'] },
  { name: 'Digitala Europa', family: 'Övriga', aliases: ['Digital Europe', 'DIGITAL'] },
  { name: 'Regionalfonden', family: 'Övriga', aliases: ['ERUF', 'ERDF', 'Europeiska regionala utvecklingsfonden', 'European Regional Development Fund'] },
  { name: 'Övriga', family: 'Övriga', aliases: ['Övrigt', 'Annat', 'Other', 'Ovriga'] },
]);

export const PROGRAMME_NAMES = PROGRAMMES.map((programme) => programme.name);

const programmeByKey = new Map<string, Programme>();
for (const programme of PROGRAMMES) {
  for (const spelling of [programme.name, ...programme.aliases]) programmeByKey.set(compactKey(spelling), programme);
}

/** Every spelling's key with its digits, computed once: the fuzzy match compares against these. */
const digitsOf = (key: string): string => key.replace(/\D/g, '');
const programmeKeys = [...programmeByKey].map(([key, programme]) => ({ key, digits: digitsOf(key), programme }));

const resolvedProgrammes = new BoundedCache<string, Programme | null>(20_000);

/** The programme a spelling means ("Horizon Europe", "interreg öks", "Socialfonden"), or null. */
export function resolveProgramme(text: string): Programme | null {
  // A pure lookup in a fixed list, asked for every short span of every question: remembered.
  return resolvedProgrammes.get(text, () => resolveProgrammeUncached(text));
}


function resolveProgrammeUncached(text: string): Programme | null {
  const key = compactKey(text.replace(/\+/g, ' plus '));
  const plain = compactKey(text);
  const exact = programmeByKey.get(key) ?? programmeByKey.get(plain);
  if (exact) return exact;
  if (plain.length < 5) return null;
  const limit = Math.min(2, Math.floor(plain.length / 6));
  const plainDigits = digitsOf(plain);
  let best: { programme: Programme; distance: number } | null = null;
  for (const candidate of programmeKeys) {
    // "Horizon 2030" is not a typo of "Horizon 2020": a different number is a different programme.
    if (candidate.digits !== plainDigits) continue;
    // The edit distance is at least the length difference: such a candidate can never be within the limit.
    if (Math.abs(candidate.key.length - plain.length) > limit) continue;
    const candidateDistance = distance(plain, candidate.key);
    if (!best || candidateDistance < best.distance) best = { programme: candidate.programme, distance: candidateDistance };
  }
  return best && best.distance <= limit ? best.programme : null;
}

/** The family a programme name belongs to in the report's funding table. */
export function programmeFamily(programmeName: string): ProgrammeFamily {
  const known = familyByName.get(programmeName);
  if (known) return known;
  const family = resolveProgramme(programmeName)?.family ?? 'Övriga';
  // Called for every project on every aggregation: the data holds few distinct names, so remember them (bounded).
  if (familyByName.size >= 1000) familyByName.clear();
  familyByName.set(programmeName, family);
  return family;
}
const familyByName = new Map<string, ProgrammeFamily>();

/** A programme family from a spelling ("Horisont", "horizon", "ESF-projekt", "interreg"). */
export function resolveProgrammeFamily(text: string): ProgrammeFamily | null {
  const key = compactKey(text).replace(/projekt(en)?$/, '');
  const families: Record<string, ProgrammeFamily> = {
    esf: 'ESF', socialfonden: 'ESF', horisont: 'Horisont', horizon: 'Horisont', interreg: 'Interreg',
    erasmus: 'Erasmus', ovriga: 'Övriga', ovrigt: 'Övriga', other: 'Övriga', others: 'Övriga',
  };
  return families[key] ?? null;
}
