import { resolveProgramme, PROGRAMME_NAMES } from '../domain/programmes.js';
import type { Partner, Role } from '../domain/project.js';
import { IsoDateSchema } from '../domain/money.js';

/** A parsed cell: its value, or what is wrong with it in words a handläggare understands. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Empty cells, dashes and "n/a" count as "not given". */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || /^\s*(?:-|–|—|n\/a|n\/s|saknas)?\s*$/i.test(text);
}

/**
 * Whole kronor from what people write: "1 234 567", "1234567 kr", "1,2 mnkr", "1.2 MSEK",
 * "500 tkr", "2 miljoner". Negative and non-numeric amounts are refused.
 */
export function parseAmount(text: string): Parsed<number> {
  const cleaned = text.trim().toLowerCase().replace(/\u00a0|\u202f/g, ' ');
  if (/^-|^−/.test(cleaned)) return fail('är negativt — belopp ska vara 0 eller mer, i hela kronor');
  const match = /^(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[,.](\d+))?\s*(mnkr|msek|mkr|miljoner(?: kronor| kr)?|miljon(?: kronor| kr)?|mn|tkr|tsek|tusen(?: kronor| kr)?|kr|kronor|sek|:-)?$/.exec(cleaned);
  if (!match?.[1]) return fail('är inget belopp — skriv ett heltal i kronor, t.ex. 20 000');
  const whole = match[1].replace(/[ .]/g, '');
  const fraction = match[2] ?? '';
  const unit = match[3] ?? '';
  const multiplier = /^(mnkr|msek|mkr|milj|mn)/.test(unit) ? 1_000_000 : /^(tkr|tsek|tusen)/.test(unit) ? 1_000 : 1;
  if (multiplier === 1 && fraction !== '') {
    return fail('har decimaler — skriv hela kronor, t.ex. 20 000 (eller "1,2 mnkr")');
  }
  const value = Math.round(Number(`${whole}.${fraction || '0'}`) * multiplier);
  if (!Number.isSafeInteger(value)) return fail('är för stort för ett belopp i kronor');
  return ok(value);
}

/** An ISO date (YYYY-MM-DD). */
export function parseDate(text: string): Parsed<string> {
  const trimmed = text.trim();
  const result = IsoDateSchema.safeParse(trimmed);
  return result.success ? ok(trimmed) : fail('är inget datum — skriv ÅÅÅÅ-MM-DD, t.ex. 2024-03-01');
}

/** "Projektägare"/"ägare"/"owner"/"lead" or "Projektpart"/"partner"/"part". */
export function parseRole(text: string): Parsed<Role> {
  const key = text.trim().toLowerCase().replace(/[^a-zåäö]/g, '');
  if (['projektägare', 'ägare', 'owner', 'projectowner', 'lead', 'leadpartner', 'koordinator', 'coordinator'].includes(key)) return ok('Projektägare');
  if (['projektpart', 'projektpartner', 'partner', 'part', 'projectpartner', 'deltagare'].includes(key)) return ok('Projektpart');
  return fail('är ingen roll — skriv Projektägare eller Projektpart');
}

/** KF goals "1; 3", "1, 3", "1 och 3", "3". Each must be 1–5. */
export function parseGoals(text: string): Parsed<Array<1 | 2 | 3 | 4 | 5>> {
  if (isBlank(text)) return ok([]);
  const parts = text
    .replace(/(?:kf[- ]?)?mål|goals?|nr\.?/gi, ' ')
    .split(/\s*(?:[;,/&+]|\boch\b|\band\b|\s)\s*/i)
    .filter((part) => part !== '');
  const goals: Array<1 | 2 | 3 | 4 | 5> = [];
  for (const part of parts) {
    const number = Number(part.replace(/^mål\s*/i, ''));
    if (!Number.isInteger(number)) return fail(`"${part}" är inget KF-mål — skriv nummer 1–5, t.ex. 1; 3`);
    if (number < 1 || number > 5) return fail(`KF-mål ${number} finns inte — kommunfullmäktiges mål är 1–5`);
    if (!goals.includes(number as 1)) goals.push(number as 1 | 2 | 3 | 4 | 5);
  }
  return ok(goals);
}

/** A programme name in any common spelling, returned as its canonical name. */
export function parseProgramme(text: string): Parsed<string> {
  const programme = resolveProgramme(text);
  return programme ? ok(programme.name) : fail(`är inget känt program — använd ett av: ${PROGRAMME_NAMES.join(', ')}`);
}

/** One partner: "Organisation (landskod)", e.g. "Skive Kommune (DK)"; the country may be left out. */
export function parsePartner(text: string): Parsed<Partner> {
  const trimmed = text.trim();
  const match = /^(.*?)\s*\(([A-Za-z]{2})\)\s*$/.exec(trimmed);
  if (match?.[1] && match[2]) return ok({ organisation: match[1].trim(), country: match[2].toUpperCase() });
  if (/\([^)]*\)\s*$/.test(trimmed)) {
    return fail('har en landskod som inte är två bokstäver — skriv t.ex. "Skive Kommune (DK)"');
  }
  return ok({ organisation: trimmed, country: null });
}

/** Partners separated by ";" (or one per line, as in a table cell). */
export function parsePartners(text: string): Parsed<Partner[]> {
  if (isBlank(text)) return ok([]);
  const partners: Partner[] = [];
  for (const part of text.split(/[;\n]/).map((piece) => piece.trim()).filter((piece) => piece !== '')) {
    const parsed = parsePartner(part);
    if (!parsed.ok) return fail(`"${part}" ${parsed.message}`);
    partners.push(parsed.value);
  }
  return ok(partners);
}
