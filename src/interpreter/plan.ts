import type { ToolCallRecord } from '../assistant/answer.js';
import type { LinkedEntities } from './link-entities.js';
import type { InterpreterContext, PlanFilter } from './context.js';
import type { Intent } from './recognise-intent.js';
import { swedishEquivalents } from './glossary.js';
import { INTENT_WORDS, STOP_WORDS } from './vocabulary.js';
import { foldText } from '../text/fold.js';

/** What the interpreter will do: the tool calls, or a reply that needs none. */
export interface Plan {
  intent: Intent;
  filter: PlanFilter;
  calls: ToolCallRecord[];
  /** A reply without tools: help, out of scope, an unknown nämnd, a feature that is not available. */
  reply: 'help' | 'years' | 'out_of_scope' | 'unknown_unit' | 'search_unavailable' | 'draft' | 'no_project' | null;
  /** The project, organisation or country the plan is about. */
  subject: string | null;
  /** "ESF eller Interreg?": the only groups (family or programme keys) the answer shows, when the question names them. */
  onlyGroups?: string[];
  /** "utom Sverige", "utländska organisationer": partner countries the answer leaves out. */
  excludeCountries?: string[];
}

export interface PlanOptions {
  /** Tool names that exist in the registry (search tools arrive with the search issue). */
  availableTools: ReadonlySet<string>;
  /** Whether a submission search index is loaded. */
  hasSearch: boolean;
}

function filterFrom(entities: LinkedEntities, intent: Intent, context: InterpreterContext | null): PlanFilter {
  const base: PlanFilter = intent.followUp && context ? { ...context.filter } : {};
  if (intent.followUp && context && !base.year && context.year) base.year = context.year;
  if (entities.years.length === 1) base.year = entities.years[0];
  if (entities.units.length > 0) base.namnd = entities.units.map((unit) => unit.id);
  if (entities.programmes.length > 0) { base.programme = entities.programmes[0]; delete base.family; }
  if (entities.families.length > 0 && entities.programmes.length === 0) { base.family = entities.families[0]; delete base.programme; }
  if (entities.goals.length > 0) base.goal = entities.goals[0];
  if (entities.roles.length === 1) base.role = entities.roles[0];
  if (entities.status) base.status = entities.status;
  if (entities.afterYear) { base.endsAfter = `${entities.afterYear}-12-31`; delete base.status; }
  if (entities.endYear) { base.endsAfter = `${entities.endYear - 1}-12-31`; base.endsBefore = `${entities.endYear}-12-31`; delete base.status; }
  if (entities.startYear) {
    // Start dates are read in the latest project list: "startade före 2023" is not a question about 2023's list.
    const { year, when } = entities.startYear;
    // "startade före 2023 och pågår fortfarande": still running stays; "nystartade" is replaced by the start date.
    if (base.status === 'started') delete base.status;
    delete base.startsAfter;
    delete base.startsBefore;
    if (when === 'before') base.startsBefore = `${year - 1}-12-31`;
    if (when === 'after') base.startsAfter = `${year}-12-31`;
    if (when === 'in') { base.startsAfter = `${year - 1}-12-31`; base.startsBefore = `${year}-12-31`; }
    if (base.year === year) delete base.year;
  }
  if (intent.shared) base.minNamnder = 2;
  if (intent.minNamnder) base.minNamnder = intent.minNamnder;
  // "hur mycket fick FGK i det?": the one project the previous answer was about.
  if (intent.followUp && context?.projectIds?.length === 1 && context.projectName && /(^| )(det|den|projektet|it|the project)( |$)/i.test(intent.question.replace(/[?!.,]/g, ' '))) {
    base.projectIds = context.projectIds;
  }
  // "Hur många nämnder deltar i CITYSHIFT?", "Hur mycket fick ARCADIA?": a count or sum about the one project named.
  const named = entities.projects.filter((project) => project.strength === 'exact');
  if ((intent.kind === 'count' || intent.kind === 'sum') && named.length === 1 && named[0] && !base.projectIds) base.projectIds = [named[0].id];
  // "och i Italien?" after a question about the lead's country: the lead's country changes.
  if (intent.followUp && base.leadCountry && entities.countries.length > 0 && entities.leadCountries.length === 0 && entities.excludedCountries.length === 0) {
    base.leadCountry = entities.countries[0];
  } else if (entities.countries.length > 0) base.country = entities.countries[0];
  if (entities.leadOrganisations.length > 0) base.leadOrganisation = entities.leadOrganisations[0];
  if (entities.leadAbroad && entities.leadCountries.length === 0) base.leadAbroad = true;
  if (entities.leadCountries.length > 0) { base.leadCountry = entities.leadCountries[0]; if (entities.countries.length === 0) delete base.country; }
  if (entities.organisations.length > 0) base.partner = entities.organisations[0];
  if (intent.topic && ['list', 'count', 'sum', 'overview', 'rank', 'breakdown', 'threshold'].includes(intent.kind)) base.text = intent.topic;
  return base;
}

