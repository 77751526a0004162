import type { AnswerChart, AnswerTable } from '../assistant/answer.js';
import { projectCard } from './project-card.js';
import type { Source } from '../tools/tool.js';
import type { ToolResult } from '../tools/core-tools.js';
import type { AggregateOutput } from '../tools/aggregate.js';
import type { FindProjectsOutput } from '../tools/find-projects.js';
import type { CompareYearsOutput } from '../tools/compare-years.js';
import type { ProjectDetailsOutput } from '../tools/project-details.js';
import type { OrganisationLookupOutput } from '../tools/organisation-lookup.js';
import type { PublishedFiguresOutput } from '../tools/published-figures.js';
import type { ReconciliationOutput } from '../tools/reconciliation.js';
import type { YearUnavailable } from '../tools/project-query.js';
import { stemWords } from '../tools/project-query.js';
import type { ContactPersonsOutput } from '../tools/contact-persons.js';
import { namndById, ORGANISATION } from '../domain/organisation.js';
import { normaliseQuestion } from './normalise.js';
import { goalText } from '../domain/goals.js';
import { countryName } from '../tools/countries.js';
import { count, joinList, money, moneyWithMillions, percent, projectsWord, quote, say, signedMoney, type Language } from './format.js';
import type { Plan } from './plan.js';
import { asWritten } from './as-written.js';
import { foldText } from '../text/fold.js';

/** One executed tool call. */
export interface ExecutedCall {
  tool: string;
  args: Record<string, unknown>;
  result: ToolResult;
}

/** The composed answer to one (part of a) question. */
export interface ComposedPart {
  text: string;
  year: number | null;
  tables: AnswerTable[];
  charts: AnswerChart[];
  sources: Source[];
  /** What a follow-up may refer to. */
  projectIds: string[] | null;
  projectName: string | null;
  organisation: string | null;
}

export interface ComposeSettings {
  language: Language;
  /** Years in the data and the latest report year, for honest limits and examples. */
  years: number[];
  latestYear: number | null;
  yearInfo: { withProjects: number[]; publishedOnly: number[] };
  /** Example questions for help and out-of-scope answers (built from the data). */
  examples: string[];
}

const empty = (text: string, year: number | null = null): ComposedPart => ({
  text, year, tables: [], charts: [], sources: [], projectIds: null, projectName: null, organisation: null,
});

function filterSubject(filter: Plan['filter'], language: Language): string {
  const parts: string[] = [];
  if (filter.namnd?.length) parts.push(joinList(filter.namnd.map((id) => namndById(id).namn), language));
  return parts.join(' ');
}

/** "ESF-projekt", "projekt inom KF-mål 3", "avslutade projekt" … the filter in words. */
function describeProjects(plan: Plan, language: Language): string {
  const filter = plan.filter;
  const words: string[] = [];
  if (filter.status === 'ongoing') words.push(say(language, 'pågående', 'ongoing'));
  if (filter.status === 'ended') words.push(say(language, 'avslutade', 'ended'));
  if (filter.status === 'started') words.push(say(language, 'nystartade', 'newly started'));
  const programme = filter.programme ?? filter.family;
  if (filter.projectIds?.length === 1 && plan.subject) return say(language, `projektet ${plan.subject}`, `the project ${plan.subject}`);
  words.push(programme ? `${programme}-${say(language, 'projekt', 'projects')}` : say(language, 'EU-projekt', 'EU projects'));
  const extras: string[] = [];
  if (filter.goal) extras.push(say(language, `inom KF-mål ${filter.goal} (${goalText(filter.goal)})`, `under KF goal ${filter.goal} (${goalText(filter.goal)})`));
  if (filter.role) extras.push(say(language, `som ${filter.role.toLowerCase()}`, `as ${filter.role === 'Projektägare' ? 'project owner' : 'partner'}`));
  if (filter.country) extras.push(say(language, `med partner i ${countryName(filter.country)}`, `with partners in ${countryName(filter.country, 'en')}`));
  if (filter.leadOrganisation) extras.push(say(language, `som leds av ${filter.leadOrganisation}`, `led by ${filter.leadOrganisation}`));
  if (filter.leadAbroad) extras.push(say(language, 'som leds av en organisation utanför Sverige', 'led by an organisation outside Sweden'));
  if (filter.leadCountry) extras.push(say(language, `som leds av en organisation i ${countryName(filter.leadCountry)}`, `led by an organisation in ${countryName(filter.leadCountry, 'en')}`));
  if (filter.partner) extras.push(say(language, `med ${filter.partner}`, `with ${filter.partner}`));
  if (filter.minNamnder) extras.push(say(language, `som delas av minst ${filter.minNamnder} nämnder`, `shared by at least ${filter.minNamnder} committees`));
  if (filter.endsAfter && filter.endsBefore && filter.endsBefore.slice(0, 4) === String(Number(filter.endsAfter.slice(0, 4)) + 1)) extras.push(say(language, `som slutar ${filter.endsBefore.slice(0, 4)}`, `ending in ${filter.endsBefore.slice(0, 4)}`));
  else {
    if (filter.endsAfter) extras.push(say(language, `som slutar efter ${filter.endsAfter}`, `ending after ${filter.endsAfter}`));
    if (filter.endsBefore) extras.push(say(language, `som slutar senast ${filter.endsBefore}`, `ending by ${filter.endsBefore}`));
  }
  if (filter.startsAfter && filter.startsBefore && filter.startsBefore.slice(0, 4) === String(Number(filter.startsAfter.slice(0, 4)) + 1)) {
    extras.push(say(language, `som startade ${filter.startsBefore.slice(0, 4)}`, `started in ${filter.startsBefore.slice(0, 4)}`));
  } else {
    if (filter.startsAfter) extras.push(say(language, `som startade efter ${filter.startsAfter.slice(0, 4)}`, `started after ${filter.startsAfter.slice(0, 4)}`));
    if (filter.startsBefore) extras.push(say(language, `som startade före ${Number(filter.startsBefore.slice(0, 4)) + 1}`, `started before ${Number(filter.startsBefore.slice(0, 4)) + 1}`));
  }
  if (filter.text) {
    const topic = asWritten(filter.text, plan.intent.question);
    extras.push(say(language, `om "${topic}"`, `about "${topic}"`));
  }
  return [words.join(' '), ...extras].join(' ');
}

function unavailableText(unavailable: YearUnavailable, settings: ComposeSettings): string {
  const { language } = settings;
  const withProjects = unavailable.availableYears.withProjects;
  const publishedOnly = unavailable.availableYears.publishedOnly;
  const existing = joinList([...withProjects.map(String), ...publishedOnly.map((year) => `${year}${say(language, ' (bara publicerade totaler)', ' (published totals only)')}`)], language);
  if (unavailable.reason === 'published-only' && unavailable.publishedTotals) {
    const totals = unavailable.publishedTotals;
    return say(
      language,
      `För ${unavailable.year} finns ingen projektlista, bara redovisningens publicerade totaler: ${projectsWord(totals.projects, language)}, ${totals.namnder} nämnder och ${totals.paidApproximate ? 'cirka ' : ''}${moneyWithMillions(totals.paidKr, language)} i utbetalda EU-medel. Uppdelning per nämnd, program eller projekt finns bara för ${joinList(withProjects.map(String), language)}.`,
      `There is no project list for ${unavailable.year}, only the report's published totals: ${projectsWord(totals.projects, language)}, ${totals.namnder} committees and ${totals.paidApproximate ? 'about ' : ''}${moneyWithMillions(totals.paidKr, language)} paid out. Breakdowns by committee, programme or project exist only for ${joinList(withProjects.map(String), language)}.`,
    );
  }
  return say(language, `Det finns ingen data för ${unavailable.year}. Datan omfattar ${existing}.`, `There is no data for ${unavailable.year}. The data covers ${existing}.`);
}

function publishedComparison(output: AggregateOutput, plan: Plan, language: Language): string {
  const published = output.publishedTotal;
  if (!published) return '';
  const table = published.source.ref.split('#')[1] ?? 'totals';
  const where = say(language, table === 'totals' ? 'redovisningens sammanfattning' : `redovisningens ${published.source.title.split(', ').at(-1)}`, "the published report's table");
  const parts: string[] = [];
  const difference = published.difference;
  if (published.paidKr !== undefined && difference?.paidKr !== undefined && plan.intent.measures.includes('sum')) {
    const computed = output.total.paidKr;
    const matches = difference.agrees.paidKr === true;
    const gap = signedMoney(difference.paidKr, language);
    if (matches && plan.intent.reportRow) {
      parts.push(say(language, `${where[0]?.toUpperCase()}${where.slice(1)} anger ${published.approximate ? 'cirka ' : ''}${money(published.paidKr, language)}; projektlistan ger ${money(computed, language)} (skillnad ${gap}) — siffrorna stämmer.`,
        `The published report gives ${published.approximate ? 'about ' : ''}${money(published.paidKr, language)}; the project list gives ${money(computed, language)} (difference ${gap}) — the figures match.`));
    } else if (matches) parts.push(say(language, `Det stämmer med ${where}${published.approximate ? ` (cirka ${moneyWithMillions(published.paidKr, language).replace(/ \(.*\)$/, '')})` : ''}.`, `This matches ${where}.`));
    else parts.push(say(language, `${where[0]?.toUpperCase()}${where.slice(1)} anger ${published.approximate ? 'cirka ' : ''}${money(published.paidKr, language)}; projektlistan ger ${money(computed, language)} (skillnad ${gap}).`, `The published report gives ${money(published.paidKr, language)}; the project list gives ${money(computed, language)} (difference ${gap}).`));
  }
  if (published.projects !== undefined && difference?.projects !== undefined && plan.intent.measures.includes('count') && difference.agrees.projects && parts.length === 0) {
    parts.push(say(language, `Det stämmer med ${where}.`, `This matches ${where}.`));
  } else if (published.projects !== undefined && difference?.projects !== undefined && plan.intent.measures.includes('count') && !difference.agrees.projects) {
    parts.push(say(language, `Redovisningen anger ${projectsWord(published.projects, language)}; projektlistan har ${output.total.projects} (skillnad ${difference.projects > 0 ? '+' : ''}${difference.projects}).`, `The report gives ${projectsWord(published.projects, language)}; the project list has ${output.total.projects}.`));
  }
  return parts.join(' ');
}

/** Projects the report names but does not count: what they are, never "0 projekt". */
function uncountedText(uncounted: ReadonlyArray<{ name: string; programme: string; collaborators: string[] }>, year: number, language: Language): string {
  const named = uncounted.map((project) => `${project.name} (${project.programme}${project.collaborators.length ? `; ${say(language, 'samverkar', 'collaborating')}: ${project.collaborators.join(', ')}` : ''})`);
  return say(language,
    `${joinList(named, language)} finns i projektlistan ${year} men räknas inte i redovisningen: staden deltar bara genom samverkan, utan eget deltagande eller utbetalda EU-medel. Därför ingår ${uncounted.length === 1 ? 'det' : 'de'} inte i årets antal projekt och belopp.`,
    `${joinList(named, language)} ${uncounted.length === 1 ? 'is' : 'are'} in the ${year} project list but not counted in the report: the city only collaborates, with no participation of its own and no EU funds paid, so ${uncounted.length === 1 ? 'it is' : 'they are'} not part of the year's project count or amounts.`);
}

