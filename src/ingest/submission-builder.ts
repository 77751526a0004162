import { compactKey } from '../text/fold.js';
import { resolveUnit, suggestUnit, namndById } from '../domain/organisation.js';
import { SubmissionSchema, SECTION_HEADINGS, type Submission, type SubmissionProject, type SectionField } from '../domain/submission.js';
import type { Problem } from './problem.js';
import {
  isBlank, parseAmount, parseDate, parseGoals, parsePartner, parsePartners, parseProgramme, parseRole, type Parsed,
} from './field-parsers.js';

/** What a parser of any file kind extracts before validation. */
export interface RawSubmission {
  /** File name as the user gave it (used in messages). */
  fileName: string;
  /** Path the submission will have relative to the data folder; set by the ingester. */
  storedPath: string;
  /** Front matter / Uppgifter fields, keys as written. */
  header: Array<{ key: string; value: string; location: string }>;
  sections: Array<{ heading: string; text: string }>;
  projectTable: RawProjectTable | null;
}

export interface RawProjectTable {
  /** Where the header row is, e.g. "rad 30" or "Projekt rad 1". */
  headerLocation: string;
  headers: string[];
  rows: Array<{ location: string; cells: string[] }>;
}

export type ProjectField = keyof SubmissionProject;

/** Accepted column headers, Swedish and English, compared case- and punctuation-insensitively. */
const COLUMN_ALIASES: Record<ProjectField, string[]> = {
  name: ['Projekt', 'Projektnamn', 'Project', 'Project name', 'Namn', 'Name'],
  programme: ['Program', 'Programme', 'Program/fond', 'Fond', 'Funding programme', 'Programm'],
  role: ['Roll', 'Role', 'Malmö stads roll'],
  lead: ['Projektägare', 'Project owner', 'Lead', 'Lead partner', 'Koordinator', 'Coordinator', 'Huvudman'],
  partners: ['Partners', 'Partner', 'Projektpartners', 'Samarbetspartners', 'Partners (land)'],
  start: ['Start', 'Startdatum', 'Start date', 'Från'],
  end: ['Slut', 'Slutdatum', 'End', 'End date', 'Till'],
  totalBudgetKr: ['Total budget (kr)', 'Total budget', 'Totalbudget', 'Budget', 'Total budget (SEK)', 'Budget (kr)'],
  paidKr: ['Utbetalt under året (kr)', 'Utbetalt under året', 'Utbetalt', 'Utbetalda EU-medel', 'Paid', 'Paid this year', 'Paid this year (SEK)', 'Betalda medel'],
  kfGoals: ['KF-mål', 'KF mål', 'Kf-mål', 'KF goals', 'KF goal', 'Mål', 'Goals'],
  description: ['Beskrivning', 'Description', 'Kort beskrivning', 'Om projektet'],
};

const REQUIRED_COLUMNS: ProjectField[] = ['name', 'programme', 'role', 'paidKr'];

export type HeaderField = 'year' | 'namnd' | 'forvaltning' | 'contact' | 'email';

const HEADER_ALIASES: Record<HeaderField, string[]> = {
  year: ['år', 'ar', 'year', 'redovisningsår', 'verksamhetsår', 'reporting year'],
  namnd: ['nämnd', 'namnd', 'committee', 'board', 'nämnd/förvaltning'],
  forvaltning: ['förvaltning', 'forvaltning', 'administration', 'department', 'förvaltning/kontor'],
  contact: ['kontaktperson', 'kontakt', 'contact', 'contact person', 'kontaktperson namn', 'ansvarig'],
  email: ['e-post', 'epost', 'email', 'e-mail', 'mejl', 'e-postadress', 'mail', 'kontaktpersonens e-post'],
};

const SECTION_ALIASES: Record<SectionField, string[]> = {
  'internationellt-arbete': [SECTION_HEADINGS['internationellt-arbete'], 'Internationellt arbete', 'International work', 'International work during the year'],
  verksamhetsutveckling: [SECTION_HEADINGS.verksamhetsutveckling, 'Bidrag till verksamhetsutveckling', 'Verksamhetsutveckling', 'Contribution to service development'],
  natverk: [SECTION_HEADINGS.natverk, 'Nätverk', 'Networks', 'International networks'],
  projekt: [SECTION_HEADINGS.projekt, 'Externfinansierade projekt', 'Projekt', 'EU-projekt', 'Externally funded projects', 'Projects'],
};

