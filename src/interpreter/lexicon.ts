import type { Dataset } from '../domain/dataset.js';
import { compactKey, foldText } from '../text/fold.js';
import { organisationWords } from '../text/organisation-name.js';
import { BoundedCache } from '../util/bounded-cache.js';

/** A project name as the interpreter looks it up. */
export interface LexiconProject {
  id: string;
  name: string;
  acronym: string | null;
  /** Compact keys of the name and the acronym. */
  nameKey: string;
  acronymKey: string | null;
  /** Folded words of the name. */
  words: string[];
  years: number[];
}

export interface LexiconOrganisation {
  name: string;
  country: string | null;
  key: string;
  words: string[];
  /** Canonical words across languages and inflection ("Københavns Kommune" → kopenhamn, kommun). */
  canonical: string[];
}

/**
 * Everything the interpreter knows about names, built from the loaded data: projects, acronyms,
 * external organisations and their countries, and the years. Nothing here is written by hand, so a
 * project or partner added by ingesting a submission is understood at once.
 */
export interface Lexicon {
  projects: LexiconProject[];
  projectByKey: Map<string, LexiconProject>;
  /** How many project names each folded word occurs in. */
  projectWordFrequency: Map<string, number>;
  longestProjectName: number;
  organisations: LexiconOrganisation[];
  organisationByKey: Map<string, LexiconOrganisation>;
  /** How many organisation names each folded word occurs in. */
  organisationWordFrequency: Map<string, number>;
  countries: Set<string>;
  /** Every year in the data, ascending. */
  years: number[];
  /** The latest report year: the newest year with any data (not the calendar year). */
  latestYear: number | null;
  latestProjectYear: number | null;
  /** Every folded word of the submissions' texts, project names, descriptions and themes: what the data talks about. */
  corpusWords: Set<string>;
  /** Fuzzy look-ups already made against this data's names (entity linking asks the same spans again and again). */
  remembered: {
    /** "length|key" of a span → the project whose name it misspells, or null. */
    projectTypos: BoundedCache<string, LexiconProject | null>;
    /** A word and how it was written → the organisations it names. */
    organisationWords: BoundedCache<string, LexiconOrganisation[]>;
    /** The words a name starts with → the projects whose names start so. */
    projectPrefixes: BoundedCache<string, LexiconProject[]>;
  };
}

/** Whether the data talks about a word: the word itself, or a longer word starting with its stem ("japan" → "japanska"). */
export function inCorpus(lexicon: Lexicon, word: string): boolean {
  if (lexicon.corpusWords.has(word)) return true;
  if (word.length < 5) return false;
  const stem = word.slice(0, Math.max(5, word.length - 2));
  // An inflection, not a longer word: "japan" → "japanska", but "parti" is not "partiklar".
  for (const candidate of lexicon.corpusWords) if (candidate.startsWith(stem) && candidate.length - word.length <= 3) return true;
  return false;
}

const cache = new WeakMap<Dataset, Lexicon>();

/** The city itself appears as "Malmö stad" among project owners and partners; it is not an external organisation. */
const isTheCity = (organisation: string): boolean => /^malm[oö] (stad|kommun)$|^city of malm[oö]$/i.test(organisation.trim());

export function lexiconFor(dataset: Dataset): Lexicon {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const projects = new Map<string, LexiconProject>();
  const corpusWords = new Set<string>();
  const addWords = (text: string): void => { for (const word of foldText(text).split(' ')) if (word.length >= 3) corpusWords.add(word); };
  const organisations = new Map<string, LexiconOrganisation>();
  const countries = new Set<string>();
  for (const year of dataset.years) {
    for (const project of year.projects ?? []) {
      addWords([project.name, project.acronym ?? '', project.description, ...project.themes].join(' '));
      const existing = projects.get(project.id);
      if (existing) {
        existing.years.push(year.year);
      } else {
        projects.set(project.id, {
          id: project.id, name: project.name, acronym: project.acronym,
          nameKey: compactKey(project.name), acronymKey: project.acronym ? compactKey(project.acronym) : null,
          words: foldText(project.name).split(' '), years: [year.year],
        });
      }
      for (const partner of [...(project.lead ? [project.lead] : []), ...project.partners]) {
        if (isTheCity(partner.organisation)) continue;
        const key = compactKey(partner.organisation);
        if (!organisations.has(key)) organisations.set(key, { name: partner.organisation, country: partner.country, key, words: foldText(partner.organisation).split(' '), canonical: organisationWords(partner.organisation) });
        if (partner.country) countries.add(partner.country);
      }
    }
    for (const submission of year.submissions) {
      for (const section of submission.sections) addWords(section.text);
      for (const row of submission.projects) {
        addWords(`${row.name} ${row.description}`);
        for (const partner of [...(row.lead ? [row.lead] : []), ...row.partners]) {
          if (isTheCity(partner.organisation)) continue;
          const key = compactKey(partner.organisation);
          if (!organisations.has(key)) organisations.set(key, { name: partner.organisation, country: partner.country, key, words: foldText(partner.organisation).split(' '), canonical: organisationWords(partner.organisation) });
          if (partner.country) countries.add(partner.country);
        }
      }
    }
  }
  const projectByKey = new Map<string, LexiconProject>();
  const projectWordFrequency = new Map<string, number>();
  for (const project of projects.values()) {
    projectByKey.set(project.nameKey, project);
    if (project.acronymKey && !projectByKey.has(project.acronymKey)) projectByKey.set(project.acronymKey, project);
    for (const word of new Set(project.words)) projectWordFrequency.set(word, (projectWordFrequency.get(word) ?? 0) + 1);
  }
  const organisationWordFrequency = new Map<string, number>();
  for (const organisation of organisations.values()) {
    for (const word of new Set(organisation.words)) organisationWordFrequency.set(word, (organisationWordFrequency.get(word) ?? 0) + 1);
  }
  const years = dataset.years.map((year) => year.year).sort((left, right) => left - right);
  const lexicon: Lexicon = {
    projects: [...projects.values()], projectByKey, projectWordFrequency,
    longestProjectName: Math.max(1, ...[...projects.values()].map((project) => project.words.length)),
    organisations: [...organisations.values()], organisationByKey: organisations, organisationWordFrequency, countries,
    years, latestYear: years.at(-1) ?? null,
    latestProjectYear: [...dataset.years].reverse().find((year) => year.projects !== null)?.year ?? null,
    corpusWords,
    remembered: { projectTypos: new BoundedCache(20_000), organisationWords: new BoundedCache(20_000), projectPrefixes: new BoundedCache(20_000) },
  };
  cache.set(dataset, lexicon);
  return lexicon;
}