function composeAggregateTotal(output: AggregateOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (!output.available && output.unavailable) return { ...empty(unavailableText(output.unavailable, settings), output.unavailable.year), sources: output.sources };
  const year = output.year ?? 0;
  const subject = filterSubject(plan.filter, language);
  const what = describeProjects(plan, language);
  const measures = plan.intent.measures;
  const lines: string[] = [];
  // The project exists but the report does not count it (the city only collaborates): say so, never "0 projekt".
  if (output.total.projects === 0 && output.uncounted?.length) return { ...empty(uncountedText(output.uncounted, year, language), year), sources: output.sources };
  // A zero that only the free-text word causes is not a fact about the projects: no project's name or description uses the word.
  if (output.total.projects === 0 && plan.filter.text) {
    const { text: folded, ...rest } = plan.filter;
    const word = asWritten(folded, plan.intent.question);
    const scope = describeProjects({ ...plan, filter: rest }, language);
    const who = subject ? say(language, ` för ${subject}`, ` for ${subject}`) : '';
    lines.push(say(language,
      `Inget projekt i projektlistan ${year} (${scope}${who}) nämner "${word}" i namn eller beskrivning, så projektlistan ger inga siffror på det ordet. Fråga gärna utan ordet, eller fråga vad förvaltningarna skriver om "${word}" i sina underlag.`,
      `No project in the ${year} project list (${scope}${who}) mentions "${word}" in its name or description, so the project list has no figures for that word. Ask without the word, or ask what the departments write about "${word}" in their submissions.`));
    return { ...empty(lines.join(' '), year), sources: output.sources };
  }
  if (subject && output.total.projects === 0) {
    lines.push(say(language, `${subject} har inga ${what} i projektlistan ${year} (0 projekt, 0 kr).`, `${subject} has no ${what} in the ${year} project list (0 projects).`));
    if (output.collaborating?.length) {
      lines.push(say(language, `Den samverkar däremot i ${joinList(output.collaborating.map((project) => project.name), language)}, utan eget deltagande som räknas i redovisningen.`, `It collaborates in ${joinList(output.collaborating.map((project) => project.name), language)} without a counted participation.`));
    }
    return { ...empty(lines.join(' '), year), sources: output.sources };
  }
  if (measures.includes('namnder')) {
    const namnder = output.total.namnder ?? 0;
    // A few nämnder are named ("1 nämnd deltog i projektet CITYSHIFT 2024: Miljönämnden").
    const names = output.total.namndIds && output.total.namndIds.length <= 10 && output.total.namndIds.length > 0
      ? `: ${joinList(output.total.namndIds.map((id) => namndById(id as Parameters<typeof namndById>[0]).namn), language)}` : '';
    lines.push(say(language,
      `${namnder} ${namnder === 1 ? 'nämnd' : 'nämnder'} deltog i ${what} ${year} (${projectsWord(output.total.projects, language)})${names}.`,
      `${namnder} ${namnder === 1 ? 'committee' : 'committees'} took part in ${what} in ${year} (${projectsWord(output.total.projects, language)})${names}.`));
    return { ...empty(lines.join(' '), year), sources: output.sources };
  }
  const countText = projectsWord(output.total.projects, language);
  const sumText = moneyWithMillions(output.total.paidKr, language);
  if (subject) {
    if (measures.includes('count') && measures.includes('sum')) lines.push(say(language, `${subject} deltog ${year} i ${countText} (${what}) och fick ${sumText} i utbetalda EU-medel.`, `In ${year}, ${subject} took part in ${countText} (${what}) and received ${sumText} in EU funds.`));
    else if (measures.includes('count')) lines.push(say(language, `${subject} deltog i ${countText} ${year} (${what}).`, `${subject} took part in ${countText} in ${year} (${what}).`));
    else lines.push(say(language, `${subject} fick ${sumText} i utbetalda EU-medel ${year} (${what}, ${countText}).`, `${subject} received ${sumText} in EU funds in ${year} (${what}, ${countText}).`));
  } else {
    if (measures.includes('count') && measures.includes('sum')) lines.push(say(language, `${year} fanns ${countText} (${what}) med ${sumText} i utbetalda EU-medel.`, `In ${year} there were ${countText} (${what}) with ${sumText} in EU funds paid out.`));
    else if (measures.includes('count')) lines.push(say(language, `${year} fanns ${countText} (${what}).`, `In ${year} there were ${countText} (${what}).`));
    else lines.push(say(language, `${what[0]?.toUpperCase()}${what.slice(1)} fick ${sumText} i utbetalda EU-medel ${year} (${countText}).`, `${what[0]?.toUpperCase()}${what.slice(1)} received ${sumText} in EU funds in ${year} (${countText}).`));
  }
  // "Vad är snittet per projekt?": the sum over the number of projects, rounded to whole kronor.
  if (plan.intent.wantsAverage && output.total.averagePaidKr !== undefined && output.total.averagePaidKr !== null) {
    const average = money(output.total.averagePaidKr, language);
    lines.push(say(language, `Det är i genomsnitt ${average} per projekt.`, `That is ${average} per project on average.`));
  }
  if (plan.intent.kind === 'share' && output.yearTotal) {
    const share = output.total.shareOfYear?.paidKr ?? 0;
    const shareProjects = output.total.shareOfYear?.projects ?? 0;
    lines.push(say(language, `Det är ${percent(share, language)} av årets utbetalda EU-medel (${money(output.yearTotal.paidKr, language)}) och ${percent(shareProjects, language)} av årets ${output.yearTotal.projects} projekt.`, `That is ${percent(share, language)} of the year's EU funds (${money(output.yearTotal.paidKr, language)}) and ${percent(shareProjects, language)} of the year's ${output.yearTotal.projects} projects.`));
  }
  const comparison = publishedComparison(output, plan, language);
  if (comparison) lines.push(comparison);
  return { ...empty(lines.join(' '), year), sources: output.sources };
}

const groupLabel = (key: string, label: string, groupBy: string, language: Language = 'sv'): string =>
  groupBy === 'family' ? `${label}-projekt` : groupBy === 'country' && key.length === 2 ? countryName(key, language) : label;

/** The table's "Skillnad" cell: the tool's difference between the project list and the report. */
function publishedDifference(group: AggregateOutput['groups'][number], language: Language): string {
  const difference = group.publishedDifference;
  if (!difference) return '';
  const gap = difference.paidKr ?? difference.projects;
  if (gap === undefined) return '';
  if (gap === 0) return '0';
  if (difference.agrees) return say(language, '0 (avrundat)', '0 (rounded)');
  return difference.paidKr !== undefined ? signedMoney(difference.paidKr, language) : `${gap > 0 ? '+' : ''}${gap}`;
}

function groupsTable(output: AggregateOutput, language: Language, title: string, options: { ownPartners?: boolean; averages?: boolean } = {}): AnswerTable {
  const withPublished = output.groups.some((group) => group.published);
  const dimension = { namnd: say(language, 'Nämnd', 'Committee'), family: say(language, 'Program', 'Programme'), programme: say(language, 'Program', 'Programme'), goal: say(language, 'KF-mål', 'KF goal'), project: say(language, 'Projekt', 'Project'), year: say(language, 'År', 'Year'), country: say(language, 'Land', 'Country'), partner: say(language, 'Partnerorganisation', 'Partner organisation'), none: '' }[output.groupBy];
  const columns: AnswerTable['columns'] = [
    { key: 'label', label: dimension },
    { key: 'projects', label: say(language, 'Projekt', 'Projects'), align: 'right' },
    { key: 'paidKr', label: say(language, 'Utbetalt', 'Paid'), align: 'right' },
  ];
  if (output.groupBy === 'project') columns.splice(1, 1, { key: 'budget', label: say(language, 'Total budget', 'Total budget'), align: 'right' });
  if (output.groupBy === 'country') columns.splice(1, 0, { key: 'partners', label: say(language, 'Partnerorganisationer', 'Partner organisations'), align: 'right' });
  // Projects ranked or kept by their own partners show them; sums asked as averages show the average.
  if (output.groupBy === 'project' && options.ownPartners) {
    columns.splice(1, 0, { key: 'partners', label: say(language, 'Partnerorganisationer', 'Partner organisations'), align: 'right' }, { key: 'countries', label: say(language, 'Länder', 'Countries'), align: 'right' });
  }
  if (options.averages && output.groupBy !== 'project') columns.push({ key: 'average', label: say(language, 'I snitt per projekt', 'Average per project'), align: 'right' });
  if (withPublished) columns.push({ key: 'published', label: say(language, 'Enligt rapporten', 'Published'), align: 'right' }, { key: 'difference', label: say(language, 'Skillnad', 'Difference'), align: 'right' });
  return {
    title,
    columns,
    rows: output.groups.map((group) => {
      const publishedValue = group.published?.paidKr ?? group.published?.projects;
      const publishedIsMoney = group.published?.paidKr !== undefined;
      return {
        label: groupLabel(group.key, group.label, output.groupBy, language),
        projects: group.projects === null ? '–' : count(group.projects, language),
        paidKr: group.paidKr === null ? '–' : money(group.paidKr, language),
        partners: group.partners === undefined ? '–' : count(group.partners, language),
        countries: group.countries === undefined ? '–' : count(group.countries, language),
        average: group.averagePaidKr === undefined || group.averagePaidKr === null ? '–' : money(group.averagePaidKr, language),
        budget: group.totalBudgetKr === null || group.totalBudgetKr === undefined ? '–' : money(group.totalBudgetKr, language),
        published: publishedValue === undefined ? '' : publishedIsMoney ? `${group.published?.approximate ? say(language, 'cirka ', 'about ') : ''}${money(publishedValue, language)}` : count(publishedValue, language),
        difference: publishedDifference(group, language),
      };
    }),
  };
}

function groupsChart(output: AggregateOutput, language: Language, title: string): AnswerChart | null {
  if (!['namnd', 'family', 'programme'].includes(output.groupBy) || output.groups.length < 2) return null;
  return {
    title, xLabel: output.groupBy === 'namnd' ? say(language, 'Nämnd', 'Committee') : say(language, 'Program', 'Programme'), yLabel: say(language, 'Utbetalt (kr)', 'Paid (SEK)'),
    bars: output.groups.filter((group) => group.paidKr !== null).map((group) => ({ label: groupLabel(group.key, group.label, output.groupBy, language), value: group.paidKr ?? 0 })),
  };
}

const valueText = (group: AggregateOutput['groups'][number], sortBy: string, language: Language): string => valueTextOf(group, sortBy, language);