function aliasLookup<K extends string>(aliases: Record<K, string[]>): Map<string, K> {
  const lookup = new Map<string, K>();
  for (const [field, spellings] of Object.entries(aliases) as Array<[K, string[]]>) {
    for (const spelling of spellings) lookup.set(compactKey(spelling), field);
  }
  return lookup;
}

const columnLookup = aliasLookup(COLUMN_ALIASES);
const headerLookup = aliasLookup(HEADER_ALIASES);
const sectionLookup = aliasLookup(SECTION_ALIASES);

/** The known field a section heading maps to, or null for other headings. */
export function sectionField(heading: string): SectionField | null {
  return sectionLookup.get(compactKey(heading)) ?? null;
}

/** The header field (år, nämnd, förvaltning, kontaktperson, e-post) a key means, or null. */
export function headerField(key: string): HeaderField | null {
  return headerLookup.get(compactKey(key)) ?? null;
}

/** The project field a column header means, or null. */
export function projectColumn(header: string): ProjectField | null {
  const exact = columnLookup.get(compactKey(header));
  if (exact) return exact;
  const withoutUnit = header.replace(/\(\s*(?:kr|sek|kronor|i kronor)\s*\)|\b(?:i kronor|kronor|kr|sek)\s*$/gi, '');
  return withoutUnit !== header ? (columnLookup.get(compactKey(withoutUnit)) ?? null) : null;
}

/** The human name of a column, for messages. */
export const COLUMN_LABELS: Record<ProjectField, string> = {
  name: 'Projekt', programme: 'Program', role: 'Roll', lead: 'Projektägare', partners: 'Partners', start: 'Start', end: 'Slut',
  totalBudgetKr: 'Total budget (kr)', paidKr: 'Utbetalt under året (kr)', kfGoals: 'KF-mål', description: 'Beskrivning',
};

/**
 * Validates what a parser extracted and builds the submission, collecting every problem
 * (never stopping at the first) so that the user can fix them all at once.
 */
export function buildSubmission(raw: RawSubmission): { submission: Submission | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (location: string | null, field: string | null, found: string | null, message: string): void => {
    problems.push({ file: raw.fileName, location, field, found, message });
  };

  const header = new Map<string, { value: string; location: string; key: string }>();
  for (const entry of raw.header) {
    const field = headerLookup.get(compactKey(entry.key));
    if (field) header.set(field, entry);
  }

  const yearEntry = header.get('year');
  let year: number | null = null;
  if (!yearEntry || isBlank(yearEntry.value)) problem('uppgifter', 'år', null, 'saknas — skriv redovisningsåret, t.ex. år: 2025');
  else if (!/^\s*\d{4}\s*$/.test(yearEntry.value)) problem(yearEntry.location, 'år', yearEntry.value, 'är inget år — skriv fyra siffror, t.ex. 2025');
  else year = Number(yearEntry.value.trim());

  const namndEntry = header.get('namnd');
  const forvaltningEntry = header.get('forvaltning');
  let namndId: string | null = null;
  const units: Array<{ entry: { value: string; location: string; key: string }; label: string }> = [];
  if (namndEntry && !isBlank(namndEntry.value)) units.push({ entry: namndEntry, label: 'nämnd' });
  if (forvaltningEntry && !isBlank(forvaltningEntry.value)) units.push({ entry: forvaltningEntry, label: 'förvaltning' });
  if (units.length === 0) problem('uppgifter', 'nämnd', null, 'saknas — skriv nämnd eller förvaltning, t.ex. nämnd: Kulturnämnden');
  for (const unit of units) {
    const resolved = resolveUnit(unit.entry.value);
    if (!resolved) {
      const suggestion = suggestUnit(unit.entry.value);
      const hint = suggestion ? ` — menade du ${unit.label === 'nämnd' ? suggestion.namn : suggestion.forvaltning}?` : '';
      problem(unit.entry.location, unit.label, unit.entry.value, `är ingen känd ${unit.label} i Malmö stad${hint}`);
    } else if (namndId && namndId !== resolved.namnd.id) {
      problem(unit.entry.location, unit.label, unit.entry.value, `hör till ${resolved.namnd.namn}, men nämnden är ${namndById(namndId).namn} — rätta den ena`);
    } else {
      namndId = resolved.namnd.id;
    }
  }

  const contactEntry = header.get('contact');
  if (!contactEntry || isBlank(contactEntry.value)) problem('uppgifter', 'kontaktperson', null, 'saknas — skriv namnet på den som kan svara på frågor om underlaget');
  const emailEntry = header.get('email');
  const email = emailEntry && !isBlank(emailEntry.value) ? emailEntry.value.trim() : null;
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) problem(emailEntry?.location ?? null, 'e-post', email, 'är ingen e-postadress — skriv t.ex. anna.andersson@malmo.se');

  const sections = raw.sections
    .filter((section) => section.heading.trim() !== '' || section.text.trim() !== '')
    .map((section) => ({ heading: section.heading.trim(), field: sectionField(section.heading), text: section.text.trim() }));

  const projects = raw.projectTable ? buildProjects(raw.projectTable, problem) : [];

  if (problems.length > 0 || year === null || namndId === null) return { submission: null, problems };
  const candidate = {
    year,
    namnd: namndId,
    forvaltning: namndById(namndId).forvaltning,
    contact: { name: contactEntry?.value.trim() ?? '', email },
    sections,
    projects,
    file: raw.storedPath,
  };
  const result = SubmissionSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) problem(null, issue.path.join('.'), null, issue.message);
    return { submission: null, problems };
  }
  return { submission: result.data, problems };
}

