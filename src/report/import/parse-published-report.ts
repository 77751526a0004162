import { KF_GOALS } from '../../domain/goals.js';
import { ORGANISATION, type NamndId } from '../../domain/organisation.js';
import { PROGRAMME_FAMILIES, type ProgrammeFamily } from '../../domain/programmes.js';
import type { PublishedReport } from '../../domain/published.js';
import { foldText } from '../../text/fold.js';

/** Something in the report text that could not be read, with the line it is on (1-based) when known. */
export interface ImportProblem {
  line: number | null;
  message: string;
}

export interface ParsedReport {
  report: PublishedReport;
  /** The previous year's totals as the report quotes them. */
  previous: PublishedReport | null;
}

const WORD_NUMBERS: Record<string, number> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15,
};

/** "9", "nio" → 9; null when neither. */
function countOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return WORD_NUMBERS[text.toLowerCase()] ?? null;
}

/** "25 660 000" → 25660000; null when not whole kronor in digit groups. */
function kronorOf(text: string): number | null {
  const compact = text.trim();
  return /^\d{1,3}(?:[ \u00a0]\d{3})*$|^\d+$/.test(compact) ? Number(compact.replace(/[ \u00a0]/g, '')) : null;
}

interface Lines { lines: string[]; find(pattern: RegExp, from?: number): number }

function linesOf(text: string): Lines {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[\u00a0\t]/g, ' ').trim());
  return { lines, find: (pattern, from = 0) => lines.findIndex((line, index) => index >= from && pattern.test(line)) };
}

/** The running text from a line on, with line breaks as spaces, and where each line starts in it. */
function joinedFrom(lines: readonly string[]): { text: string; lineAt(offset: number): number } {
  const starts: number[] = [];
  let text = '';
  for (const line of lines) {
    starts.push(text.length);
    // Empty lines (paragraph breaks in Word's text) add nothing: a sentence may run across them.
    if (line !== '') text += `${line.replace(/\s+/g, ' ')} `;
  }
  return { text, lineAt: (offset) => starts.findLastIndex((start) => start <= offset) + 1 };
}

const NAMND_KEYS = ORGANISATION.map((namnd) => ({ id: namnd.id, key: foldText(namnd.namn) }));

/** The nämnd a table row starts with ("Tekniska nämnden 4 projekt …"), by its full name. */
function namndAtStart(line: string): { id: NamndId; rest: string } | null {
  const folded = foldText(line);
  const match = NAMND_KEYS.filter((entry) => folded.startsWith(`${entry.key} `) || folded === entry.key).sort((left, right) => right.key.length - left.key.length)[0];
  if (!match) return null;
  const words = match.key.split(' ').length;
  return { id: match.id, rest: line.split(/\s+/).slice(words).join(' ') };
}

type Sentences = Pick<PublishedReport, 'totals'> & { previous: PublishedReport['totals'] & { year: number } };