function valueTextOf(group: AggregateOutput['groups'][number], sortBy: string, language: Language, withShare = false): string {
  if (withShare && sortBy !== 'partners' && sortBy !== 'countries') {
    const share = sortBy === 'projects' ? group.shareOfProjects : group.shareOfPaid;
    const base = valueTextOf(group, sortBy, language);
    return share === null ? base : `${base}, ${percent(share, language)} ${say(language, sortBy === 'projects' ? 'av årets projekt' : 'av årets utbetalda EU-medel', sortBy === 'projects' ? "of the year's projects" : "of the year's EU funds")}`;
  }
  // A project's own partners: the organisations and the countries they are in.
  const ownPartners = (): string => say(language,
    `${count(group.partners ?? 0, language)} externa partnerorganisationer i ${count(group.countries ?? 0, language)} ${group.countries === 1 ? 'land' : 'länder'}`,
    `${count(group.partners ?? 0, language)} external partner organisation${group.partners === 1 ? '' : 's'} in ${count(group.countries ?? 0, language)} ${group.countries === 1 ? 'country' : 'countries'}`);
  if ((sortBy === 'partners' || sortBy === 'countries') && group.countries !== undefined) return ownPartners();
  if (sortBy === 'partners') return `${say(language, `${count(group.partners ?? 0, language)} partnerorganisationer`, `${count(group.partners ?? 0, language)} partner organisations`)}, ${projectsWord(group.projects ?? 0, language)}`;
  if (sortBy === 'projects') return projectsWord(group.projects ?? 0, language);
  if (sortBy === 'totalBudgetKr') return say(language, `total budget ${money(group.totalBudgetKr ?? 0, language)}`, `total budget ${money(group.totalBudgetKr ?? 0, language)}`);
  const approximate = group.basis === 'published' && group.published?.approximate ? say(language, 'cirka ', 'about ') : '';
  return `${approximate}${money(group.paidKr ?? 0, language)}`;
}

function composeGroups(output: AggregateOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (!output.available && output.unavailable) return { ...empty(unavailableText(output.unavailable, settings), output.unavailable.year), sources: output.sources };
  const year = output.year;
  const yearText = year ? ` ${year}` : '';
  const sortBy = String(plan.calls[0]?.args.sortBy ?? plan.intent.sortBy);
  const subject = filterSubject(plan.filter, language);
  const scope = [subject ? say(language, `för ${subject}`, `for ${subject}`) : '', plan.filter.family || plan.filter.programme || plan.filter.goal || plan.filter.status || plan.filter.country || plan.filter.leadAbroad || plan.filter.partner || plan.filter.text || plan.filter.role || plan.filter.endsAfter || plan.filter.endsBefore || plan.filter.startsAfter || plan.filter.startsBefore || plan.filter.minNamnder ? `(${describeProjects(plan, language)})` : ''].filter(Boolean).join(' ');
  const dimensionWord = { namnd: say(language, 'nämnd', 'committee'), family: say(language, 'program', 'programme'), programme: say(language, 'program', 'programme'), goal: say(language, 'KF-mål', 'KF goal'), project: say(language, 'projekt', 'project'), year: say(language, 'år', 'year'), country: say(language, 'land', 'country'), partner: say(language, 'partnerorganisation', 'partner organisation'), none: '' }[output.groupBy];
  const lines: string[] = [];
  const only = plan.onlyGroups;
  const groups = only ? output.groups.filter((group) => only.includes(group.key)) : output.groups;
  const measureWord = sortBy === 'countries' ? say(language, 'antal partnerländer', 'number of partner countries') : sortBy === 'partners' ? say(language, 'antal partnerorganisationer', 'number of partner organisations') : sortBy === 'projects' ? say(language, 'antal projekt', 'number of projects') : sortBy === 'totalBudgetKr' ? say(language, 'total budget', 'total budget') : say(language, 'utbetalda EU-medel', 'EU funds paid');
  const label = (group: AggregateOutput['groups'][number]): string => groupLabel(group.key, group.label, output.groupBy, language);
  if (groups.length === 0) {
    lines.push(say(language, `Inga ${dimensionWord === 'projekt' ? 'projekt' : `${dimensionWord}er`} uppfyller villkoret${yearText}${scope ? ` ${scope}` : ''}.`, `No ${dimensionWord} matches${yearText}${scope ? ` ${scope}` : ''}.`));
  } else if (plan.intent.kind === 'count' && (output.groupBy === 'partner' || output.groupBy === 'country')) {
    // "Hur många partner har vi i Italien?", "Hur många länder samarbetar vi med?": the number of distinct partners or countries.
    const kindNoun = { kommun: say(language, 'kommuner och städer som partner', 'municipalities and cities as partners'), universitet: say(language, 'universitet och högskolor som partner', 'universities and colleges as partners'), myndighet: say(language, 'myndigheter som partner', 'public authorities as partners'), företag: say(language, 'företag som partner', 'companies as partners') };
    const noun = output.groupBy === 'partner' ? (plan.intent.organisationKind ? kindNoun[plan.intent.organisationKind] : say(language, 'externa partnerorganisationer', 'external partner organisations')) : say(language, 'länder', 'countries');
    lines.push(output.groupBy === 'country'
      ? say(language, `Staden hade ${year} partner i ${count(output.groupCount, language)} länder${scope ? ` ${scope}` : ''} enligt projektlistan (projekt per land):`, `In ${year} the city had partners in ${count(output.groupCount, language)} countries${scope ? ` ${scope}` : ''} according to the project list (projects per country):`)
      : say(language, `Staden hade ${year} ${count(output.groupCount, language)} ${noun}${scope ? ` ${scope}` : ''} enligt projektlistan (Malmö stad själv oräknad):`, `In ${year} the city had ${count(output.groupCount, language)} ${noun}${scope ? ` ${scope}` : ''} according to the project list (Malmö stad itself not counted):`));
    for (const group of groups.slice(0, 30)) lines.push(`- ${label(group)}: ${projectsWord(group.projects ?? 0, language)}`);
    if (groups.length > 30) lines.push(say(language, `… och ${groups.length - 30} till.`, `… and ${groups.length - 30} more.`));
  } else if (plan.intent.kind === 'threshold') {
    const threshold = plan.intent.threshold;
    const second = plan.intent.threshold2 ?? null;
    const opWordOf = (op: NonNullable<typeof threshold>['op']): string => ({ gt: say(language, 'mer än', 'more than'), gte: say(language, 'minst', 'at least'), lt: say(language, 'mindre än', 'less than'), lte: say(language, 'högst', 'at most'), eq: say(language, 'exakt', 'exactly') }[op]);
    const valueOf = (condition: NonNullable<typeof threshold>): string => (condition.field === 'projects' ? projectsWord(condition.value, language)
      : condition.field === 'partners' ? say(language, `${count(condition.value, language)} externa partnerorganisationer`, `${count(condition.value, language)} external partner organisations`)
        : condition.field === 'countries' ? say(language, `partner i ${count(condition.value, language)} ${condition.value === 1 ? 'land' : 'länder'}`, `partners in ${count(condition.value, language)} ${condition.value === 1 ? 'country' : 'countries'}`)
          : money(condition.value, language));
    const conditionText = !threshold ? ''
      // "partner i fler än tre länder": the comparison sits inside the phrase.
      : threshold.field === 'countries' && !second ? say(language, `partner i ${opWordOf(threshold.op)} ${count(threshold.value, language)} ${threshold.value === 1 ? 'land' : 'länder'}`, `partners in ${opWordOf(threshold.op)} ${count(threshold.value, language)} ${threshold.value === 1 ? 'country' : 'countries'}`)
      : second && threshold.op === 'gte' && second.op === 'lte' ? say(language, `mellan ${valueOf(threshold)} och ${valueOf(second)}`, `between ${valueOf(threshold)} and ${valueOf(second)}`)
        : second ? `${opWordOf(threshold.op)} ${valueOf(threshold)} ${say(language, 'och', 'and')} ${opWordOf(second.op)} ${valueOf(second)}`
          : `${opWordOf(threshold.op)} ${valueOf(threshold)}`;
    lines.push(say(language, `${count(output.groupCount, language)} ${output.groupBy === 'project' ? 'projekt' : dimensionWord === 'nämnd' ? 'nämnder' : dimensionWord} ${scope ? `${scope} ` : ''}har ${conditionText} (${measureWord})${yearText}:`, `${count(output.groupCount, language)} ${dimensionWord}${output.groupCount === 1 ? '' : 's'} ${scope ? `${scope} ` : ''}had ${conditionText} (${measureWord})${yearText}:`));
    for (const group of groups.slice(0, 30)) lines.push(`- ${label(group)}: ${valueText(group, sortBy, language)}`);
  } else if (plan.intent.kind === 'rank') {
    const valueText = (group: AggregateOutput['groups'][number], sort: string, lang: Language): string => valueTextOf(group, sort, lang, plan.intent.wantsShare === true);
    const top = groups[0];
    const single = plan.intent.singular && !plan.intent.limit;
    const direction = plan.intent.order === 'asc' ? say(language, 'minst', 'least') : say(language, sortBy === 'projects' ? 'flest' : 'mest', 'most');
    if (single && top) {
      const ties = groups.filter((group) => (group as unknown as Record<string, number>)[sortBy] === (top as unknown as Record<string, number>)[sortBy]);
      lines.push(say(language,
        `${joinList(ties.map(label), language)} ${sortBy === 'countries' ? `har partner i ${direction === 'minst' ? 'färst' : 'flest'} länder` : sortBy === 'partners' ? `har ${direction === 'minst' ? 'färst' : 'flest'} partnerorganisationer` : sortBy === 'projects' ? `har ${direction === 'minst' ? 'färst' : 'flest'} projekt` : sortBy === 'totalBudgetKr' ? `har ${direction === 'minst' ? 'minst' : 'störst'} total budget` : `fick ${direction} EU-medel`}${yearText}${scope ? ` ${scope}` : ''}: ${valueText(top, sortBy, language)}.`,
        `${joinList(ties.map(label), language)} ${sortBy === 'countries' ? `has partners in the ${plan.intent.order === 'asc' ? 'fewest' : 'most'} countries` : sortBy === 'partners' ? `has the ${plan.intent.order === 'asc' ? 'fewest' : 'most'} partner organisations` : sortBy === 'projects' ? `has the ${plan.intent.order === 'asc' ? 'fewest' : 'most'} projects` : sortBy === 'totalBudgetKr' ? `has the ${plan.intent.order === 'asc' ? 'smallest' : 'largest'} total budget` : `received the ${direction} EU funds`}${yearText}${scope ? ` ${scope}` : ''}: ${valueText(top, sortBy, language)}.`));
      const rest = groups.slice(ties.length, ties.length + 3);
      if (rest.length > 0) lines.push(say(language, `Därefter: ${rest.map((group) => `${label(group)} (${valueText(group, sortBy, language)})`).join(', ')}.`, `Next: ${rest.map((group) => `${label(group)} (${valueText(group, sortBy, language)})`).join(', ')}.`));
    } else {
      lines.push(say(language, `${plan.intent.limit ? `Topp ${plan.intent.limit}` : 'Rangordning'} efter ${measureWord}${yearText}${scope ? ` ${scope}` : ''}${plan.intent.order === 'asc' ? ' (minst först)' : ''}:`, `${plan.intent.limit ? `Top ${plan.intent.limit}` : 'Ranking'} by ${measureWord}${yearText}${scope ? ` ${scope}` : ''}${plan.intent.order === 'asc' ? ' (smallest first)' : ''}:`));
      groups.slice(0, 30).forEach((group, index) => lines.push(`${index + 1}. ${label(group)}: ${valueText(group, sortBy, language)}`));
    }
  } else {
    // "hur mycket fick de sammanlagt?" after a list: the total is the answer, the projects behind it follow.
    const totalAsked = output.groupBy === 'project' && output.yearTotal !== null && !only
      && /(^| )(sammanlagt|totalt|tillsammans|ihop|allt som allt|sammantaget|in total|altogether|combined|total)( |$)/.test(foldText(plan.intent.question));
    if (totalAsked) {
      lines.push(say(language,
        `Sammanlagt ${moneyWithMillions(output.total.paidKr, language)} i utbetalda EU-medel${yearText}${scope ? ` ${scope}` : ''}, ${projectsWord(output.total.projects, language)}.`,
        `In total ${moneyWithMillions(output.total.paidKr, language)} in EU funds paid${yearText}${scope ? ` ${scope}` : ''}, ${projectsWord(output.total.projects, language)}.`));
    }
    lines.push(output.groupBy === 'project'
      ? say(language, `Utbetalda EU-medel per projekt${yearText}${scope ? ` ${scope}` : ''}:`, `EU funds paid per project${yearText}${scope ? ` ${scope}` : ''}:`)
      : say(language, `${sortBy === 'projects' ? 'Antal projekt och utbetalda EU-medel' : 'Utbetalda EU-medel och antal projekt'} per ${dimensionWord}${yearText}${scope ? ` ${scope}` : ''}:`, `EU funds and projects per ${dimensionWord}${yearText}${scope ? ` ${scope}` : ''}:`));
    for (const group of groups.slice(0, 30)) {
      const paid = group.paidKr === null ? '–' : money(group.paidKr, language);
      lines.push(output.groupBy === 'project'
        ? `- ${label(group)}: ${paid}`
        : `- ${label(group)}: ${projectsWord(group.projects ?? 0, language)}, ${paid}${group.shareOfPaid !== null ? ` (${percent(group.shareOfPaid, language)})` : ''}${
          plan.intent.wantsAverage && group.averagePaidKr !== undefined && group.averagePaidKr !== null ? say(language, `, i snitt ${money(group.averagePaidKr, language)} per projekt`, `, on average ${money(group.averagePaidKr, language)} per project`) : ''}`);
    }
    // Two named nämnder (or programmes) side by side: the difference between them, in money and as a ratio.
    const [first, second] = groups;
    if (groups.length === 2 && first && second && (plan.filter.namnd?.length === 2 || output.groupBy === 'family' || output.groupBy === 'programme') && output.comparison?.first === first.key && output.comparison.paidKrDifference !== null) {
      // The ratio is the tool's (aggregate's comparison), never computed here.
      const ratio = output.comparison?.first === first.key ? output.comparison.paidKrRatio : null;
      const gap = output.comparison?.first === first.key ? output.comparison.paidKrDifference : null;
      const ratioText = ratio !== null && ratio >= 1.1 ? say(language, `, ${ratio.toFixed(1).replace('.', ',')} gånger så mycket`, `, ${ratio.toFixed(1)} times as much`) : '';
      lines.push(say(language,
        `Skillnad: ${label(first)} fick ${money(gap ?? 0, language)} mer än ${label(second)}${ratioText}; ${label(first)} ${first.projects} projekt, ${label(second)} ${second.projects} projekt.`,
        `Difference: ${label(first)} received ${money(gap ?? 0, language)} more than ${label(second)}${ratioText}; ${label(first)} ${first.projects} projects, ${label(second)} ${second.projects} projects.`));
    }
    if (output.yearTotal && output.groupBy !== 'year' && !only && !totalAsked) {
      const counted = output.groupBy === 'namnd' ? output.groupProjectsSum ?? output.total.projects : output.total.projects;
      const distinct = counted !== output.total.projects ? say(language, ` (${output.total.projects} olika projekt)`, ` (${output.total.projects} distinct projects)`) : '';
      lines.push(say(language, `Totalt ${year}: ${projectsWord(counted, language)}${distinct}, ${moneyWithMillions(output.total.paidKr, language)}.`, `Total ${year}: ${projectsWord(counted, language)}${distinct}, ${moneyWithMillions(output.total.paidKr, language)}.`));
    }
  }
  const samePaid = (group: AggregateOutput['groups'][number]): boolean => {
    const printed = group.published?.paidKr;
    if (printed === undefined || group.paidKr === null) return true;
    // "cirka 50,5 miljoner" agrees with any sum that rounds to it.
    return group.published?.approximate ? Math.round(group.paidKr / 100_000) * 100_000 === printed : printed === group.paidKr;
  };
  const differing = groups.filter((group) => group.published && (!samePaid(group) || (group.published.projects !== undefined && group.published.projects !== group.projects)));
  if (differing.length > 0) {
    lines.push(say(language, 'Skillnader mot den publicerade redovisningen:', 'Differences from the published report:'));
    for (const group of differing) {
      if (group.published?.paidKr !== undefined && !samePaid(group)) lines.push(`- ${label(group)}: ${say(language, 'rapporten', 'report')} ${money(group.published.paidKr, language)}, ${say(language, 'projektlistan', 'project list')} ${money(group.paidKr ?? 0, language)} (${signedMoney(group.publishedDifference?.paidKr ?? 0, language)})`);
      if (group.published?.projects !== undefined && group.published.projects !== group.projects) lines.push(`- ${label(group)}: ${say(language, 'rapporten', 'report')} ${projectsWord(group.published.projects, language)}, ${say(language, 'projektlistan', 'project list')} ${group.projects}`);
    }
  }
  if (output.groupBy === 'namnd' && /(^| )(inga|utan|saknar|no|without|none)( |$)/.test(normaliseQuestion(plan.intent.question).text) && !plan.filter.namnd) {
    const without = ORGANISATION.filter((namnd) => !groups.some((group) => group.key === namnd.id)).map((namnd) => namnd.namn);
    lines.unshift(say(language, `Nämnder utan EU-projekt i projektlistan${yearText}: ${joinList(without, language)}.`, `Committees without EU projects in the${yearText} project list: ${joinList(without, language)}.`));
  }
  if (plan.intent.participations && output.groupBy === 'namnd' && groups.length > 0) {
    // Each nämnd's projects summed: a project shared by several nämnder counts once per nämnd.
    const participations = output.groupProjectsSum ?? output.total.projects;
    lines.unshift(say(language,
      `Räknat en gång per nämnd blir det ${participations} deltaganden${yearText}${scope ? ` ${scope}` : ''} (${output.total.projects} olika projekt; ett projekt som flera nämnder deltar i räknas en gång per nämnd).`,
      `Counted once per committee there are ${participations} participations${yearText}${scope ? ` ${scope}` : ''} (${output.total.projects} distinct projects; a project shared by several committees counts once per committee).`));
  }
  for (const note of output.notes) if (language === 'sv') lines.push(note);
  const title = say(language, `Per ${dimensionWord}${yearText}`, `Per ${dimensionWord}${yearText}`);
  const chart = groupsChart(output, language, say(language, `Utbetalda EU-medel per ${dimensionWord}${yearText}`, `EU funds paid per ${dimensionWord}${yearText}`));
  return {
    ...empty(lines.join('\n'), year),
    tables: groups.length > 0 ? [groupsTable(output, language, title, {
      ownPartners: sortBy === 'partners' || sortBy === 'countries',
      averages: plan.intent.wantsAverage === true,
    })] : [],
    charts: chart ? [chart] : [],
    sources: output.sources,
    projectIds: output.groupBy === 'project' ? groups.map((group) => group.key) : null,
  };
}

