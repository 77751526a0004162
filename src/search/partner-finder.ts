import type { Dataset } from '../domain/dataset.js';
import { forvaltningName, namndById, type NamndId } from '../domain/organisation.js';
import { programmeFamily, type ProgrammeFamily } from '../domain/programmes.js';
import type { Partner } from '../domain/project.js';
import { compactKey } from '../text/fold.js';
import { KeywordIndex } from './keyword-index.js';
import { buildPassages, indexedText, passageRef, PROJECT_SECTION, type Passage } from './passages.js';
import { SubwordLexicon, tokenize, wordTerms } from './swedish-terms.js';
import { organisationKind, type OrganisationKind } from './organisation-kind.js';
import { mentionsProject } from './project-aliases.js';
import { resolveUnit } from '../domain/organisation.js';

export interface PartnerQuery {
  topic: string;
  /** Canonical programme name ("Horisont Europa") … */
  programme?: string;
  /** … or a whole programme family ("Interreg"). */
  programmeFamily?: ProgrammeFamily;
  /** ISO country code of an external partner ("DK"). */
  country?: string;
  organisationKind?: OrganisationKind;
  year?: number;
  /** How many of each list; 10 by default. */
  limit?: number;
}

export interface ContactPerson {
  name: string;
  email: string | null;
  /** The submission the contact is given in. */
  file: string;
  year: number;
}

export interface PartnerForvaltning {
  namnd: NamndId;
  forvaltning: string;
  contact: ContactPerson | null;
  projects: string[];
  score: number;
  why: string[];
}

export interface PartnerProject {
  name: string;
  year: number;
  programme: string;
  namnder: NamndId[];
  forvaltningar: string[];
  themes: string[];
  description: string;
  partners: Array<Partner & { kind: OrganisationKind; role: 'projektägare' | 'partner' }>;
  contact: string | null;
  score: number;
  why: string[];
}

export interface ExternalPartner {
  organisation: string;
  country: string | null;
  kind: OrganisationKind;
  projects: string[];
  score: number;
  why: string[];
}

export interface PartnerResult {
  years: number[];
  sources: Array<{ title: string; ref: string }>;
  forvaltningar: PartnerForvaltning[];
  projects: PartnerProject[];
  partners: ExternalPartner[];
}

interface ProjectRecord {
  name: string;
  year: number;
  programme: string;
  namnder: Set<NamndId>;
  themes: string[];
  description: string;
  lead: Partner | null;
  partners: Partner[];
  contact: string | null;
}

interface PartnerCorpus {
  passages: Passage[];
  keyword: KeywordIndex;
  lexicon: SubwordLexicon;
  projects: Map<string, ProjectRecord>;
}

const corpusCache = new WeakMap<Dataset, Promise<PartnerCorpus>>();

const projectKey = (year: number, name: string): string => `${year}|${compactKey(name)}`;

async function buildCorpus(dataset: Dataset): Promise<PartnerCorpus> {
  const passages = await buildPassages(dataset, { chunkSize: 4000 });
  const words = new Set<string>();
  for (const passage of passages) for (const word of tokenize(indexedText(passage))) words.add(word);
  const lexicon = new SubwordLexicon(words);
  const projects = new Map<string, ProjectRecord>();
  for (const year of dataset.years) {
    for (const project of year.projects ?? []) {
      projects.set(projectKey(year.year, project.name), {
        name: project.name, year: year.year, programme: project.programme,
        namnder: new Set([...project.participations.map((participation) => participation.namnd), ...project.collaborators]),
        themes: project.themes, description: project.description, lead: project.lead, partners: project.partners, contact: project.contact,
      });
    }
    for (const submission of year.submissions) {
      for (const row of submission.projects) {
        const key = projectKey(year.year, row.name);
        const known = projects.get(key);
        if (known) {
          known.namnder.add(submission.namnd);
          if (known.description === '') known.description = row.description;
          for (const partner of [...(row.lead ? [row.lead] : []), ...row.partners]) {
            const all = [...(known.lead ? [known.lead] : []), ...known.partners];
            if (!all.some((existing) => compactKey(existing.organisation) === compactKey(partner.organisation))) known.partners.push(partner);
          }
        } else {
          projects.set(key, {
            name: row.name, year: year.year, programme: row.programme, namnder: new Set([submission.namnd]),
            themes: [], description: row.description, lead: row.lead, partners: [...row.partners], contact: null,
          });
        }
      }
    }
  }
  return { passages, keyword: new KeywordIndex(passages, lexicon), lexicon, projects };
}

function corpusOf(dataset: Dataset): Promise<PartnerCorpus> {
  let corpus = corpusCache.get(dataset);
  if (!corpus) {
    corpus = buildCorpus(dataset);
    corpusCache.set(dataset, corpus);
  }
  return corpus;
}