const toolArgs = (filter: PlanFilter): Record<string, unknown> => {
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    args[key] = key === 'namnd' && Array.isArray(value) && value.length === 1 ? value[0] : value;
  }
  return args;
};

/** Plans the tool calls for one (part of a) question. */
export function planToolCalls(intent: Intent, entities: LinkedEntities, context: InterpreterContext | null, options: PlanOptions): Plan {
  const filter = filterFrom(entities, intent, context);
  const namedProject = entities.projects.find((project) => project.strength === 'exact' && filter.projectIds?.length === 1 && project.id === filter.projectIds[0]);
  const plan: Plan = {
    intent, filter, calls: [], reply: null, subject: filter.projectIds?.length === 1 ? namedProject?.name ?? context?.projectName ?? null : null,
    ...(entities.excludedCountries.length > 0 ? { excludeCountries: [...entities.excludedCountries] } : {}),
  };
  if (intent.kind === 'help') return { ...plan, reply: 'help' };
  if (intent.kind === 'years') return { ...plan, reply: 'years' };
  if (intent.kind === 'out_of_scope') return { ...plan, reply: 'out_of_scope' };
  if (entities.unknownUnits.length > 0 && entities.units.length === 0 && !['help', 'draft'].includes(intent.kind)) {
    return { ...plan, reply: 'unknown_unit', subject: entities.unknownUnits[0]?.text ?? null };
  }
  const args = toolArgs(filter);
  switch (intent.kind) {
    case 'count':
    case 'sum':
    case 'overview':
      if (intent.kind === 'count' && (intent.groupBy === 'partner' || intent.groupBy === 'country')) {
        plan.calls.push({ tool: 'aggregate', args: { ...args, groupBy: intent.groupBy, sortBy: 'projects', order: 'desc', ...(intent.organisationKind ? { organisationKind: intent.organisationKind } : {}) } });
        break;
      }
      plan.calls.push({ tool: 'aggregate', args: { ...args, groupBy: 'none' } });
      break;
    case 'share':
      plan.calls.push({ tool: 'aggregate', args: { ...args, groupBy: intent.groupBy ?? 'none', sortBy: intent.sortBy } });
      break;
    case 'list':
      // "ESF och Interreg", "Horisont 2020 och LIFE": one list per programme.
      if (entities.families.length + entities.programmes.length >= 2) {
        const { family: _family, programme: _programme, ...rest } = args;
        for (const family of entities.families) plan.calls.push({ tool: 'find_projects', args: { ...rest, family } });
        for (const programme of entities.programmes) plan.calls.push({ tool: 'find_projects', args: { ...rest, programme } });
      } else {
        plan.calls.push({ tool: 'find_projects', args });
      }
      break;
    case 'rank':
    case 'breakdown': {
      // "Interreg vs Horisont Europa": a family against a programme — each one's total, side by side.
      if (entities.families.length === 1 && entities.programmes.length === 1 && (intent.groupBy === 'family' || intent.groupBy === 'programme')) {
        const { family: _family, programme: _programme, ...rest } = args;
        plan.calls.push({ tool: 'aggregate', args: { ...rest, family: entities.families[0], groupBy: 'none' } });
        plan.calls.push({ tool: 'aggregate', args: { ...rest, programme: entities.programmes[0], groupBy: 'none' } });
        break;
      }
      // "Fick ESF eller Interreg mest?": every family computed, only the named ones shown.
      const named = intent.groupBy === 'family' && entities.families.length >= 2 ? [...entities.families]
        : intent.groupBy === 'programme' && entities.programmes.length >= 2 ? [...entities.programmes] : null;
      if (named) {
        delete args.family;
        delete args.programme;
        delete plan.filter.family;
        delete plan.filter.programme;
        plan.onlyGroups = named;
      }
      const compared = named?.length === 2 ? { compare: named } : {};
      plan.calls.push({
        tool: 'aggregate',
        args: {
          ...args, groupBy: intent.groupBy ?? 'namnd', sortBy: intent.sortBy,
          ...(entities.excludedCountries.length > 0 && (intent.groupBy === 'country' || intent.groupBy === 'partner') ? { exclude: entities.excludedCountries } : {}),
          ...(intent.organisationKind && (intent.groupBy === 'country' || intent.groupBy === 'partner') ? { organisationKind: intent.organisationKind } : {}),
          ...(intent.kind === 'rank' || intent.groupBy !== 'year' ? { order: intent.order } : {}), ...(intent.limit ? { limit: intent.limit } : {}), ...compared,
        },
      });
      break;
    }
    case 'threshold':
      plan.calls.push({
        tool: 'aggregate',
        args: {
          ...args, groupBy: intent.groupBy ?? 'project', sortBy: intent.threshold?.field ?? 'paidKr', order: 'desc',
          ...(intent.threshold ? { threshold: intent.threshold2 ? [intent.threshold, intent.threshold2] : intent.threshold } : {}),
        },
      });
      break;
    case 'compare': {
      const { year: _year, ...rest } = args;
      const years = entities.years.length >= 2 ? entities.years : entities.years.length === 1 && context?.year && context.year !== entities.years[0] ? [context.year, entities.years[0] as number] : undefined;
      const breakdown = intent.groupBy === 'namnd' || intent.groupBy === 'family' ? intent.groupBy : 'none';
      plan.calls.push({ tool: 'compare_years', args: { ...rest, ...(years ? { years } : {}), breakdown } });
      break;
    }
    case 'details': {
      const named = entities.projects.filter((project) => project.strength === 'exact').map((project) => project.name);
      const project = entities.projects[0]?.name ?? entities.unknownProject ?? (intent.followUp ? context?.projectName : null) ?? context?.projectName ?? null;
      if (!project) return { ...plan, reply: 'no_project' };
      plan.subject = project;
      for (const name of named.length > 1 ? named : [project]) {
        plan.calls.push({ tool: 'project_details', args: { name, ...(entities.years.length === 1 ? { year: entities.years[0] } : {}) } });
      }
      break;
    }
    case 'partner': {
      const subjects = [...entities.organisations, ...entities.countries, ...(entities.unknownOrganisation ? [entities.unknownOrganisation] : [])];
      const subject = subjects[0] ?? (intent.followUp ? context?.organisation : null) ?? null;
      if (subject && entities.units.length === 0) {
        plan.subject = subject;
        for (const query of subjects.length > 1 ? subjects : [subject]) {
          plan.calls.push({ tool: 'organisation_lookup', args: { query, ...(entities.years.length === 1 ? { year: entities.years[0] } : {}) } });
        }
      } else {
        plan.calls.push({ tool: 'find_projects', args: { ...args, partnerSummary: true, ...(plan.excludeCountries ? { excludeCountries: plan.excludeCountries } : {}) } });
      }
      break;
    }
    case 'versus_rest': {
      // One nämnd against the sum of all the others: every nämnd's figure, the same year and filters, no nämnd filter.
      const { namnd: _namnd, ...rest } = args;
      plan.subject = entities.units[0]?.id ?? null;
      plan.calls.push({ tool: 'aggregate', args: { ...rest, groupBy: 'namnd', sortBy: intent.sortBy === 'projects' ? 'projects' : 'paidKr', order: 'desc', ...(plan.subject ? { focus: plan.subject } : {}) } });
      break;
    }
    case 'networks':
      plan.calls.push({ tool: 'submission_section', args: { section: 'natverk', ...(filter.namnd?.[0] ? { namnd: filter.namnd[0] } : {}), ...(filter.year ? { year: filter.year } : {}) } });
      break;
    case 'contact': {
      // A word that happens to occur in one project's name ("climate") is still the topic here.
      const topicWords = contactTopic(intent, [...entities.leftover, ...entities.projects.filter((project) => project.strength === 'partial').flatMap((project) => (project.matched ?? '').split(' '))]);
      const topic = entities.units.length > 0 ? null : topicWords ?? entities.organisations[0] ?? null;
      if (topic && options.availableTools.has('find_partners')) {
        plan.calls.push({
          tool: 'find_partners',
          args: { topic, ...(filter.programme ? { programme: filter.programme } : filter.family ? { programme: filter.family } : {}), ...(filter.country ? { country: filter.country } : {}) },
        });
      } else if (!topic && (filter.programme || filter.family || (intent.followUp && context?.kind === 'list' && (filter.namnd?.length ?? 0) !== 1)) && options.availableTools.has('contact_persons')) {
        // "Vem har erfarenhet av Interreg Europe?", "vem är kontaktperson för dem?" after a list: the projects, then their förvaltningar's contacts.
        plan.calls.push({ tool: 'find_projects', args });
      } else if (options.availableTools.has('contact_persons')) {
        plan.calls.push({ tool: 'contact_persons', args: { ...(filter.namnd?.[0] ? { namnd: filter.namnd[0] } : {}), ...(filter.year ? { year: filter.year } : {}) } });
      } else {
        plan.calls.push({ tool: 'find_projects', args });
      }
      break;
    }
    case 'search':
      if (options.availableTools.has('search_submissions') && options.hasSearch) {
        plan.calls.push({
          tool: 'search_submissions',
          args: { query: searchQuery(intent), ...(filter.year ? { year: filter.year } : {}), ...(filter.namnd?.[0] ? { namnd: filter.namnd[0] } : {}) },
        });
      } else {
        return { ...plan, reply: 'search_unavailable' };
      }
      break;
    case 'draft':
      return { ...plan, reply: 'draft', subject: entities.units[0]?.id ?? null };
    case 'published':
      plan.calls.push({ tool: 'published_figures', args: { ...(filter.year ? { year: filter.year } : {}) } });
      break;
    case 'reconcile':
      plan.calls.push({ tool: 'reconciliation', args: { ...(filter.year ? { year: filter.year } : {}) } });
      break;
  }
  return plan;
}