function projectLine(project: FindProjectsOutput['projects'][number], language: Language): string {
  const units = project.forvaltningar.map((unit) => `${unit.forvaltning} (${unit.role.toLowerCase()})`).join(', ');
  return `- ${project.name}${project.acronym && project.acronym !== project.name ? ` (${project.acronym})` : ''} — ${project.programme}, ${money(project.paidKr, language)}${units ? `; ${units}` : ''}`;
}

function composeList(output: FindProjectsOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (!output.available && output.unavailable) return { ...empty(unavailableText(output.unavailable, settings), output.unavailable.year), sources: output.sources };
  const subject = filterSubject(plan.filter, language);
  const what = describeProjects(plan, language);
  const year = output.year;
  const lines: string[] = [];
  if (output.count === 0 && output.uncounted?.length) {
    return { ...empty(uncountedText(output.uncounted, year, language), year), sources: output.sources, projectIds: output.uncounted.map((project) => project.id) };
  }
  if (output.count === 0) {
    lines.push(subject
      ? say(language, `${subject} har inga ${what} i projektlistan ${year}.`, `${subject} has no ${what} in the ${year} project list.`)
      : say(language, `Det finns inga ${what} i projektlistan ${year}.`, `There are no ${what} in the ${year} project list.`));
    if (output.collaborating.length > 0) lines.push(say(language, `Samverkar (räknas inte i redovisningen): ${joinList(output.collaborating.map((project) => project.name), language)}.`, `Collaborates in (not counted): ${joinList(output.collaborating.map((project) => project.name), language)}.`));
    return { ...empty(lines.join(' '), year), sources: output.sources, projectIds: [] };
  }
  lines.push(subject
    ? say(language, `${subject} har ${projectsWord(output.count, language)} ${year} (${what}), sammanlagt ${money(output.paidKr, language)} utbetalt:`, `${subject} has ${projectsWord(output.count, language)} in ${year} (${what}), ${money(output.paidKr, language)} paid in total:`)
    : say(language, `${projectsWord(output.count, language)} ${year} (${what}), sammanlagt ${money(output.paidKr, language)} utbetalt:`, `${projectsWord(output.count, language)} in ${year} (${what}), ${money(output.paidKr, language)} paid in total:`));
  // "… med partner", "with their partners": each project's external partners on its line.
  const withPartners = /(^| )(partner|partners|partnerna|partnern|samarbetspartner\w*|partnerorganisation\w*)( |$)/.test(foldText(plan.intent.question));
  const partnersOf = (project: FindProjectsOutput['projects'][number]): string => {
    const external = [...(project.lead ? [project.lead] : []), ...project.partners].filter((partner) => !/^malm[oö] (stad|kommun)$/i.test(partner.organisation.trim()));
    if (external.length === 0) return say(language, '; inga externa partner i projektlistan', '; no external partners in the project list');
    const named = external.slice(0, 5).map((partner) => `${partner.organisation}${partner.country ? ` (${partner.country})` : ''}`).join(', ');
    return `; ${say(language, 'partner', 'partners')}: ${named}${external.length > 5 ? say(language, ` m.fl. (${external.length})`, ` and more (${external.length})`) : ''}`;
  };
  for (const project of output.projects.slice(0, 40)) lines.push(`${projectLine(project, language)}${withPartners ? partnersOf(project) : ''}`);
  if (output.projects.length > 40) lines.push(say(language, `… och ${output.projects.length - 40} till (se tabellen).`, `… and ${output.projects.length - 40} more (see the table).`));
  if (output.collaborating.length > 0) lines.push(say(language, `Samverkar dessutom utan att räknas i redovisningen: ${joinList(output.collaborating.map((project) => project.name), language)}.`, `Also collaborates (not counted): ${joinList(output.collaborating.map((project) => project.name), language)}.`));
  const table: AnswerTable = {
    title: say(language, `${what[0]?.toUpperCase()}${what.slice(1)} ${year}`, `${what} ${year}`),
    columns: [
      { key: 'name', label: say(language, 'Projekt', 'Project') }, { key: 'programme', label: say(language, 'Program', 'Programme') },
      { key: 'units', label: say(language, 'Förvaltning (roll)', 'Administration (role)') }, { key: 'period', label: say(language, 'Period', 'Period') },
      { key: 'paid', label: say(language, 'Utbetalt', 'Paid'), align: 'right' },
    ],
    rows: output.projects.map((project) => ({
      name: project.name, programme: project.programme,
      units: project.forvaltningar.map((unit) => `${unit.forvaltning} (${unit.role})`).join(', '),
      period: project.start || project.end ? `${project.start ?? '?'} – ${project.end ?? '?'}` : '', paid: money(project.paidKr, language),
    })),
  };
  return {
    ...empty(lines.join('\n'), year), tables: [table], sources: output.sources, projectIds: output.projects.map((project) => project.id),
    projectName: output.projects.length === 1 ? output.projects[0]?.name ?? null : null,
  };
}