/** The three figure sentences: projects, nämnder and paid funds, this year and the year before. */
function readTotals(joined: ReturnType<typeof joinedFrom>, year: number, problems: ImportProblem[]): Sentences | null {
  const projects = /antalet EU-projekt (\d+),[^.]*?(\d{4}) då motsvarande siffra var (\d+) projekt/i.exec(joined.text);
  const namnder = /Under (\d{4}) har (\S+) av stadens nämnder deltagit i EU-projekt jämfört med (\d{4}) då (\S+) nämnder/i.exec(joined.text);
  const paid = /betalades under (\d{4}) cirka (\S+) miljoner kronor[^.]*?för (\d{4}) var cirka (\S+) miljoner kronor/i.exec(joined.text);
  if (!projects) problems.push({ line: null, message: 'meningen om antalet EU-projekt ("Under ÅÅÅÅ var antalet EU-projekt N, … då motsvarande siffra var M projekt") hittas inte' });
  if (!namnder) problems.push({ line: null, message: 'meningen om antalet nämnder ("Under ÅÅÅÅ har N av stadens nämnder deltagit i EU-projekt jämfört med …") hittas inte' });
  if (!paid) problems.push({ line: null, message: 'meningen om utbetalda medel ("Sammanlagt betalades under ÅÅÅÅ cirka X miljoner kronor …") hittas inte' });
  if (!projects || !namnder || !paid) return null;
  const count = (text: string | undefined, at: number, what: string): number => {
    const value = countOf(text ?? '');
    if (value === null) problems.push({ line: joined.lineAt(at), message: `${what} "${text}" går inte att läsa som ett antal` });
    return value ?? 0;
  };
  const amount = (text: string | undefined, at: number, what: string): number => {
    const value = /^\d+(?:,\d+)?$/.test(text ?? '') ? Math.round(Number((text ?? '').replace(',', '.')) * 1_000_000) : null;
    if (value === null) problems.push({ line: joined.lineAt(at), message: `${what} "${text}" går inte att läsa som miljoner kronor (t.ex. 50,5)` });
    return value ?? 0;
  };
  const previousYear = Number(projects[2]);
  for (const [match, found] of [[namnder, namnder[1]], [paid, paid[1]]] as const) {
    if (Number(found) !== year) problems.push({ line: joined.lineAt(match.index), message: `meningen gäller ${found}, men --year är ${year}` });
  }
  if (Number(namnder[3]) !== previousYear || Number(paid[3]) !== previousYear) problems.push({ line: joined.lineAt(namnder.index), message: `jämförelseåret skiljer mellan meningarna (${previousYear}, ${namnder[3]}, ${paid[3]})` });
  return {
    totals: {
      projects: count(projects[1], projects.index, 'antalet projekt'), namnder: count(namnder[2], namnder.index, 'antalet nämnder'),
      paidKr: amount(paid[2], paid.index, 'beloppet'), paidApproximate: true,
    },
    previous: {
      year: previousYear, projects: count(projects[3], projects.index, 'fjolårets antal projekt'), namnder: count(namnder[4], namnder.index, 'fjolårets antal nämnder'),
      paidKr: amount(paid[4], paid.index, 'fjolårets belopp'), paidApproximate: true,
    },
  };
}

/** The section between a heading line and the next one of `endings` (or the end). */
function section(lines: Lines, heading: RegExp, endings: RegExp[], name: string, problems: ImportProblem[]): { start: number; end: number } | null {
  const start = lines.find(heading);
  if (start < 0) {
    problems.push({ line: null, message: `avsnittet "${name}" hittas inte` });
    return null;
  }
  const ends = endings.map((ending) => lines.find(ending, start + 1)).filter((index) => index > start);
  return { start, end: ends.length > 0 ? Math.min(...ends) : lines.lines.length };
}

function readGoals(lines: Lines, problems: ImportProblem[]): PublishedReport['perGoal'] {
  const range = section(lines, /^Projekt fördelat på kommunfullmäktigemål/i, [/^Antalet EU-projekt hos nämnderna/i], 'Projekt fördelat på kommunfullmäktigemål', problems);
  if (!range) return null;
  const rows: Array<{ goal: number; projects: number }> = [];
  for (let index = range.start + 1; index < range.end; index++) {
    const line = lines.lines[index] ?? '';
    const start = /^([1-9])\.\s+\S/.exec(line);
    if (!start) continue;
    const row = /^([1-5])\.\s+.+?\s+(\d+)\s+projekt\.?$/.exec(line);
    if (!row) problems.push({ line: index + 1, message: `raden för KF-mål ${start[1]} går inte att läsa (väntat: "${start[1]}. <mål> N projekt"): "${line}"` });
    else rows.push({ goal: Number(row[1]), projects: Number(row[2]) });
  }
  for (const goal of KF_GOALS) {
    if (!rows.some((row) => row.goal === goal.number) && !problems.some((problem) => problem.message.includes(`KF-mål ${goal.number} `))) {
      problems.push({ line: range.start + 1, message: `tabellen över kommunfullmäktigemål saknar mål ${goal.number} (${goal.text})` });
    }
  }
  return rows.sort((left, right) => left.goal - right.goal);
}