/** Words of a contact question that only say "who can I contact": not the topic. */
const CONTACT_WORDS = /^(kontakt\w*|works|connections?|links|ties|samarbet\w*|collaborat\w*|cooperat\w*|kontaktperson\w*|kontaktuppgift\w*|contact\w*|talk|speak|prata|tala|vanda|turn|erfarenhet|experience|jobbat|arbetat|worked|staden|stan|city|dar|kanner|kant|know|known|mail|email|epost|post|mejl\w*|mailadress\w*|address|adress|person|personen|people|someone|nagon|nagra|expert\w*|kunskap|knows|knowledge|fraga|fragor|questions?|help|hjalp|ska|should|could|can|kan|man|jobbar|arbetar|work|working|eu|projekt\w*|projects?|inom|within|med|with|om|about|the|det|this|that|jobba|arbeta|area|omrade|omradet|fragan|topic|amne|amnet|vem|who|whom|ansvarig\w*|responsible|finns|there|lots|nagot|something|anything|people|personer|kollega\w*|colleague\w*|wants?|vill|behover|need|know|knows|vet|veta|mest|most|best|hjalpa|assist|department\w*|forvaltning\w*|namnd\w*|committee\w*|administration\w*|office|kontor\w*|soka|ansoka|apply|applying|planerar|plan|planning|ny|nytt|new|jobbat|arbetat|erfarenheter|experiences|anyone|someone|nagon|finns|find|hitta|finna|looking|look|search|letar|soker|partner|partners|partnern|samarbetspartner\w*)$/;