function composePartnerOverview(output: FindProjectsOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (!output.available && output.unavailable) return { ...empty(unavailableText(output.unavailable, settings), output.unavailable.year), sources: output.sources };
  const summary = output.partnerSummary;
  if (!summary) return composeList(output, plan, settings);
  const lines: string[] = [];
  const subject = filterSubject(plan.filter, language) || say(language, 'Staden', 'The city');
  const excluded = plan.excludeCountries?.length
    ? say(language, `, utom ${joinList(plan.excludeCountries.map((code) => countryName(code, 'sv')), 'sv')}`, `, not counting ${joinList(plan.excludeCountries.map((code) => countryName(code, 'en')), 'en')}`) : '';
  if (plan.intent.partnerFocus === 'countries') {
    lines.push(say(language, `${subject} har ${output.year} partner i ${summary.countryCount} länder${excluded} (${describeProjects(plan, language)}):`, `${subject} has partners in ${summary.countryCount} countries${excluded} in ${output.year}:`));
    for (const entry of summary.countries) lines.push(`- ${countryName(entry.country, language)}: ${projectsWord(entry.projects, language)} (${entry.projectNames.slice(0, 6).join(', ')})`);
  } else {
    lines.push(say(language, `${subject} samarbetar ${output.year} med ${summary.organisationCount} externa organisationer${excluded} (${describeProjects(plan, language)}):`, `${subject} works with ${summary.organisationCount} external organisations${excluded} in ${output.year}:`));
    for (const entry of summary.organisations.slice(0, 40)) lines.push(`- ${entry.organisation}${entry.country ? ` (${entry.country})` : ''}: ${entry.projectNames.join(', ')}`);
  }
  return { ...empty(lines.join('\n'), output.year), sources: output.sources, projectIds: output.projects.map((project) => project.id) };
}

function composeCompare(output: CompareYearsOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  const lines: string[] = [];
  const what = describeProjects(plan, language);
  const subject = filterSubject(plan.filter, language);
  lines.push(say(language, `Jämförelse av ${what}${subject ? ` för ${subject}` : ''} per år:`, `Comparison of ${what}${subject ? ` for ${subject}` : ''} by year:`));
  for (const row of output.rows) {
    if (row.basis === 'missing') { lines.push(say(language, `- ${row.year}: finns inte i datan`, `- ${row.year}: not in the data`)); continue; }
    const approximate = row.basis === 'published' && row.published?.paidApproximate;
    const paid = row.paidKr === null ? '–' : `${approximate ? say(language, 'cirka ', 'about ') : ''}${moneyWithMillions(row.paidKr, language)}`;
    const basis = row.basis === 'published' ? say(language, ' (bara publicerade totaler, ingen projektlista)', ' (published totals only, no project list)') : say(language, ' (projektlistan)', ' (project list)');
    lines.push(`- ${row.year}: ${row.projects === null ? '–' : projectsWord(row.projects, language)}, ${row.namnder === null ? '–' : `${row.namnder} ${say(language, 'nämnder', 'committees')}`}, ${paid}${basis}`);
    if (row.basis === 'projects' && row.published && (row.published.projects !== row.projects || (!row.published.paidApproximate && row.published.paidKr !== row.paidKr))) {
      lines.push(say(language, `  Redovisningen ${row.year} anger ${projectsWord(row.published.projects, language)}, ${row.published.namnder} nämnder och ${row.published.paidApproximate ? 'cirka ' : ''}${moneyWithMillions(row.published.paidKr, language)}.`, `  The ${row.year} report gives ${projectsWord(row.published.projects, language)} and ${moneyWithMillions(row.published.paidKr, language)}.`));
    }
    for (const part of row.breakdown ?? []) lines.push(`  - ${part.label}: ${projectsWord(part.projects, language)}, ${money(part.paidKr, language)}`);
  }
  for (const change of output.changes) {
    const parts: string[] = [];
    const signedPercent = (fraction: number | null): string => (fraction === null ? '' : ` (${fraction >= 0 ? '+' : '−'}${percent(Math.abs(fraction), language)})`);
    if (change.projects !== null) parts.push(say(language, `${change.projects >= 0 ? '+' : '−'}${Math.abs(change.projects)} projekt${signedPercent(change.projectsPercent)}`, `${change.projects >= 0 ? '+' : '−'}${Math.abs(change.projects)} projects${signedPercent(change.projectsPercent)}`));
    if (change.paidKr !== null) parts.push(`${signedMoney(change.paidKr, language)}${signedPercent(change.paidPercent)}`);
    if (change.namnder !== null) parts.push(say(language, `${change.namnder >= 0 ? '+' : '−'}${Math.abs(change.namnder)} nämnder`, `${change.namnder >= 0 ? '+' : '−'}${Math.abs(change.namnder)} committees`));
    if (parts.length > 0) lines.push(say(language, `Förändring ${change.from}–${change.to}: ${parts.join(', ')}.`, `Change ${change.from}–${change.to}: ${parts.join(', ')}.`));
  }
  if (language === 'sv') for (const note of output.notes) lines.push(note);
  const table: AnswerTable = {
    title: say(language, 'Per år', 'By year'),
    columns: [
      { key: 'year', label: say(language, 'År', 'Year') }, { key: 'projects', label: say(language, 'Projekt', 'Projects'), align: 'right' },
      { key: 'namnder', label: say(language, 'Nämnder', 'Committees'), align: 'right' }, { key: 'paid', label: say(language, 'Utbetalt', 'Paid'), align: 'right' },
      { key: 'basis', label: say(language, 'Underlag', 'Basis') },
    ],
    rows: output.rows.map((row) => ({
      year: String(row.year), projects: row.projects === null ? '–' : String(row.projects), namnder: row.namnder === null ? '–' : String(row.namnder),
      paid: row.paidKr === null ? '–' : money(row.paidKr, language),
      basis: row.basis === 'projects' ? say(language, 'projektlista', 'project list') : row.basis === 'published' ? say(language, 'publicerade totaler', 'published totals') : say(language, 'saknas', 'missing'),
    })),
  };
  return { ...empty(lines.join('\n'), output.years.at(-1) ?? null), tables: [table], sources: output.sources };
}

function formatDate(date: string | null, language: Language): string {
  return date ?? say(language, 'okänt', 'unknown');
}

