import { namndById } from '../domain/organisation.js';
import { KF_GOALS } from '../domain/goals.js';
import type { Entity, EntityKind } from './entities.js';
import { amountForms, dateForms, projectCountForms } from './expected-forms.js';
import { atPosition, isCityItself, type OracleFacts, type OracleGroup, type OracleProject } from './oracle.js';

export type Language = 'sv' | 'en';

/** What a correct answer must contain: every `contains`, and one of `containsAny` when given. */
export interface Expectation { contains: string[]; containsAny?: string[] }

/** A measure asked about an entity, with the oracle's expected answer (null: this entity has none to check). */
export interface Measure {
  name: string;
  /** The phrasings key ("unit/count"); families share the programmes' phrasings. */
  phrasings: string;
  expect(entity: Entity, facts: OracleFacts, language: Language): Expectation | null;
}

/** A long list is checked by its five largest projects: the answer must name those at least. */
const LIST_LIMIT = 12;
const names = (projects: readonly OracleProject[]): string[] =>
  (projects.length <= LIST_LIMIT ? projects : [...projects].sort((left, right) => right.paidKr - left.paidKr).slice(0, 5)).map((project) => project.name);
const any = (forms: string[]): Expectation => ({ contains: [], containsAny: forms });
const unitNames = (id: string): string[] => [namndById(id).namn, namndById(id).forvaltning];

/** The single largest project of a group by what the group received; null on a tie. */
function topProject(group: OracleGroup, paidOf: (project: OracleProject) => number): OracleProject | null {
  const sorted = [...group.projects].sort((left, right) => paidOf(right) - paidOf(left));
  const [first, second] = sorted;
  return first && (!second || paidOf(first) !== paidOf(second)) ? first : null;
}

const groupMeasures = (kind: 'unit' | 'programme' | 'goal'): Measure[] => [
  { name: 'count', phrasings: `${kind}/count`, expect: (entity, _facts, language) => (entity.group ? any(projectCountForms(entity.group.projects.length, language)) : null) },
  { name: 'sum', phrasings: `${kind}/sum`, expect: (entity, _facts, language) => (entity.group ? any(amountForms(entity.group.paidKr, language)) : null) },
  { name: 'list', phrasings: `${kind}/list`, expect: (entity) => (entity.group ? { contains: names(entity.group.projects) } : null) },
];

const topProjectMeasure = (kind: 'unit' | 'programme'): Measure => ({
  name: 'top-project', phrasings: `${kind}/top-project`,
  expect: (entity) => {
    if (!entity.group) return null;
    const paidOf = kind === 'unit'
      ? (project: OracleProject): number => project.units.filter((unit) => unit.namnd === entity.id).reduce((sum, unit) => sum + unit.paidKr, 0)
      : (project: OracleProject): number => project.paidKr;
    const top = topProject(entity.group, paidOf);
    return top ? { contains: [top.name] } : null;
  },
});

const projectMeasure = (name: string, expect: (project: OracleProject, language: Language) => Expectation | null): Measure => ({
  name, phrasings: `project/${name}`, expect: (entity, _facts, language) => (entity.project ? expect(entity.project, language) : null),
});

const projectMeasures: Measure[] = [
  projectMeasure('details', (project) => ({ contains: [project.programme], containsAny: project.units.flatMap((unit) => unitNames(unit.namnd)) })),
  projectMeasure('partners', (project) => (project.externalPartners.length > 0 ? { contains: project.externalPartners.slice(0, 4).map((partner) => partner.organisation) } : null)),
  projectMeasure('contact', (project) => (project.contact ? { contains: [project.contact] } : null)),
  projectMeasure('lead', (project) => {
    if (!project.lead) return null;
    if (!isCityItself(project.lead.organisation)) return { contains: [project.lead.organisation] };
    const owner = project.units.find((unit) => unit.role === 'Projektägare');
    return any(['Malmö stad', ...(owner ? unitNames(owner.namnd) : [])]);
  }),
  projectMeasure('budget', (project, language) => (project.totalBudgetKr === null ? null : any(amountForms(project.totalBudgetKr, language)))),
  projectMeasure('end', (project, language) => (project.end ? any(dateForms(project.end, language)) : null)),
  projectMeasure('paid', (project, language) => any(amountForms(project.paidKr, language))),
  projectMeasure('programme', (project) => ({ contains: [project.programme] })),
  projectMeasure('units', (project) => (project.units.length === 1
    ? any(unitNames(project.units[0]?.namnd ?? ''))
    : { contains: project.units.map((unit) => namndById(unit.namnd).forvaltning) })),
];

