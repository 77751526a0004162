import type { AnswerChart, AnswerTable, AssistantAnswer, ToolCallRecord } from '../assistant/answer.js';
import type { ToolDeps, Source } from '../tools/tool.js';
import type { ToolResult } from '../tools/core-tools.js';
import { INTERPRETER_TOOL_NAMES, runToolOnDemand } from './tool-runner.js';
import { availableYears } from '../tools/project-query.js';
import { inCorpus, lexiconFor } from './lexicon.js';
import { normaliseQuestion } from './normalise.js';
import { foldText } from '../text/fold.js';
import { linkEntities } from './link-entities.js';
import { detectLanguage, recogniseIntent, splitQuestion } from './recognise-intent.js';
import { contactTopic, planToolCalls, searchQuery, type Plan } from './plan.js';
import { composePart, composeReply, type ComposedPart, type ExecutedCall } from './compose.js';
import { exampleQuestions } from './examples.js';
import { draftReply } from './draft-reply.js';
import { suggestFollowUps } from './suggestions.js';
import type { InterpreterContext } from './context.js';
import { money } from './format.js';
import { readFrame } from './frame/read-frame.js';
import { cascadeRuleName, type ExplainPart } from './rules/rules.js';
import { readRankPosition } from './rank-position.js';
import type { LinkedEntities } from './link-entities.js';

export interface InterpretResult {
  answer: AssistantAnswer;
  context: InterpreterContext | null;
}

/** Runs a tool the way a client would: through the registry, validating arguments. */
export type ToolRunner = (name: string, args: Record<string, unknown>, deps: ToolDeps) => Promise<ToolResult>;

export interface InterpretOptions {
  /** The tools that exist (defaults to the registry). */
  toolNames?: ReadonlySet<string>;
  runTool?: ToolRunner;
}

/** Several calls of one plan (two projects, two countries) composed one after the other. */
function mergeParts(parts: readonly ComposedPart[]): ComposedPart {
  return {
    text: parts.map((part) => part.text).join('\n\n'),
    year: parts.find((part) => part.year !== null)?.year ?? null,
    tables: parts.flatMap((part) => part.tables),
    charts: parts.flatMap((part) => part.charts),
    sources: parts.flatMap((part) => part.sources),
    projectIds: parts.flatMap((part) => part.projectIds ?? []),
    projectName: parts.length === 1 ? parts[0]?.projectName ?? null : null,
    organisation: parts[0]?.organisation ?? null,
  };
}

function dedupeSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => (seen.has(source.ref) ? false : (seen.add(source.ref), true)));
}

/** Two totals side by side (two programmes, a family and a programme): aggregate gives the difference (versus). */
async function compareTotals(totals: readonly ExecutedCall[], run: ToolRunner, deps: ToolDeps, language: 'sv' | 'en'): Promise<{ call: ToolCallRecord; text: string } | null> {
  const [left, right] = totals;
  if (!left || !right) return null;
  const name = (call: ExecutedCall): string => String(call.args.programme ?? call.args.family ?? '');
  if (!name(left) || !name(right)) return null;
  const { groupBy: _groupBy, year, ...versus } = right.args;
  const call = { tool: 'aggregate', args: { ...left.args, versus } };
  const result = await run(call.tool, call.args, deps);
  const difference = result.ok ? (result.output as unknown as { versus?: { difference: { paidKr: number } } }).versus?.difference.paidKr : undefined;
  if (difference === undefined || difference === 0 || year !== left.args.year) return null;
  const [more, less] = difference > 0 ? [name(left), name(right)] : [name(right), name(left)];
  const amount = money(Math.abs(difference), language);
  return { call, text: language === 'en' ? `Difference: ${more} received ${amount} more than ${less}.` : `Skillnad: ${more} fick ${amount} mer än ${less}.` };
}

/** The group a place is counted from ("efter ESF"): the one programme, family or nämnd named; it is no filter. */
function rankReference(entities: LinkedEntities): { groupBy: 'family' | 'programme' | 'namnd'; name: string } | null {
  const named = entities.families.length + entities.programmes.length + entities.units.length;
  if (named !== 1) return null;
  const family = entities.families[0];
  const programme = entities.programmes[0];
  const unit = entities.units[0];
  entities.families = [];
  entities.programmes = [];
  entities.units = [];
  if (family) return { groupBy: 'family', name: family };
  if (programme) return { groupBy: 'programme', name: programme };
  return unit ? { groupBy: 'namnd', name: unit.id } : null;
}