function composeDetails(output: ProjectDetailsOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  const project = output.project;
  if (!output.found || !project) {
    const closest = output.candidates.length > 0 ? say(language, ` Närmast i namn: ${joinList(output.candidates, language)}.`, ` Closest names: ${joinList(output.candidates, language)}.`) : '';
    return empty(say(language, `Jag hittar inget projekt som heter "${output.query}" i datan (projektlistan ${joinList(settings.yearInfo.withProjects.map(String), language)}).${closest}`, `I can't find a project called "${output.query}" in the data (project list ${joinList(settings.yearInfo.withProjects.map(String), language)}).${closest}`));
  }
  const lines: string[] = [];
  const name = `${project.name}${project.acronym && project.acronym !== project.name ? ` (${project.acronym})` : ''}`;
  if (plan.intent.contactFocus) {
    lines.push(project.contact
      ? say(language, `Kontaktperson för ${name} enligt projektlistan ${project.year}: ${project.contact}.`, `Contact person for ${name} in the ${project.year} project list: ${project.contact}.`)
      : say(language, `Projektlistan ${project.year} anger ingen kontaktperson för ${name}.`, `The ${project.year} project list gives no contact person for ${name}.`));
  }
  if (plan.intent.partnerFocus === 'organisations') {
    // "Vilka partner finns i X?": the partners first, the rest of the card after.
    const external = [...(project.lead ? [{ ...project.lead, lead: true }] : []), ...project.partners.map((partner) => ({ ...partner, lead: false }))]
      .filter((partner) => !/^malm[oö] (stad|kommun)$/i.test(partner.organisation.trim()));
    const list = external.map((partner) => `${partner.organisation}${partner.country ? ` (${countryName(partner.country, language)})` : ''}${partner.lead ? say(language, ', projektägare', ', lead') : ''}`);
    // The count of countries is the tool's (project_details' externalPartners), not computed here.
    const countries = project.externalPartners?.countries ?? 0;
    const inCountries = (sv: boolean): string => (countries === 0 ? '' : sv ? ` i ${countries} ${countries === 1 ? 'land' : 'länder'}` : ` in ${countries} ${countries === 1 ? 'country' : 'countries'}`);
    lines.push(list.length > 0
      ? say(language, `Partner i ${name} enligt projektlistan ${project.year} (${list.length} ${list.length === 1 ? 'extern organisation' : 'externa organisationer'}${inCountries(true)}):\n${list.map((item) => `- ${item}`).join('\n')}`, `Partners in ${name} according to the ${project.year} project list (${list.length} external organisation${list.length === 1 ? '' : 's'}${inCountries(false)}):\n${list.map((item) => `- ${item}`).join('\n')}`)
      : say(language, `Projektlistan ${project.year} anger inga externa partner för ${name}.`, `The ${project.year} project list gives no external partners for ${name}.`));
  }
  // "What's the total budget of X?", "Hur mycket fick X?": the asked figure first, then the card.
  const asked = ` ${normaliseQuestion(plan.intent.question).text} `;
  if (/ budget\w* /.test(asked)) {
    lines.push(project.totalBudgetKr !== null
      ? say(language, `Total budget för ${name}: ${money(project.totalBudgetKr, language)}${project.euRate !== null ? ` (EU-finansieringsgrad ${Math.round(project.euRate * 100)} %)` : ''}; utbetalt till staden ${project.year}: ${money(project.paidKr, language)}.`,
        `Total budget of ${name}: ${money(project.totalBudgetKr, language)}${project.euRate !== null ? ` (EU co-financing rate ${Math.round(project.euRate * 100)} %)` : ''}; paid to the city in ${project.year}: ${money(project.paidKr, language)}.`)
      : say(language, `Projektlistan ${project.year} anger ingen total budget för ${name}; utbetalt till staden ${project.year}: ${money(project.paidKr, language)}.`, `The ${project.year} project list gives no total budget for ${name}; paid to the city in ${project.year}: ${money(project.paidKr, language)}.`));
  } else if (/ (hur mycket|how much|fick|fatt|received|receive|get|got) /.test(asked) && project.forvaltningar.length > 0 && !plan.intent.contactFocus && plan.intent.partnerFocus === null) {
    lines.push(say(language, `${name} fick ${money(project.paidKr, language)} i utbetalda EU-medel ${project.year}.`, `${name} received ${money(project.paidKr, language)} in EU funds paid in ${project.year}.`));
  }
  lines.push(say(language, `${name} — ${project.programme} (programfamilj ${project.family}), redovisningsår ${project.year}.`, `${name} — ${project.programme} (${project.family} family), report year ${project.year}.`));
  if (project.description) lines.push(quote(project.description));
  if (project.forvaltningar.length > 0) {
    lines.push(say(language, 'Förvaltningar och utbetalda EU-medel:', 'Administrations and EU funds paid:'));
    for (const unit of project.forvaltningar) lines.push(`- ${unit.forvaltning} (${unit.namndName}), ${unit.role}: ${money(unit.paidKr, language)}`);
    if (project.forvaltningar.length > 1) lines.push(say(language, `Sammanlagt utbetalt ${project.year}: ${money(project.paidKr, language)}.`, `Total paid in ${project.year}: ${money(project.paidKr, language)}.`));
  } else {
    lines.push(say(language, 'Projektet räknas inte i redovisningens tabeller (bara samverkan).', 'The project is not counted in the report tables (collaboration only).'));
  }
  if (project.collaborators.length > 0) lines.push(say(language, `Samverkar också: ${joinList(project.collaborators, language)}.`, `Also collaborating: ${joinList(project.collaborators, language)}.`));
  if (project.start || project.end) lines.push(say(language, `Period: ${formatDate(project.start, language)} – ${formatDate(project.end, language)}.`, `Period: ${formatDate(project.start, language)} – ${formatDate(project.end, language)}.`));
  else lines.push(say(language, 'Projektets start- och slutdatum finns inte i datan.', 'The project\'s start and end dates are not in the data.'));
  const budget: string[] = [];
  if (project.totalBudgetKr !== null) budget.push(say(language, `total budget ${money(project.totalBudgetKr, language)}`, `total budget ${money(project.totalBudgetKr, language)}`));
  if (project.euRate !== null) budget.push(say(language, `EU-finansieringsgrad ${Math.round(project.euRate * 100)} %`, `EU co-financing rate ${Math.round(project.euRate * 100)} %`));
  if (budget.length > 0) lines.push(`${budget.join(', ').replace(/^./, (letter) => letter.toUpperCase())}.`);
  if (project.lead) lines.push(say(language, `Projektägare (lead): ${project.lead.organisation}${project.lead.country ? ` (${countryName(project.lead.country)})` : ''}.`, `Lead partner: ${project.lead.organisation}${project.lead.country ? ` (${countryName(project.lead.country, 'en')})` : ''}.`));
  if (project.partners.length > 0) lines.push(say(language, `Partner: ${project.partners.map((partner) => `${partner.organisation}${partner.country ? ` (${partner.country})` : ''}`).join(', ')}.`, `Partners: ${project.partners.map((partner) => `${partner.organisation}${partner.country ? ` (${partner.country})` : ''}`).join(', ')}.`));
  if (project.kfGoals.length > 0) lines.push(say(language, `KF-mål: ${project.kfGoals.map((goal) => `${goal} (${goalText(goal)})`).join(', ')}.`, `KF goals: ${project.kfGoals.map((goal) => `${goal} (${goalText(goal)})`).join(', ')}.`));
  if (project.contact) lines.push(say(language, `Kontaktperson: ${project.contact}.`, `Contact person: ${project.contact}.`));
  if (project.provenance.kind === 'example') lines.push(say(language, '(Exempeldata.)', '(Example data.)'));
  if (output.candidates.length > 0) lines.push(say(language, `Menade du kanske: ${joinList(output.candidates, language)}?`, `Or did you mean: ${joinList(output.candidates, language)}?`));
  return { ...empty(lines.join('\n'), project.year), tables: [projectCard(project, language)], sources: output.sources, projectIds: [project.id], projectName: project.name };
}

function composeOrganisation(output: OrganisationLookupOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  const subject = output.country ? countryName(output.country.code, language) : output.query;
  if (output.organisations.length === 0) {
    return { ...empty(say(language, `Jag hittar ingen partner som matchar "${subject}" i projektdatan.`, `I can't find any partner matching "${subject}" in the project data.`)), organisation: output.query };
  }
  const lines: string[] = [];
  const projects = new Map<string, OrganisationLookupOutput['organisations'][number]['projects'][number]>();
  for (const organisation of output.organisations) for (const project of organisation.projects) projects.set(`${project.year}:${project.id}`, project);
  const listYears = joinList(output.years.map(String), language);
  lines.push(output.country
    ? say(language, `Partner i ${subject} finns i ${projectsWord(projects.size, language)} (projektlistan ${listYears}):`, `Partners in ${subject} appear in ${projectsWord(projects.size, language)} (project list ${listYears}):`)
    : say(language, `${joinList(output.organisations.map((organisation) => organisation.organisation), language)} finns i ${projectsWord(projects.size, language)} (projektlistan ${listYears}):`, `${joinList(output.organisations.map((organisation) => organisation.organisation), language)} appears in ${projectsWord(projects.size, language)} (project list ${listYears}):`));
  for (const organisation of output.organisations) {
    for (const project of organisation.projects) {
      lines.push(`- ${project.name} (${project.programme}, ${project.year}): ${organisation.organisation}${organisation.country ? ` (${organisation.country})` : ''} ${say(language, project.partnerRole === 'lead' ? 'är projektägare' : 'är partner', project.partnerRole === 'lead' ? 'leads' : 'is a partner')}; ${say(language, 'förvaltningar', 'administrations')}: ${project.forvaltningar.join(', ') || '–'}${plan.intent.contactFocus && project.contact ? say(language, `; kontaktperson: ${project.contact}`, `; contact: ${project.contact}`) : ''}`);
    }
  }
  if (output.forvaltningar.length > 0) lines.push(say(language, `Förvaltningar som samarbetar: ${joinList(output.forvaltningar, language)}.`, `Administrations involved: ${joinList(output.forvaltningar, language)}.`));
  return { ...empty(lines.join('\n'), output.years.at(-1) ?? null), sources: output.sources, projectIds: [...projects.values()].map((project) => project.id), organisation: output.query };
}

function composePublished(output: PublishedFiguresOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (!output.available) {
    return empty(say(language, `Det finns ingen publicerad redovisning för ${output.year ?? 'det året'}. Publicerade siffror finns för ${joinList([...output.availableYears.withProjects, ...output.availableYears.publishedOnly].sort().map(String), language)}.`, `There is no published report for ${output.year ?? 'that year'}.`));
  }
  const lines: string[] = [];
  if (output.totals) lines.push(say(language, `Redovisningen ${output.year} (${output.source}): ${projectsWord(output.totals.projects, language)}, ${output.totals.namnder} nämnder, ${output.totals.paidApproximate ? 'cirka ' : ''}${moneyWithMillions(output.totals.paidKr, language)} utbetalt.`, `The ${output.year} report: ${projectsWord(output.totals.projects, language)}, ${output.totals.namnder} committees, ${moneyWithMillions(output.totals.paidKr, language)} paid.`));
  if (output.perNamnd) { lines.push(say(language, 'Per nämnd:', 'Per committee:')); for (const row of output.perNamnd) lines.push(`- ${row.namndName}: ${projectsWord(row.projects, language)}, ${money(row.paidKr, language)}`); }
  if (output.perFamily) { lines.push(say(language, 'Per program:', 'Per programme:')); for (const row of output.perFamily) lines.push(`- ${row.family}-projekt: ${money(row.paidKr, language)}`); }
  if (output.perGoal) { lines.push(say(language, 'Per KF-mål:', 'Per KF goal:')); for (const row of output.perGoal) lines.push(`- ${row.goal}. ${row.text}: ${projectsWord(row.projects, language)}`); }
  return { ...empty(lines.join('\n'), output.year), sources: output.sources };
}

function composeReconciliation(output: ReconciliationOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  const lines: string[] = [];
  // "Vilka förvaltningar saknar underlag?": the submissions first, also when none is missing.
  const aboutSubmissions = /underlag|submission/i.test(plan.intent.question);
  for (const year of output.reconciliations) {
    if (aboutSubmissions && year.hasProjectData) {
      lines.push(year.missingSubmissions.length > 0
        ? say(language, `${year.year} saknas underlag från ${joinList(year.missingSubmissions.map((missing) => missing.forvaltning), language)} (de deltar eller samverkar i EU-projekt enligt projektlistan).`, `${year.year}: no submission from ${joinList(year.missingSubmissions.map((missing) => missing.forvaltning), language)} (they take part or collaborate in EU projects according to the project list).`)
        : say(language, `${year.year} saknas inget underlag: varje förvaltning med EU-projekt i projektlistan har lämnat sitt.`, `${year.year}: no submission is missing; every department with EU projects in the project list has handed one in.`));
    }
    if (!year.hasProjectData) { lines.push(say(language, `${year.year}: bara publicerade totaler, inget att stämma av mot.`, `${year.year}: published totals only.`)); continue; }
    lines.push(say(language, `${year.year}: ${year.matched} publicerade siffror stämmer med projektlistan, ${year.differences.length} skiljer sig.`, `${year.year}: ${year.matched} published figures match the project list, ${year.differences.length} differ.`));
    for (const difference of year.publishedInternal) {
      lines.push(say(language, `- I den publicerade redovisningen: ${difference.label}: per nämnd ${money(difference.published, language)}, per program ${money(difference.computed, language)} (skillnad ${signedMoney(difference.gap, language)}).`, `- Within the published report: per committee ${money(difference.published, language)}, per programme ${money(difference.computed, language)} (difference ${signedMoney(difference.gap, language)}).`));
    }
    for (const difference of year.differences) {
      const value = (amount: number): string => (difference.unit === 'kr' ? money(amount, language) : `${amount} ${difference.unit}`);
      lines.push(`- ${difference.label}: ${say(language, 'rapporten', 'report')} ${value(difference.published)}, ${say(language, 'projektlistan', 'project list')} ${value(difference.computed)} (${difference.unit === 'kr' ? signedMoney(difference.gap, language) : `${difference.gap > 0 ? '+' : ''}${difference.gap}`})`);
    }
    if (year.missingSubmissions.length > 0 && !aboutSubmissions) lines.push(say(language, `Saknade underlag: ${year.missingSubmissions.map((missing) => missing.forvaltning).join(', ')}.`, `Missing submissions: ${year.missingSubmissions.map((missing) => missing.forvaltning).join(', ')}.`));
    if (year.submissionMismatches.length > 0) lines.push(say(language, `${year.submissionMismatches.length} avvikelser mellan underlag och projektlista.`, `${year.submissionMismatches.length} mismatches between submissions and the project list.`));
  }
  return { ...empty(lines.join('\n'), output.years.at(-1) ?? null), sources: output.sources };
}