/** The topic of "vem ska jag kontakta om X?", "jag jobbar med X, vem har erfarenhet av det?", "who can I talk to about X?": the content words. */
export function contactTopic(intent: Intent, leftover?: readonly string[]): string | null {
  // Filtered on the folded form, kept as written (lower case): "kompetensförsörjning", not "kompetensforsorjning".
  // Words an entity explains (a programme, a country, a nämnd) are filters, not the topic.
  const words = intent.question.split(/[^\p{L}\p{N}]+/u)
    .map((written) => ({ written: written.toLowerCase(), folded: foldText(written) }))
    .filter(({ folded: word }) => (leftover === undefined || leftover.includes(word)) && word.length >= 3 && !/^\d/.test(word) && !STOP_WORDS.has(word) && !INTENT_WORDS.has(word) && !CONTACT_WORDS.test(word))
    .map(({ written }) => written);
  const chosen = [...new Set(words)];
  if (chosen.length === 0) return null;
  const translated = intent.language === 'en' ? swedishEquivalents(chosen) : [];
  // "migration" is the same word in Swedish: once is enough.
  return [...new Set([...chosen, ...translated])].join(' ');
}

/** The search query: the question as asked, plus the Swedish words for an English question's content words (the submissions are Swedish). */
export function searchQuery(intent: Intent): string {
  if (intent.language !== 'en') return intent.question;
  const words = intent.question.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((word) => word !== '');
  const swedish = swedishEquivalents(words);
  return swedish.length > 0 ? `${intent.question} (${swedish.join(' ')})` : intent.question;
}