/** The words of the topic that a text contains (compared by stem and compound part). */
function matchedWords(topic: string, text: string, lexicon: SubwordLexicon): string[] {
  const textTerms = new Set(tokenize(text).flatMap((word) => wordTerms(word, lexicon)));
  return tokenize(topic).filter((word) => {
    const terms = wordTerms(word, lexicon);
    return terms.length > 0 && terms.some((term) => textTerms.has(term) || [...textTerms].some((candidate) => term.length >= 4 && candidate.startsWith(term)));
  });
}

function latestContact(dataset: Dataset, namnd: NamndId, year: number | undefined): ContactPerson | null {
  const years = [...dataset.years].reverse().filter((candidate) => year === undefined || candidate.year === year);
  for (const candidate of years) {
    const submission = candidate.submissions.find((entry) => entry.namnd === namnd);
    if (submission) return { name: submission.contact.name, email: submission.contact.email, file: submission.file, year: submission.year };
  }
  return null;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Who in the city has worked with a topic: the förvaltningar (with the contact person their
 * submission gives), the projects, and the external partners, each ranked by relevance and with
 * the reasons it matched. Relevance is BM25-style keyword ranking over the submissions and project
 * rows (Swedish stems, compound parts, typo tolerance); programme, country and kind of
 * organisation narrow the projects and partners.
 */
export async function findPartners(dataset: Dataset, query: PartnerQuery): Promise<PartnerResult> {
  const corpus = await corpusOf(dataset);
  const limit = query.limit ?? 10;
  const inYear = (passage: Passage): boolean => query.year === undefined || passage.year === query.year;
  const hits = corpus.keyword.query(query.topic, 200, inYear);
  const best = Math.max(1e-9, ...hits.map((hit) => hit.score));
  const byId = new Map(corpus.passages.map((passage) => [passage.id, passage]));

  const projectFilter = (record: ProjectRecord): boolean => {
    if (query.programme && record.programme !== query.programme) return false;
    if (query.programmeFamily && programmeFamily(record.programme) !== query.programmeFamily) return false;
    const partners = [...(record.lead ? [record.lead] : []), ...record.partners];
    if (query.country && !partners.some((partner) => partner.country === query.country)) return false;
    if (query.organisationKind && !partners.some((partner) => organisationKind(partner.organisation) === query.organisationKind)) return false;
    return true;
  };
  const narrowed = Boolean(query.programme || query.programmeFamily || query.country || query.organisationKind);

  const projectScores = new Map<string, { score: number; why: Set<string>; passages: Set<Passage> }>();
  const addProject = (key: string, score: number, why: string, passage: Passage): void => {
    const entry = projectScores.get(key) ?? { score: 0, why: new Set<string>(), passages: new Set<Passage>() };
    entry.score += score;
    entry.why.add(why);
    entry.passages.add(passage);
    projectScores.set(key, entry);
  };
  const sectionScores = new Map<NamndId, { score: number; why: Set<string>; passages: Set<Passage> }>();

  for (const hit of hits) {
    const passage = byId.get(hit.id);
    if (!passage) continue;
    const score = hit.score / best;
    const words = matchedWords(query.topic, passage.text, corpus.lexicon);
    const wordsText = words.length > 0 ? `"${words.join('", "')}"` : 'ämnet';
    if (passage.kind === 'project' && passage.project) {
      addProject(projectKey(passage.year, passage.project), score, `projektraden nämner ${wordsText}`, passage);
      continue;
    }
    // A project gets credit from free text only where one sentence names both the project and the topic.
    const sentences = passage.text.split(/(?<=[.!?])\s+/);
    for (const record of corpus.projects.values()) {
      if (record.year !== passage.year || !record.namnder.has(passage.namnd)) continue;
      const sentence = sentences.find((candidate) => mentionsProject(candidate, record.name) && matchedWords(query.topic, candidate, corpus.lexicon).length > 0);
      if (sentence) {
        const sentenceWords = matchedWords(query.topic, sentence, corpus.lexicon);
        addProject(projectKey(record.year, record.name), score * 0.5, `${passage.forvaltning}s underlag ${passage.year} (${passage.section}) nämner projektet och "${sentenceWords.join('", "')}" i samma mening`, passage);
      }
    }
    const entry = sectionScores.get(passage.namnd) ?? { score: 0, why: new Set<string>(), passages: new Set<Passage>() };
    entry.score += score;
    entry.why.add(`underlaget ${passage.year}, "${passage.section}", nämner ${wordsText}`);
    entry.passages.add(passage);
    sectionScores.set(passage.namnd, entry);
  }

  const projects: PartnerProject[] = [];
  const usedPassages = new Set<Passage>();
  for (const [key, entry] of projectScores) {
    const record = corpus.projects.get(key);
    if (!record || !projectFilter(record)) continue;
    for (const passage of entry.passages) usedPassages.add(passage);
    const partners = [
      ...(record.lead ? [{ ...record.lead, kind: organisationKind(record.lead.organisation), role: 'projektägare' as const }] : []),
      ...record.partners.map((partner) => ({ ...partner, kind: organisationKind(partner.organisation), role: 'partner' as const })),
    ];
    const why = [...entry.why];
    if (query.programme || query.programmeFamily) why.push(`program: ${record.programme}`);
    if (query.country) why.push(`har partner i ${query.country}`);
    if (query.organisationKind) why.push(`har partner av typen ${query.organisationKind}`);
    projects.push({
      name: record.name, year: record.year, programme: record.programme,
      namnder: [...record.namnder],
      forvaltningar: [...record.namnder].map((namnd) => forvaltningName(namnd)),
      themes: record.themes, description: record.description, partners, contact: record.contact, score: entry.score, why,
    });
  }
  projects.sort((left, right) => right.score - left.score || right.year - left.year);

  const forvaltningScores = new Map<NamndId, { score: number; why: Set<string>; projects: Set<string> }>();
  for (const project of projects) {
    for (const namnd of project.namnder) {
      const entry = forvaltningScores.get(namnd) ?? { score: 0, why: new Set<string>(), projects: new Set<string>() };
      entry.score += project.score;
      entry.projects.add(project.name);
      entry.why.add(`deltar i ${project.name} (${project.programme}, ${project.year})`);
      forvaltningScores.set(namnd, entry);
    }
  }
  if (!narrowed) {
    for (const [namnd, section] of sectionScores) {
      const entry = forvaltningScores.get(namnd) ?? { score: 0, why: new Set<string>(), projects: new Set<string>() };
      entry.score += section.score;
      for (const reason of section.why) entry.why.add(reason);
      for (const passage of section.passages) usedPassages.add(passage);
      forvaltningScores.set(namnd, entry);
    }
  }
  const forvaltningar: PartnerForvaltning[] = [...forvaltningScores.entries()]
    .map(([namnd, entry]) => ({
      namnd, forvaltning: namndById(namnd).forvaltning, contact: latestContact(dataset, namnd, query.year),
      projects: [...entry.projects], score: entry.score, why: [...entry.why],
    }))
    .sort((left, right) => right.score - left.score);

  const partnerScores = new Map<string, ExternalPartner>();
  for (const project of projects) {
    for (const partner of project.partners) {
      if (isTheCity(partner.organisation)) continue;
      if (query.country && partner.country !== query.country) continue;
      if (query.organisationKind && partner.kind !== query.organisationKind) continue;
      const key = compactKey(partner.organisation);
      const entry = partnerScores.get(key) ?? { organisation: partner.organisation, country: partner.country, kind: partner.kind, projects: [], score: 0, why: [] };
      entry.score += project.score;
      if (!entry.projects.includes(project.name)) entry.projects.push(project.name);
      entry.why.push(`${partner.role} i ${project.name} (${project.programme}, ${project.year}) med ${project.forvaltningar.join(', ')}`);
      partnerScores.set(key, entry);
    }
  }
  const partners = [...partnerScores.values()].sort((left, right) => right.score - left.score || left.organisation.localeCompare(right.organisation, 'sv'));

  const normalise = <T extends { score: number }>(list: T[]): T[] => {
    const top = Math.max(1e-9, ...list.map((item) => item.score));
    return list.slice(0, limit).map((item) => ({ ...item, score: round(item.score / top) }));
  };
  const sources = [...usedPassages]
    .sort((left, right) => left.id.localeCompare(right.id))
    .map((passage) => ({ title: `${passage.forvaltning} ${passage.year}, ${passage.kind === 'project' ? `${PROJECT_SECTION}: ${passage.project}` : passage.section}`, ref: passageRef(passage) }));
  const years = [...new Set([...usedPassages].map((passage) => passage.year))].sort();
  return { years, sources: dedupeSources(sources), forvaltningar: normalise(forvaltningar), projects: normalise(projects), partners: normalise(partners) };
}

/** Malmö stad itself, or one of its nämnder or förvaltningar: not an external partner. */
function isTheCity(organisation: string): boolean {
  const key = compactKey(organisation);
  return key === 'malmostad' || key === 'malmokommun' || key === 'cityofmalmo' || resolveUnit(organisation) !== null;
}

function dedupeSources(sources: Array<{ title: string; ref: string }>): Array<{ title: string; ref: string }> {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.ref) && seen.add(source.ref) !== undefined);
}