interface SearchHit { text: string; forvaltning?: string; year?: number; section?: string; file?: string; score?: number; project?: string | null }

/** The sentences of a passage that share the most words with the question (at most `count`, in text order). */
export function bestSentences(text: string, question: string, count = 2): string[] {
  const terms = stemWords(question).filter((term) => term.length >= 3);
  const all = text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"”])/).filter((sentence) => sentence.trim() !== '');
  // The labelled lines of a project row ("Förvaltning: …", "Roll: …") say less than its description.
  const described = all.filter((sentence) => !/^(Förvaltning|Roll|Partners|Projektägare|Program|Teman):/.test(sentence.trim()));
  const sentences = described.length > 0 ? described : all;
  const scored = sentences.map((sentence, index) => {
    const words = stemWords(sentence);
    const score = terms.filter((term) => words.some((word) => word.startsWith(term) || (word.length >= 4 && term.startsWith(word)))).length;
    return { sentence, index, score };
  });
  const best = scored.filter((entry) => entry.score > 0).sort((left, right) => right.score - left.score || left.index - right.index).slice(0, count);
  const chosen = best.length > 0 ? best : scored.slice(0, 1);
  return chosen.sort((left, right) => left.index - right.index).map((entry) => entry.sentence.trim());
}

function composeSearch(output: Record<string, unknown>, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  const hits = (Array.isArray(output.passages) ? output.passages : []) as SearchHit[];
  const sources = (Array.isArray(output.sources) ? output.sources : []) as Source[];
  if (output.available === false) return composeReply({ ...plan, reply: 'search_unavailable' }, settings, null);
  if (hits.length === 0) return { ...empty(say(language, 'Jag hittar inget om det i förvaltningarnas underlag.', 'I find nothing about that in the submissions.')), sources };
  const bestScore = Math.max(...hits.map((hit) => hit.score ?? 0));
  const kept = hits.filter((hit, index) => index < 2 || (hit.score ?? 0) >= bestScore * 0.5).slice(0, 4);
  const lines = [say(language, 'Ur förvaltningarnas underlag:', 'From the submissions (in Swedish):')];
  for (const hit of kept) {
    const where = [hit.forvaltning, hit.year].filter(Boolean).join(' ');
    const heading = hit.project ? `${hit.project}` : hit.section ?? '';
    lines.push(`- ${where}${heading ? ` (${heading})` : ''}: ${quote(bestSentences(hit.text, plan.intent.question).join(' '))}`);
  }
  const usedSources = sources.filter((source) => kept.some((hit) => source.title.startsWith(`${hit.forvaltning ?? ''} ${hit.year ?? ''}`)));
  return { ...empty(lines.join('\n'), kept[0]?.year ?? null), sources: usedSources.length > 0 ? usedSources : sources };
}

interface PartnerOutput {
  topic: string;
  sources: Source[];
  years: number[];
  forvaltningar: Array<{ forvaltning: string; contact: { name: string; email: string | null } | null; projects: string[]; why: string[] }>;
  projects: Array<{ name: string; year: number; programme: string; forvaltningar: string[]; partners: Array<{ organisation: string; country: string | null }>; contact: string | null }>;
  partners: Array<{ organisation: string; country: string | null; projects: string[] }>;
}

function composePartners(output: PartnerOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (output.forvaltningar.length === 0 && output.projects.length === 0) {
    return { ...empty(say(language, `Jag hittar ingen i staden som har arbetat med "${output.topic}" i datan.`, `I find no one in the city who has worked on "${output.topic}" in the data.`)), sources: output.sources };
  }
  const dataYears = joinList(output.years.map(String), language);
  const lines: string[] = [say(language, `Erfarenhet av "${output.topic}" i staden (projektlistan och underlagen ${dataYears}):`, `Experience of "${output.topic}" in the city (project list and submissions ${dataYears}):`)];
  for (const unit of output.forvaltningar.slice(0, 5)) {
    const contact = unit.contact ? `${say(language, 'kontakt', 'contact')}: ${unit.contact.name}${unit.contact.email ? ` (${unit.contact.email})` : ''}` : '';
    lines.push(`- ${unit.forvaltning}${unit.projects.length > 0 ? ` — ${unit.projects.slice(0, 4).join(', ')}` : ''}${contact ? `; ${contact}` : ''}`);
  }
  if (output.projects.length > 0) {
    lines.push(say(language, 'Projekt:', 'Projects:'));
    for (const project of output.projects.slice(0, 5)) {
      const partners = project.partners.filter((partner) => !/^malm[oö] stad$/i.test(partner.organisation)).slice(0, 4).map((partner) => `${partner.organisation}${partner.country ? ` (${partner.country})` : ''}`);
      lines.push(`- ${project.name} (${project.programme}, ${project.year}): ${project.forvaltningar.join(', ')}${partners.length > 0 ? `; ${say(language, 'partner', 'partners')}: ${partners.join(', ')}` : ''}`);
    }
  }
  if (output.partners.length > 0) {
    lines.push(say(language, `Externa partner: ${output.partners.slice(0, 6).map((partner) => `${partner.organisation}${partner.country ? ` (${partner.country})` : ''}`).join(', ')}.`, `External partners: ${output.partners.slice(0, 6).map((partner) => `${partner.organisation}${partner.country ? ` (${partner.country})` : ''}`).join(', ')}.`));
  }
  return { ...empty(lines.join('\n'), output.years.at(-1) ?? null), sources: output.sources.slice(0, 6) };
}

function composeContacts(output: ContactPersonsOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (output.contacts.length === 0) return { ...empty(say(language, 'Jag hittar ingen kontaktperson i underlagen.', 'I find no contact person in the submissions.')), sources: output.sources };
  const lines = [say(language, `Kontaktpersoner enligt underlagen ${output.year}:`, `Contact persons in the ${output.year} submissions:`)];
  for (const contact of output.contacts) lines.push(`- ${contact.forvaltning}: ${contact.name}${contact.email ? `, ${contact.email}` : ''}`);
  return { ...empty(lines.join('\n'), output.year), sources: output.sources };
}

/** "Näst flest projekt", "tredje störst", "which programme comes after ESF?": the place is aggregate's rank. */
function composePosition(output: AggregateOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (!output.available && output.unavailable) return { ...empty(unavailableText(output.unavailable, settings), output.unavailable.year), sources: output.sources };
  const sortBy = String(plan.calls[0]?.args.sortBy ?? plan.intent.sortBy);
  const label = (group: AggregateOutput['groups'][number]): string => groupLabel(group.key, group.label, output.groupBy, language);
  const place = (group: AggregateOutput['groups'][number]): string => say(language, `plats ${group.rank} av ${output.groupCount}`, `place ${group.rank} of ${output.groupCount}`);
  const shown = (group: AggregateOutput['groups'][number]): string => `${label(group)} (${valueText(group, sortBy, language)}, ${place(group)})`;
  const byRank = (rank: number | undefined): AggregateOutput['groups'][number] | undefined => output.groups.find((group) => group.rank === rank);
  const measure = sortBy === 'projects' ? say(language, 'antal projekt', 'number of projects') : say(language, 'utbetalda EU-medel', 'EU funds paid');
  const order = plan.calls[0]?.args.order === 'asc' ? say(language, ', minst först', ', smallest first') : '';
  const heading = say(language, `Rangordnat efter ${measure} ${output.year ?? ''}${order}:`, `Ranked by ${measure} in ${output.year ?? ''}${order}:`).replace(/ :/, ':');
  const lines: string[] = [];
  if (output.afterGroup) {
    const { of, next } = output.afterGroup;
    const asked = String(plan.calls[0]?.args.after ?? '');
    if (!of) lines.push(say(language, `${asked} finns inte bland grupperna ${output.year ?? ''}.`, `${asked} is not among the groups in ${output.year ?? ''}.`));
    else if (!next) lines.push(heading, say(language, `${shown(of)} är sist; inget kommer efter.`, `${shown(of)} is last; nothing comes after it.`));
    else lines.push(heading, say(language, `Efter ${shown(of)} kommer ${shown(next)}.`, `After ${shown(of)} comes ${shown(next)}.`));
  } else {
    const asked = plan.calls[0]?.args.position;
    const group = output.atPosition;
    if (!group) lines.push(say(language, `Det finns bara ${output.groupCount} grupper ${output.year ?? ''}, så ingen på plats ${String(asked)}.`, `There are only ${output.groupCount} groups in ${output.year ?? ''}, so none in place ${String(asked)}.`));
    else {
      lines.push(heading, say(language, `På plats ${group.rank}: ${label(group)} med ${valueText(group, sortBy, language)}.`, `In place ${group.rank}: ${label(group)} with ${valueText(group, sortBy, language)}.`));
      const before = byRank((group.rank ?? 1) - 1);
      const after = byRank((group.rank ?? 0) + 1);
      if (before) lines.push(say(language, `Före: ${shown(before)}.`, `Before: ${shown(before)}.`));
      if (after) lines.push(say(language, `Efter: ${shown(after)}.`, `After: ${shown(after)}.`));
    }
  }
  if (output.groupBy === 'namnd') lines.push(say(language, 'Ett projekt som flera nämnder deltar i räknas en gång per nämnd, som i rapportens tabell.', 'A project shared by several committees counts once per committee, as in the report table.'));
  return { ...empty(lines.join('\n'), output.year), sources: output.sources };
}

