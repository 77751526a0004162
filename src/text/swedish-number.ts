/**
 * Swedish number formatting, as the report writes it: digit groups with a space ("25 660 000"),
 * decimal comma ("50,5"). Plain spaces, not the no-break spaces Intl emits, so answers copy cleanly.
 */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '−' : '';
  const digits = Math.round(Math.abs(value)).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** "25 660 000 kr" */
export function formatKronor(value: number): string {
  return `${formatInteger(value)} kr`;
}

/** "50,5 miljoner kronor" (one decimal, as the report rounds totals). */
export function formatMillions(value: number, decimals = 1): string {
  const millions = (value / 1_000_000).toFixed(decimals).replace('.', ',');
  return `${millions} miljoner kronor`;
}

/** English format for English answers: "25,660,000". */
export function formatIntegerEnglish(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A share as a Swedish percentage: 0.508 → "50,8 %". */
export function formatPercent(share: number, decimals = 1): string {
  return `${(share * 100).toFixed(decimals).replace('.', ',')} %`;
}