/**
 * The embedded interpreter: normalise → link entities → recognise intent → plan → run tools →
 * compose. Deterministic, no model; multi-part questions are answered part by part, sharing context.
 */
export async function interpret(question: string, previous: InterpreterContext | null, deps: ToolDeps, options: InterpretOptions = {}): Promise<InterpretResult> {
  const lexicon = lexiconFor(deps.dataset);
  const toolNames = options.toolNames ?? INTERPRETER_TOOL_NAMES;
  const run = options.runTool ?? runToolOnDemand;
  const known = (word: string): boolean => lexicon.corpusWords.has(word);
  const whole = normaliseQuestion(question, known);
  const language = detectLanguage(whole);
  const settings = {
    language, years: lexicon.years, latestYear: lexicon.latestYear, yearInfo: availableYears(deps.dataset), examples: exampleQuestions(deps.dataset, language),
  };
  let context = previous;
  const parts: ComposedPart[] = [];
  const toolCalls: ToolCallRecord[] = [];
  const explain: ExplainPart[] = [];
  for (const partText of splitQuestion(question)) {
    const normalised = normaliseQuestion(partText, known);
    const entities = linkEntities(normalised, lexicon);
    // "och året innan?", "the year before?": relative to the year the conversation is about.
    if ((entities.relativeYear === 'before' || entities.relativeYear === 'after') && context?.year) {
      const shifted = context.year + (entities.relativeYear === 'before' ? -1 : 1);
      entities.years = [...entities.years.filter((year) => year !== (lexicon.latestYear ?? 0) - 1 && year !== (lexicon.latestYear ?? 0) + 1), shifted];
    }
    // "vilka andra projekt har samma nämnd?", "hur mycket fick nämnden totalt?" after one project: that project's nämnder.
    const previousProject = context?.projectIds?.length === 1 ? deps.dataset.years.flatMap((year) => year.projects ?? []).find((project) => project.id === context?.projectIds?.[0]) : undefined;
    const meansItsUnit = /(^| )(samma (namnd|forvaltning)|namnden|forvaltningen|den (namnden|forvaltningen)|dess (namnd|forvaltning)|the same (committee|department|administration)|same (committee|department|administration)|(the|that|this|its) (committee|department|administration))( |$)/.test(normalised.text);
    if (previousProject && meansItsUnit) {
      // "that department" is the project's förvaltning, not a partner whose name ends in "Department".
      const questionWords = new Set(normalised.tokens.map((token) => token.folded));
      entities.organisations = entities.organisations.filter((name) => foldText(name).split(' ').some((word) => word.length >= 4 && !/^(committee|department|administration|council|city|office|kommun|forvaltning\w*|namnd\w*)$/.test(word) && questionWords.has(word)));
    }
    const projectsUnit = previousProject !== undefined && meansItsUnit && entities.units.length + entities.projects.length + entities.organisations.length === 0;
    if (previousProject && projectsUnit) {
      for (const namnd of new Set(previousProject.participations.map((participation) => participation.namnd))) entities.units.push({ id: namnd, refersTo: 'namnd', text: namnd });
    }
    // "och hur mycket fick nämnden totalt?" after one nämnd's filtered list: that nämnd's whole total, not the list's.
    const wholeUnit = !previousProject && meansItsUnit && context?.filter.namnd?.length === 1 && entities.units.length === 0
      && /(^| )(totalt|sammanlagt|allt som allt|in total|altogether|overall)( |$)/.test(normalised.text) ? context.filter.namnd[0] : undefined;
    if (wholeUnit) entities.units.push({ id: wholeUnit as typeof entities.units[number]['id'], refersTo: 'namnd', text: wholeUnit });
    const othersThan = previousProject && meansItsUnit && /(^| )(andra|ovriga|fler|mer|other|others|more|else)( |$)/.test(normalised.text) ? previousProject.id : null;
    const frame = readFrame(normalised, entities, language, context !== null);
    const callsBefore = toolCalls.length;
    const intent = recogniseIntent(normalised, entities, context !== null, (word) => inCorpus(lexicon, word));
    intent.language = language;
    // The project's nämnd (or a list's nämnd, for its whole total) is the new subject: the previous filter does not carry over.
    if (context && meansItsUnit) intent.followUp = !wholeUnit && !projectsUnit;
    // "what else does that committee do?": its other projects.
    if (othersThan && ['overview', 'search', 'details'].includes(intent.kind)) intent.kind = 'list';
    // "who is the contact person?" with no subject of its own, right after a project: about that project.
    const noSubjectOfItsOwn = entities.projects.length + entities.units.length + entities.programmes.length + entities.families.length + entities.organisations.length + entities.countries.length === 0;
    if (context?.projectName && context.kind === 'details' && intent.kind === 'contact' && noSubjectOfItsOwn && contactTopic(intent, entities.leftover) === null) intent.followUp = true;
    // "sortera efter antal projekt" after a table per nämnd (or programme …): the same groups, in the asked order.
    if (context && intent.followUp && intent.kind === 'rank' && (context.kind === 'breakdown' || context.kind === 'rank') && context.groupBy
      && /^(sortera|sortera om|ordna|sort|order) /.test(normalised.text)) intent.groupBy = context.groupBy;
    // "vilka är partnerna?", "who are the partners?", "i vilka länder?" right after a project: that project's partners.
    const asksItsPartners = /(^| )(partnerna|partnerorganisationerna|samarbetspartnerna|the partners|its partners|the partner organisations|vilka lander|which countries|what countries)( |$)/.test(normalised.text)
      || /^(vilka|vem|who|which|what)( \w+)? (ar|is|are) (partner|partners|partnern)( |$)/.test(normalised.text);
    if (context?.projectName && context.projectIds?.length === 1 && context.kind === 'details' && noSubjectOfItsOwn && asksItsPartners
      && !['count', 'sum', 'rank', 'threshold', 'compare'].includes(intent.kind)) {
      intent.kind = 'details';
      intent.partnerFocus = 'organisations';
      intent.contactFocus = false;
      intent.followUp = true;
      intent.explicit = true;
    }
    if (intent.followUp && context && !intent.explicit) {
      intent.kind = context.kind === 'details' && entities.projects.length === 0 && entities.units.length + entities.years.length > 0 ? 'sum' : context.kind;
      intent.groupBy = intent.groupBy ?? context.groupBy;
      intent.sortBy = context.sortBy;
      intent.order = context.order;
      intent.limit = context.limit;
      intent.measures = context.measures.length > 0 ? context.measures : intent.measures;
      intent.threshold = context.threshold;
      intent.threshold2 = context.threshold2 ?? null;
      intent.singular = context.singular;
    }
    if (intent.followUp && context) {
      const noNewSubject = entities.projects.length + entities.units.length + entities.programmes.length + entities.families.length + entities.goals.length + entities.organisations.length + entities.countries.length === 0;
      const singularReference = /(^| )(projektet|it|det|den|the project|detta projekt)( |$)/.test(normalised.text);
      if (noNewSubject && context.projectName && ['sum', 'count', 'overview', 'partner', 'list', 'details', 'contact', 'compare'].includes(intent.kind)
        && (context.kind === 'details' || singularReference)) {
        intent.kind = 'details';
        // "vem är kontaktperson?" after a project: its contact person.
        if (/(^| )(kontakt\w*|contact\w*|vem kan jag (fraga|prata med|ringa|mejla)|who (can|should) i (ask|talk to|call|email))( |$)/.test(normalised.text)) intent.contactFocus = true;
      } else if (context.kind === 'list' && !meansItsUnit && (intent.kind === 'sum' || (intent.kind === 'overview' && intent.measures.includes('sum')))) {
        intent.kind = 'breakdown';
        intent.groupBy = 'project';
        intent.measures = ['sum'];
      } else if ((context.kind === 'rank' || context.kind === 'breakdown') && noNewSubject && ['count', 'sum', 'overview'].includes(intent.kind)) {
        // "och efter antal projekt?", "and by funding?": the same ranking by another measure.
        const byProjects = intent.measures.includes('count') && !intent.measures.includes('sum');
        Object.assign(intent, {
          kind: context.kind, groupBy: context.groupBy, limit: context.limit, order: context.order, singular: context.singular,
          sortBy: byProjects ? 'projects' : 'paidKr', measures: [byProjects ? 'count' : 'sum'],
        });
      }
      // "och i CITYSHIFT?" after "Vilka partner finns i GreenFin?": the same question about another project.
      if (intent.kind === 'details' && context.kind === 'details' && context.focus && intent.partnerFocus === null && !intent.contactFocus
        && /^(och|and|what about|how about|an|samma for|same for) /.test(`${normalised.text} `) && normalised.tokens.length <= 5) {
        if (context.focus === 'partners') intent.partnerFocus = 'organisations';
        else intent.contactFocus = true;
      }
    }
    // "näst flest projekt", "tredje störst", "which programme comes after ESF?": a place in a ranking, given by aggregate.
    const place = readRankPosition(normalised.text);
    const reference = place.after ? rankReference(entities) : null;
    if (place.position !== null || reference) {
      intent.kind = 'rank';
      intent.groupBy = reference?.groupBy ?? (intent.groupBy && intent.groupBy !== 'year' ? intent.groupBy : 'namnd');
      intent.limit = null;
    }
    // A number in a name ("Klimatkontrakt 2030") is not a report year to filter the submissions on.
    if (intent.kind === 'search') entities.years = entities.years.filter((year) => lexicon.years.includes(year));
    const plan: Plan = planToolCalls(intent, entities, context, { availableTools: toolNames, hasSearch: deps.searchSubmissions !== undefined });
    if (place.position !== null || reference) {
      for (const call of plan.calls) {
        if (call.tool !== 'aggregate' || call.args.groupBy === 'none') continue;
        const { limit: _limit, ...rest } = call.args;
        call.args = { ...rest, ...(reference ? { after: reference.name } : { position: place.position }) };
      }
    }
    let part: ComposedPart;
    const drafted = plan.reply === 'draft' && plan.subject ? await draftReply(deps.dataset, plan.subject, plan.filter.year, language) : null;
    if (drafted) {
      part = drafted;
    } else if (plan.reply) {
      part = composeReply(plan, settings, entities.unknownUnits[0]?.suggestion ?? null);
    } else {
      const executed: ExecutedCall[] = [];
      // A content question about one project: its own förvaltning's submission, and only passages that mention it.
      const contentProject = intent.projectContent ? deps.dataset.years.flatMap((year) => year.projects ?? []).find((project) => project.id === intent.projectContent) : undefined;
      // "vilka andra projekt har samma nämnd?", "Vilka projekt delar MN med TN?": the tool leaves the project out, or keeps only the shared ones.
      const together = intent.shared && (plan.filter.namnd?.length ?? 0) >= 2;
      for (const call of plan.calls) {
        if (call.tool === 'find_projects' && (othersThan || together)) {
          call.args = { ...call.args, ...(othersThan ? { excludeProjectIds: [othersThan] } : {}), ...(together ? { everyNamnd: true } : {}) };
        }
        if (contentProject && call.tool === 'search_submissions') {
          const namnder = [...new Set(contentProject.participations.map((participation) => participation.namnd))];
          const label = contentProject.acronym ?? contentProject.name;
          const query = foldText(String(call.args.query)).includes(foldText(label)) ? String(call.args.query) : `${String(call.args.query)} ${label}`;
          call.args = { ...call.args, query, ...(namnder.length === 1 && !call.args.namnd ? { namnd: namnder[0] } : {}) };
        }
        toolCalls.push(call);
        let result = await run(call.tool, call.args, deps);
        if (contentProject && call.tool === 'search_submissions' && result.ok) {
          const names = [contentProject.name, contentProject.acronym, contentProject.name.split(/ [–—:-] /)[0]].filter((name): name is string => Boolean(name)).map((name) => foldText(name));
          const output = result.output as unknown as { passages?: Array<{ text: string; project?: string | null; ref?: string }>; sources?: Array<{ ref: string }> };
          const mentioning = (output.passages ?? []).filter((passage) => names.some((name) => foldText(`${passage.project ?? ''} ${passage.text}`).includes(name)));
          const refs = new Set(mentioning.map((passage) => passage.ref));
          const sources = (output.sources ?? []).filter((source) => refs.has(source.ref));
          if (mentioning.length > 0) result = { ...result, output: { ...result.output, passages: mentioning, ...(sources.length > 0 ? { sources } : {}) } as unknown as typeof result.output };
        }
        executed.push({ ...call, result });
      }
      // A list on a topic that no project text mentions: the submissions may (when a search index is there).
      const first = executed[0];
      if (first?.tool === 'find_projects' && plan.filter.text && first.result.ok && (first.result.output as { count?: number }).count === 0
        && deps.searchSubmissions && toolNames.has('search_submissions')) {
        const searchCall = { tool: 'search_submissions', args: { query: searchQuery(intent), ...(plan.filter.year ? { year: plan.filter.year } : {}) } };
        toolCalls.push(searchCall);
        executed.splice(0, executed.length, { ...searchCall, result: await run(searchCall.tool, searchCall.args, deps) });
      }
      // "Vem är kontaktperson för <projekt>?" without a contact in the project list: the förvaltningar's contact persons from their underlag.
      const details = executed[0]?.tool === 'project_details' && executed[0].result.ok ? (executed[0].result.output as { project?: { contact: string | null; forvaltningar: Array<{ namnd: string }> } | null }).project : null;
      if (intent.contactFocus && details && !details.contact && toolNames.has('contact_persons')) {
        for (const namnd of [...new Set(details.forvaltningar.map((unit) => unit.namnd))]) {
          const contactCall = { tool: 'contact_persons', args: { namnd, ...(plan.filter.year ? { year: plan.filter.year } : {}) } };
          toolCalls.push(contactCall);
          executed.push({ ...contactCall, result: await run(contactCall.tool, contactCall.args, deps) });
        }
      }
      // A contact question answered with a project list: the contact persons of every förvaltning in it.
      const listed = intent.kind === 'contact' && executed[0]?.tool === 'find_projects' && executed[0].result.ok
        ? (executed[0].result.output as { year?: number; projects?: Array<{ forvaltningar: Array<{ namnd: string }> }> }) : null;
      if (listed?.projects && toolNames.has('contact_persons')) {
        for (const namnd of [...new Set(listed.projects.flatMap((project) => project.forvaltningar.map((unit) => unit.namnd)))]) {
          const contactCall = { tool: 'contact_persons', args: { namnd, ...(listed.year ? { year: listed.year } : {}) } };
          toolCalls.push(contactCall);
          executed.push({ ...contactCall, result: await run(contactCall.tool, contactCall.args, deps) });
        }
      }
      // Several förvaltningar's contact persons: one list, and for a contact question before the projects.
      const contactCalls = executed.filter((call) => call.tool === 'contact_persons' && call.result.ok);
      const firstContact = contactCalls[0];
      if (contactCalls.length > 1 && firstContact?.result.ok) {
        const outputs = contactCalls.map((call) => (call.result.ok ? call.result.output : {}) as unknown as { contacts: unknown[]; sources: unknown[] });
        const output = { ...firstContact.result.output, contacts: outputs.flatMap((each) => each.contacts), sources: outputs.flatMap((each) => each.sources) } as unknown as typeof firstContact.result.output;
        const merged: ExecutedCall = { ...firstContact, result: { ok: true, output } };
        const others = executed.filter((call) => !contactCalls.includes(call));
        executed.splice(0, executed.length, ...(intent.kind === 'contact' ? [merged, ...others] : [...others, merged]));
      } else if (intent.kind === 'contact' && contactCalls.length === 1 && contactCalls[0] && executed[0]?.tool === 'find_projects') {
        executed.splice(0, executed.length, contactCalls[0], ...executed.filter((call) => call !== contactCalls[0]));
      }
      // One list per programme ("AMIF eller CERV"): each list is labelled with its own programme.
      const perProgramme = (call: ExecutedCall) => ((call.tool === 'find_projects' || call.tool === 'aggregate') && (call.args.programme || call.args.family) && executed.filter((other) => other.tool === call.tool).length > 1
        ? { ...plan, filter: { ...plan.filter, programme: call.args.programme as string | undefined, family: call.args.family as typeof plan.filter.family } } : plan);
      const composed = executed.map((call) => composePart(perProgramme(call), [call], settings));
      part = composed.length === 1 && composed[0] ? composed[0] : mergeParts(composed);
      // Two programmes' totals side by side ("Interreg vs Horisont Europa"): the difference, from aggregate's comparison of the two.
      const totals = executed.filter((call) => call.tool === 'aggregate' && call.args.groupBy === 'none' && call.result.ok);
      const difference = totals.length === 2 && executed.length === 2 ? await compareTotals(totals, run, deps, language) : null;
      if (difference) {
        toolCalls.push(difference.call);
        part = { ...part, text: `${part.text}\n${difference.text}` };
      }
      // "Antal projekt som avslutades under 2024?": a small filtered count names its projects too.
      const counted = intent.kind === 'count' && executed.length === 1 && first?.tool === 'aggregate' && first.result.ok && first.args.groupBy === 'none'
        ? (first.result.output as { total?: { projects: number }; source?: string }) : null;
      const { groupBy: _groupBy, sortBy: _sortBy, order: _order, limit: _limit, exclude: _exclude, ...listArgs } = first?.args ?? {};
      const narrowed = Object.keys(listArgs).some((key) => key !== 'year');
      if (counted?.total && counted.total.projects > 0 && counted.total.projects <= 15 && narrowed && toolNames.has('find_projects')) {
        const listCall = { tool: 'find_projects', args: listArgs };
        const listed = await run(listCall.tool, listCall.args, deps);
        const names = listed.ok ? ((listed.output as { projects?: Array<{ name: string; acronym: string | null }> }).projects ?? []) : [];
        if (names.length > 0 && names.length === counted.total.projects) {
          toolCalls.push(listCall);
          part = { ...part, text: `${part.text}\n${language === 'en' ? 'They are' : 'Det är'}: ${names.map((project) => project.acronym ? `${project.name} (${project.acronym})` : project.name).join('; ')}.` };
        }
      }
    }
    parts.push(part);
    explain.push({ part: partText, frame, rule: cascadeRuleName(plan.reply ? `reply:${plan.reply}` : intent.kind), toolCalls: toolCalls.slice(callsBefore), unexplained: frame.unexplained });
    if (plan.reply === null || plan.reply === 'no_project') {
      // A details question's words ("när slutar det?") are not a filter for the next question.
      const kept = intent.kind === 'details' ? { ...(context?.filter ?? {}), ...(plan.filter.year ? { year: plan.filter.year } : {}) } : plan.filter;
      context = {
        kind: intent.kind, filter: kept, groupBy: intent.groupBy, sortBy: intent.sortBy, order: intent.order, limit: intent.limit,
        measures: intent.measures, threshold: intent.threshold, threshold2: intent.threshold2 ?? null, singular: intent.singular,
        focus: intent.kind === 'details' ? (intent.partnerFocus === 'organisations' ? 'partners' : intent.contactFocus ? 'contact' : null) : null,
        year: part.year ?? plan.filter.year ?? null,
        projectName: part.projectName ?? (intent.followUp ? context?.projectName ?? null : null),
        organisation: part.organisation ?? (intent.followUp ? context?.organisation ?? null : null),
        projectIds: part.projectIds ?? (intent.followUp ? context?.projectIds ?? null : null),
      };
    }
  }
  const tables: AnswerTable[] = parts.flatMap((part) => part.tables);
  const charts: AnswerChart[] = parts.flatMap((part) => part.charts);
  const sources = dedupeSources(parts.flatMap((part) => part.sources));
  const year = parts.find((part) => part.year !== null)?.year ?? null;
  return {
    answer: {
      question, answer: parts.map((part) => part.text).filter((text) => text !== '').join('\n\n'), mode: 'embedded', year, language,
      toolCalls, sources, tables, charts, suggestions: suggestFollowUps(context, language), explain,
    },
    context,
  };
}