/** "Får ASN mer än alla andra nämnder tillsammans?": the nämnd's figure, the others' sum and the difference. */
function composeVersusRest(output: AggregateOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  if (!output.available && output.unavailable) return { ...empty(unavailableText(output.unavailable, settings), output.unavailable.year), sources: output.sources };
  const id = plan.subject ?? '';
  const byProjects = plan.calls[0]?.args.sortBy === 'projects';
  const versus = output.focusVersusRest;
  const name = namndById(id as Parameters<typeof namndById>[0]).namn;
  if (!versus) return { ...empty(say(language, `${name} har inga projekt ${output.year}.`, `${name} has no projects in ${output.year}.`), output.year), sources: output.sources };
  const ownValue = byProjects ? versus.projects : versus.paidKr;
  const restValue = byProjects ? versus.rest.projects : versus.rest.paidKr;
  const difference = byProjects ? versus.difference.projects : versus.difference.paidKr;
  const share = byProjects ? versus.shareOfSum.projects : versus.shareOfSum.paidKr;
  const show = (amount: number): string => (byProjects ? projectsWord(amount, language) : money(amount, language));
  const year = output.year;
  const verdict = difference > 0 ? say(language, 'Ja', 'Yes') : difference < 0 ? say(language, 'Nej', 'No') : say(language, 'Lika mycket', 'Equal');
  const measure = byProjects ? say(language, 'projekt', 'projects') : say(language, 'utbetalda EU-medel', 'EU funds paid');
  const lines = [
    say(language,
      `${verdict}: ${name} fick ${show(ownValue)} ${year} (${measure}); alla andra ${versus.rest.groups} nämnder tillsammans ${show(restValue)}. Skillnaden är ${byProjects ? `${difference > 0 ? '+' : ''}${difference} projekt` : signedMoney(difference, language)}.`,
      `${verdict}: ${name} received ${show(ownValue)} in ${year} (${measure}); all other ${versus.rest.groups} committees together ${show(restValue)}. The difference is ${byProjects ? `${difference > 0 ? '+' : ''}${difference} projects` : signedMoney(difference, language)}.`),
  ];
  if (share !== null) lines.push(say(language, `${name}s andel av summan per nämnd: ${percent(share, language)}.`, `${name}'s share of the per-committee sum: ${percent(share, language)}.`));
  lines.push(say(language, 'Ett projekt som flera nämnder deltar i räknas en gång per nämnd, som i rapportens tabell.', 'A project shared by several committees counts once per committee, as in the report table.'));
  return { ...empty(lines.join(' '), year), tables: output.groups.length > 0 ? [groupsTable(output, language, say(language, `Per nämnd ${year}`, `Per committee ${year}`))] : [], sources: output.sources };
}

interface SectionOutput { year: number | null; heading: string; sections: Array<{ forvaltning: string; heading: string; text: string; ref: string }>; missing: string[]; sources: Source[] }

/** A section of the underlag as written ("Internationella nätverk"), per förvaltning, quoted with its source. */
function composeSection(output: SectionOutput, plan: Plan, settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  const year = output.year;
  if (output.sections.length === 0) {
    const who = output.missing.length > 0 ? joinList(output.missing, language) : say(language, 'förvaltningarna', 'the administrations');
    return { ...empty(say(language, `Avsnittet "${output.heading}" finns inte i underlaget från ${who}${year ? ` ${year}` : ''}.`, `The section "${output.heading}" is not in the ${year ?? ''} submission from ${who}.`), year), sources: output.sources };
  }
  const lines = [say(language, `Ur underlagen ${year}, avsnittet "${output.heading}":`, `From the ${year} submissions, section "${output.heading}" (in Swedish):`)];
  for (const section of output.sections) lines.push(`- ${section.forvaltning}: ${quote(section.text.replace(/\s+/g, ' '))}`);
  return { ...empty(lines.join('\n'), year), sources: output.sources };
}

function composeGeneric(output: Record<string, unknown>, settings: ComposeSettings): ComposedPart {
  if (typeof output.answer === 'string') return { ...empty(output.answer), sources: (output.sources as Source[]) ?? [] };
  if (typeof output.text === 'string') return { ...empty(output.text), sources: (output.sources as Source[]) ?? [] };
  return composeSearch(output, { calls: [], filter: {}, reply: null, subject: null } as unknown as Plan, settings);
}

/** Composes the answer to one planned part from its tool results. */
export function composePart(plan: Plan, calls: readonly ExecutedCall[], settings: ComposeSettings): ComposedPart {
  const { language } = settings;
  const call = calls[0];
  if (!call) return empty('');
  if (!call.result.ok) {
    const error = call.result.error;
    // The tool's own suggestions (a structured error), not its message, give the "menade du …".
    const suggestion = error.code === 'unknown_value' && error.suggestions.length > 0 ? error.suggestions.join(say(language, ' eller ', ' or ')) : null;
    return empty(suggestion ? say(language, `Jag känner inte igen det namnet. Menade du ${suggestion}?`, `I don't recognise that name. Did you mean ${suggestion}?`) : say(language, `Jag kunde inte svara: ${error.message}`, `I could not answer: ${error.message}`));
  }
  const output = call.result.output as unknown;
  switch (call.tool) {
    case 'aggregate': {
      const aggregate = output as AggregateOutput;
      if (plan.intent.kind === 'versus_rest') return composeVersusRest(aggregate, plan, settings);
      if (aggregate.atPosition !== undefined || aggregate.afterGroup !== undefined) return composePosition(aggregate, plan, settings);
      return aggregate.groupBy === 'none' ? composeAggregateTotal(aggregate, plan, settings) : composeGroups(aggregate, plan, settings);
    }
    case 'find_projects':
      return plan.intent.kind === 'partner' ? composePartnerOverview(output as FindProjectsOutput, plan, settings) : composeList(output as FindProjectsOutput, plan, settings);
    case 'compare_years': return composeCompare(output as CompareYearsOutput, plan, settings);
    case 'project_details': return composeDetails(output as ProjectDetailsOutput, plan, settings);
    case 'organisation_lookup': return composeOrganisation(output as OrganisationLookupOutput, plan, settings);
    case 'published_figures': return composePublished(output as PublishedFiguresOutput, plan, settings);
    case 'reconciliation': return composeReconciliation(output as ReconciliationOutput, plan, settings);
    // The query as sent (an English question carries its Swedish words): the sentences quoted are picked with it.
    case 'search_submissions': return composeSearch(output as Record<string, unknown>, { ...plan, intent: { ...plan.intent, question: String(call.args.query ?? plan.intent.question) } }, settings);
    case 'find_partners': return composePartners(output as PartnerOutput, plan, settings);
    case 'contact_persons': return composeContacts(output as ContactPersonsOutput, plan, settings);
    case 'submission_section': return composeSection(output as SectionOutput, plan, settings);
    default: return composeGeneric(output as Record<string, unknown>, settings);
  }
}

/** Answers that need no tool: help, out of scope, unknown nämnd, unavailable features. */
export function composeReply(plan: Plan, settings: ComposeSettings, unknownSuggestion: string | null): ComposedPart {
  const { language, examples } = settings;
  const exampleList = examples.slice(0, 3).map((example) => `- ${example}`).join('\n');
  const years = joinList(settings.years.map(String), language);
  switch (plan.reply) {
    case 'help':
      return empty(say(language,
        `Jag svarar på frågor om Malmö stads EU-projekt och internationella arbete (data för ${years}): antal projekt och utbetalda EU-medel per nämnd, förvaltning, program och KF-mål, rangordningar och gränsvärden, jämförelser mellan år, detaljer om ett projekt och vilka partner och länder staden samarbetar med. Fråga på svenska eller engelska, till exempel:\n${exampleList}`,
        `I answer questions about Malmö's EU projects and international work (data for ${years}): number of projects and EU funds paid per committee (nämnd), programme and KF goal, rankings and thresholds, comparisons between years, project details and partner organisations and countries. For example:\n${exampleList}`));
    case 'years': {
      const info = settings.yearInfo;
      // "Finns det siffror för 2019?": whether the asked year is covered, then what is.
      const asked = plan.filter.year ?? null;
      // "data från före 2023?": whether any year before it exists.
      const before = asked !== null && /(^| )(fore|before|innan|earlier than|tidigare an|prior to)( |$)/.test(normaliseQuestion(plan.intent.question).text);
      const known = [...info.withProjects, ...info.publishedOnly];
      const covered = asked !== null && (before ? known.some((year) => year < asked) : known.includes(asked));
      const lead = asked === null ? '' : covered
        ? say(language, `Ja, ${asked} finns i datan. `, `Yes, ${asked} is in the data. `)
        : before ? say(language, `Nej, det finns ingen data före ${asked}. `, `No, there is no data before ${asked}. `)
          : say(language, `Nej, det finns ingen data för ${asked}. `, `No, there is no data for ${asked}. `);
      return empty(lead + say(language,
        `Datan omfattar ${years}. Projektlista (projekt, nämnder, belopp) finns för ${joinList(info.withProjects.map(String), language) || 'inget år'}${info.publishedOnly.length > 0 ? `; för ${joinList(info.publishedOnly.map(String), language)} finns bara redovisningens publicerade totaler` : ''}. Senaste redovisningen är ${settings.latestYear ?? '–'}.`,
        `The data covers ${years}. A project list exists for ${joinList(info.withProjects.map(String), language) || 'no year'}${info.publishedOnly.length > 0 ? `; for ${joinList(info.publishedOnly.map(String), language)} only the published totals` : ''}. The latest report is ${settings.latestYear ?? '–'}.`));
    }
    case 'unknown_unit':
      return empty(say(language,
        `Jag känner inte igen nämnden eller förvaltningen "${plan.subject}".${unknownSuggestion ? ` Menade du ${unknownSuggestion}?` : ''}`,
        `I don't recognise the committee "${plan.subject}".${unknownSuggestion ? ` Did you mean ${unknownSuggestion.replace(/ eller /g, ' or ')}? (Menade du ${unknownSuggestion}?)` : ''}`));
    case 'search_unavailable':
      return empty(say(language,
        'Sökning i förvaltningarnas underlag är inte tillgänglig just nu. Jag kan svara på frågor om projekt, belopp, nämnder, program och partner.',
        'Search in the submissions is not available right now. I can answer questions about projects, amounts, committees, programmes and partners.'));
    case 'draft':
      return empty(say(language,
        `Ett utkast till "Exempel"-stycket för en förvaltning skapas med kommandot: npm run draft -- --forvaltning "${plan.subject ? namndById(plan.subject).forvaltning : 'Förvaltningens namn'}"${settings.latestYear ? ` --year ${settings.latestYear}` : ''}`,
        `A draft of the "Exempel" paragraph is made with: npm run draft -- --forvaltning "${plan.subject ? namndById(plan.subject).forvaltning : 'Name'}"`));
    case 'no_project':
      return empty(say(language, 'Vilket projekt menar du? Skriv projektets namn eller akronym.', 'Which project do you mean? Give its name or acronym.'));
    default:
      return empty(say(language,
        `Det kan jag inte svara på — jag svarar bara på frågor om Malmö stads EU-projekt och internationella arbete (data för ${years}). Prova till exempel:\n${exampleList}`,
        `I can't answer that — I can only answer questions about Malmö's EU projects and international work (data for ${years}). Try for example:\n${exampleList}`));
  }
}