function buildProjects(
  table: RawProjectTable,
  problem: (location: string | null, field: string | null, found: string | null, message: string) => void,
): SubmissionProject[] {
  const columns = table.headers.map((header) => projectColumn(header));
  table.headers.forEach((header, index) => {
    if (columns[index] === null && header.trim() !== '') {
      problem(table.headerLocation, header, null, `är ingen känd kolumn — kolumnerna är: ${Object.values(COLUMN_LABELS).join(', ')}`);
    }
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) problem(table.headerLocation, COLUMN_LABELS[required], null, 'kolumnen saknas i projekttabellen');
  }
  const projects: SubmissionProject[] = [];
  const seenNames = new Map<string, string>();
  for (const row of table.rows) {
    if (row.cells.every((cell) => isBlank(cell))) continue;
    const cell = (field: ProjectField): string => {
      const index = columns.indexOf(field);
      return index >= 0 ? (row.cells[index] ?? '').trim() : '';
    };
    let rowOk = true;
    const take = <T>(field: ProjectField, parsed: Parsed<T>): T | null => {
      if (parsed.ok) return parsed.value;
      rowOk = false;
      problem(row.location, COLUMN_LABELS[field], cell(field), parsed.message);
      return null;
    };
    const optional = <T>(field: ProjectField, parse: (text: string) => Parsed<T>): T | null =>
      isBlank(cell(field)) ? null : take(field, parse(cell(field)));
    const required = <T>(field: ProjectField, parse: (text: string) => Parsed<T>, hint: string): T | null => {
      if (isBlank(cell(field))) {
        rowOk = false;
        problem(row.location, COLUMN_LABELS[field], null, `saknas — ${hint}`);
        return null;
      }
      return take(field, parse(cell(field)));
    };

    const name = required('name', (text) => ({ ok: true, value: text }), 'skriv projektets namn');
    const programme = required('programme', parseProgramme, 'skriv programmet, t.ex. ESF+ eller Interreg Södra Östersjön');
    const role = required('role', parseRole, 'skriv Projektägare eller Projektpart');
    const paidKr = required('paidKr', parseAmount, 'skriv utbetalda EU-medel under året i hela kronor (0 om inget betalats ut)');
    const lead = optional('lead', parsePartner);
    const partners = optional('partners', parsePartners) ?? [];
    const start = optional('start', parseDate);
    const end = optional('end', parseDate);
    const totalBudgetKr = optional('totalBudgetKr', parseAmount);
    const kfGoals = optional('kfGoals', parseGoals) ?? [];
    if (start && end && end < start) {
      rowOk = false;
      problem(row.location, COLUMN_LABELS.end, end, `ligger före startdatum ${start} — rätta start eller slut`);
    }
    if (paidKr !== null && totalBudgetKr !== null && paidKr > totalBudgetKr) {
      rowOk = false;
      problem(row.location, COLUMN_LABELS.paidKr, cell('paidKr'), `är mer än projektets totala budget (${cell('totalBudgetKr')}) — kontrollera beloppen`);
    }
    if (name) {
      const key = compactKey(name);
      const earlier = seenNames.get(key);
      if (earlier) {
        rowOk = false;
        problem(row.location, COLUMN_LABELS.name, name, `står redan på ${earlier} — ett projekt ska bara stå en gång per underlag`);
      } else {
        seenNames.set(key, row.location);
      }
    }
    if (rowOk && name && programme && role && paidKr !== null) {
      projects.push({ name, programme, role, lead, partners, start, end, totalBudgetKr, paidKr, kfGoals, description: cell('description') });
    }
  }
  return projects;
}