/** Partners and countries: a project named in the report but not counted (U-LYNC) may be included or not. */
const withPartnersMeasures = (kind: 'partner' | 'country'): Measure[] => [
  { name: 'list', phrasings: `${kind}/list`, expect: (entity) => (entity.group ? { contains: names(entity.group.projects) } : null) },
  {
    name: 'count', phrasings: `${kind}/count`,
    expect: (entity, _facts, language) => {
      const group = entity.group as (OracleGroup & { alsoUncounted?: boolean }) | undefined;
      if (!group) return null;
      return any([...projectCountForms(group.projects.length, language), ...(group.alsoUncounted ? projectCountForms(group.projects.length + 1, language) : [])]);
    },
  },
];

const cityMeasure = (name: string, expect: (facts: OracleFacts, language: Language) => Expectation | null): Measure => ({
  name, phrasings: `city/${name}`, expect: (_entity, facts, language) => expect(facts, language),
});
const unitAnswer = (group: { key: string } | null | undefined): Expectation | null => (group ? any(unitNames(group.key)) : null);

const cityMeasures: Measure[] = [
  cityMeasure('total-projects', (facts, language) => any(projectCountForms(facts.totals.projects, language))),
  cityMeasure('total-paid', (facts, language) => any([...amountForms(facts.totals.paidKr, language), ...(language === 'en' ? ['50.5 million'] : []), '50,5 miljoner'])),
  cityMeasure('total-namnder', (facts, language) => any([`${facts.totals.namnder} nämnder`, ...(language === 'en' ? [`${facts.totals.namnder} committees`, `${facts.totals.namnder} boards`] : [])])),
  cityMeasure('rank-unit-paid', (facts) => unitAnswer(atPosition(facts.units, 'paid', 1))),
  cityMeasure('rank-unit-projects', (facts) => unitAnswer(atPosition(facts.units, 'projects', 1))),
  cityMeasure('rank-unit-least-paid', (facts) => unitAnswer(atPosition(facts.units, 'paid', 1, 'asc'))),
  cityMeasure('rank-unit-second-paid', (facts) => unitAnswer(atPosition(facts.units, 'paid', 2))),
  cityMeasure('rank-programme-paid', (facts) => { const top = atPosition(facts.programmes, 'paid', 1); return top ? { contains: [top.key] } : null; }),
  cityMeasure('rank-goal-projects', (facts) => {
    const top = atPosition(facts.goals, 'projects', 1);
    const text = KF_GOALS.find((goal) => String(goal.number) === top?.key)?.text;
    return top && text ? any([text, `KF-mål ${top.key}`, `mål ${top.key}`, `goal ${top.key}`]) : null;
  }),
];

/** The measures asked about each kind of entity. */
export const MEASURES: Readonly<Record<EntityKind, readonly Measure[]>> = {
  unit: [...groupMeasures('unit'), topProjectMeasure('unit'), {
    name: 'contact', phrasings: 'unit/contact',
    expect: (entity) => { const contacts = (entity.group as { contacts?: string[] } | undefined)?.contacts ?? []; return contacts.length > 0 ? any(contacts) : null; },
  }],
  programme: [...groupMeasures('programme'), topProjectMeasure('programme')],
  family: [...groupMeasures('programme'), topProjectMeasure('programme')],
  goal: groupMeasures('goal'),
  project: projectMeasures,
  partner: withPartnersMeasures('partner'),
  country: withPartnersMeasures('country'),
  city: cityMeasures,
};

