import { KF_GOALS } from '../domain/goals.js';
import { PROGRAMMES } from '../domain/programmes.js';
import { COUNTRY_NAMES } from './country-names.js';
import type { OracleFacts, OracleGroup, OracleProject } from './oracle.js';

export type EntityKind = 'unit' | 'programme' | 'family' | 'goal' | 'project' | 'partner' | 'country' | 'city';

/** One way of naming an entity in a question. */
export interface Surface {
  text: string;
  /** The genitive ("Miljönämndens", "ASN:s"). */
  genitive: string;
  /** True for an abbreviation or an all-capital acronym: no typo is put in it. */
  short: boolean;
  /** True for an abbreviation or acronym ("SoM", "GreenFin"): written as it is, also in lower-case informal questions. */
  keepCase: boolean;
}

export interface Entity {
  kind: EntityKind;
  /** Stable id: the nämnd id, programme name, goal number, project id, organisation, country code. */
  id: string;
  surfaces: { sv: Surface[]; en: Surface[] };
  group?: OracleGroup;
  project?: OracleProject;
}

const genitiveOf = (text: string): string => (/[sxz]$/i.test(text) ? text : /^[A-ZÅÄÖ0-9+-]{2,}$/.test(text) ? `${text}:s` : `${text}s`);
const surface = (text: string, short = false, keepCase = short): Surface => ({ text, genitive: genitiveOf(text), short, keepCase });
const same = (surfaces: Surface[]): Entity['surfaces'] => ({ sv: surfaces, en: surfaces });

function unitEntities(facts: OracleFacts): Entity[] {
  return facts.units.map((unit) => {
    const names = [unit.namnd.namn, unit.namnd.forvaltning].map((name) => surface(name));
    const abbreviations = [...unit.namnd.namndForkortningar, ...unit.namnd.forvaltningForkortningar].map((name) => surface(name, true));
    return { kind: 'unit', id: unit.namnd.id, surfaces: same([...names, ...abbreviations]), group: unit };
  });
}

/** Aliases that name nothing on their own in a sentence ("HE", "DIGITAL", "Annat") are left out. */
const usableAlias = (alias: string): boolean => alias.length >= 4 && alias !== 'DIGITAL' && !/^(Annat|Other|Övrigt|Ovriga)$/.test(alias);

function programmeEntities(facts: OracleFacts): Entity[] {
  return facts.programmes.filter((programme) => programme.key !== 'Övriga').map((programme) => {
    const known = PROGRAMMES.find((candidate) => candidate.name === programme.key);
    const spellings = [programme.key, ...(known?.aliases ?? []).filter(usableAlias)].map((name) => surface(name, /^[A-Z0-9+ -]+$/.test(name)));
    return { kind: 'programme', id: programme.key, surfaces: same(spellings), group: programme };
  });
}

/** The families by their short names; "Övriga" (a remainder, asked as "övriga program") is left out. */
function familyEntities(facts: OracleFacts): Entity[] {
  const english: Record<string, string> = { Horisont: 'Horizon' };
  return facts.families.filter((family) => family.key !== 'Övriga').map((family) => ({
    kind: 'family', id: family.key, group: family,
    surfaces: { sv: [surface(family.key, true)], en: [surface(english[family.key] ?? family.key, true), surface(family.key, true)] },
  }));
}

function goalEntities(facts: OracleFacts): Entity[] {
  return facts.goals.map((goal) => {
    const text = KF_GOALS.find((candidate) => String(candidate.number) === goal.key)?.text ?? '';
    return {
      kind: 'goal', id: goal.key, group: goal,
      surfaces: {
        sv: [surface(`KF-mål ${goal.key}`), surface(`mål ${goal.key}`), surface(`målet ${text.charAt(0).toLowerCase()}${text.slice(1)}`)],
        en: [surface(`KF goal ${goal.key}`), surface(`goal ${goal.key}`), surface(`the goal "${text}"`)],
      },
    };
  });
}

/** A project by its short name (before " – "), its acronym, and its full name. */
function projectEntities(facts: OracleFacts): Entity[] {
  return facts.projects.map((project) => {
    const shortName = project.name.split(/ [–-] | \(/)[0]?.trim() ?? project.name;
    const names = [...new Set([shortName, ...(project.acronym ? [project.acronym] : []), project.name])];
    const isAcronym = (name: string): boolean => name === project.acronym && name !== shortName;
    return { kind: 'project', id: project.id, project, surfaces: same(names.map((name) => surface(name, isAcronym(name) && /^[A-Z0-9 -]+$/.test(name), isAcronym(name)))) };
  });
}

function partnerEntities(facts: OracleFacts): Entity[] {
  return facts.partners.map((partner) => ({ kind: 'partner', id: partner.key, group: partner, surfaces: same([surface(partner.key)]) }));
}

function countryEntities(facts: OracleFacts): Entity[] {
  return facts.countries.flatMap((country) => {
    const names = COUNTRY_NAMES[country.key];
    return names ? [{ kind: 'country' as const, id: country.key, group: country, surfaces: { sv: [surface(names.sv)], en: [surface(names.en)] } }] : [];
  });
}

/** Every entity in the loaded data, each kind in the data's order; the city itself last. */
export function buildEntities(facts: OracleFacts): Entity[] {
  return [
    ...unitEntities(facts), ...programmeEntities(facts), ...familyEntities(facts), ...goalEntities(facts),
    ...projectEntities(facts), ...partnerEntities(facts), ...countryEntities(facts),
    { kind: 'city', id: 'malmo', surfaces: same([surface('staden')]) },
  ];
}