function readNamnder(lines: Lines, expected: number | null, problems: ImportProblem[]): PublishedReport['perNamnd'] {
  const range = section(lines, /^Antalet EU-projekt hos nämnderna/i, [/^Betalda medel \d{4} fördelat på program/i], 'Antalet EU-projekt hos nämnderna samt betalda EU-medel', problems);
  if (!range) return null;
  const rows: Array<{ namnd: NamndId; projects: number; paidKr: number }> = [];
  for (let index = range.start + 1; index < range.end; index++) {
    const line = lines.lines[index] ?? '';
    const namnd = namndAtStart(line);
    if (!namnd) continue;
    const row = /^(\d+)\s+projekt\s+(.+?)(?:\s+kronor)?\.?$/.exec(namnd.rest);
    const paid = row ? kronorOf(row[2] ?? '') : null;
    if (!row || paid === null) {
      problems.push({ line: index + 1, message: `raden går inte att läsa (väntat: "<nämnd> N projekt BELOPP kronor"): "${line}"` });
      continue;
    }
    rows.push({ namnd: namnd.id, projects: Number(row[1]), paidKr: paid });
  }
  if (expected !== null && rows.length + problems.filter((problem) => problem.line !== null && problem.line > range.start && problem.line <= range.end).length !== expected) {
    problems.push({ line: range.start + 1, message: `tabellen per nämnd har ${rows.length} rader, men texten säger att ${expected} nämnder deltog — saknas en rad?` });
  }
  return rows;
}

function readFamilies(lines: Lines, problems: ImportProblem[]): PublishedReport['perFamily'] {
  const range = section(lines, /^Betalda medel \d{4} fördelat på program/i, [/^Nedan följer/i, /^Exempel från förvaltningarnas/i], 'Betalda medel fördelat på program', problems);
  if (!range) return null;
  const rows: Array<{ family: ProgrammeFamily; paidKr: number }> = [];
  for (let index = range.start + 1; index < range.end; index++) {
    const line = lines.lines[index] ?? '';
    const family = PROGRAMME_FAMILIES.find((candidate) => new RegExp(`^${candidate}[- ]projekt\\b`, 'i').test(line));
    if (!family) continue;
    const amount = /^\S+[- ]projekt\s+(.+?)\s+kronor\.?$/i.exec(line);
    const paid = amount ? kronorOf(amount[1] ?? '') : null;
    if (paid === null) problems.push({ line: index + 1, message: `beloppet för ${family}-projekt går inte att läsa (väntat: "${family}-projekt BELOPP kronor"): "${line}"` });
    else rows.push({ family, paidKr: paid });
  }
  for (const family of PROGRAMME_FAMILIES) {
    if (!rows.some((row) => row.family === family) && !problems.some((problem) => problem.message.includes(`${family}-projekt går`))) {
      problems.push({ line: range.start + 1, message: `tabellen per program saknar raden för ${family === 'Övriga' ? 'Övriga projekt' : `${family}-projekt`}` });
    }
  }
  return rows;
}

/** "Redovisning av internationellt arbete 2024, tjänsteskrivelse KSAU 2025-04-28 (STK-2024-820)", from what the text names. */
function sourceOf(lines: Lines, joined: string, year: number): string {
  const ksau = /Kommunstyrelsens arbetsutskott (\d{4}-\d{2}-\d{2})/.exec(joined)?.[1];
  const diarienummer = /\((STK-\d{4}-\d+)\)/.exec(joined)?.[1];
  const title = lines.lines.find((line) => new RegExp(`^•?\\s*Redovisning av internationellt arbete ${year}$`).test(line))?.replace(/^•\s*/, '') ?? `Redovisning av internationellt arbete ${year}`;
  return `${title}${ksau ? `, tjänsteskrivelse KSAU ${ksau}` : ''}${diarienummer ? ` (${diarienummer})` : ''}`;
}

/**
 * Reads a published yearly report's text: the figure sentences (this year's and last year's
 * totals), the KF-goal list, the per-nämnd table and the per-programme table. Returns the
 * published figures, or every problem found (with its line) — never a partial result.
 */
export function parsePublishedReport(text: string, year: number): { ok: true; parsed: ParsedReport } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const lines = linesOf(text);
  const joined = joinedFrom(lines.lines);
  const sentences = readTotals(joined, year, problems);
  const perGoal = readGoals(lines, problems);
  const perNamnd = readNamnder(lines, sentences?.totals.namnder ?? null, problems);
  const perFamily = readFamilies(lines, problems);
  if (problems.length > 0 || !sentences) return { ok: false, problems };
  const source = sourceOf(lines, joined.text, year);
  const { year: previousYear, ...previousTotals } = sentences.previous;
  return {
    ok: true,
    parsed: {
      report: { year, source, totals: sentences.totals, perNamnd, perFamily, perGoal },
      previous: { year: previousYear, source: `${source} (jämförelsesiffror för ${previousYear})`, totals: previousTotals, perNamnd: null, perFamily: null, perGoal: null },
    },
  };
}
