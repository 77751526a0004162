import type { Dataset } from '../domain/dataset.js';

/** How many years before the earliest year in the data (or this year, in an empty folder) a submission may be for. */
export const YEARS_BEFORE_EARLIEST = 5;
/** How many years after this year a submission may be for (a nämnd may hand in next year's plan). */
export const YEARS_AFTER_CURRENT = 1;

/** The range of years a submission may be for, given the data already loaded and today's date. */
export function plausibleYears(dataset: Dataset, today: Date): { first: number; last: number } {
  const current = today.getUTCFullYear();
  const earliest = Math.min(current, ...dataset.years.map((year) => year.year));
  return { first: earliest - YEARS_BEFORE_EARLIEST, last: current + YEARS_AFTER_CURRENT };
}

/**
 * Why a submission's year is not plausible, in Swedish naming the year, or null. A year far from
 * the data would silently become the default year every question is answered for (2099), or a
 * year nobody reports on (1999).
 */
export function implausibleYearMessage(year: number, dataset: Dataset, today: Date): string | null {
  const { first, last } = plausibleYears(dataset, today);
  if (year > last) return `är ${year}, som ligger efter ${last} (i år + ${YEARS_AFTER_CURRENT}) — skriv redovisningsåret, t.ex. ${today.getUTCFullYear()}`;
  if (year < first) return `är ${year}, som ligger före ${first} (${YEARS_BEFORE_EARLIEST} år före det tidigaste året i datan) — skriv redovisningsåret, t.ex. ${today.getUTCFullYear()}`;
  return null;
}
