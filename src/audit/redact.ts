/**
 * Removes personal data a question does not need to be useful in the audit log: e-mail
 * addresses and Swedish personal identity numbers (personnummer / samordningsnummer).
 * Amounts ("1 234 567 kr"), years and project names are left as they are.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** YYMMDD-NNNN, YYYYMMDD-NNNN, YYMMDD+NNNN, also without separator when 12 digits. */
const PERSONNUMMER = /(?<![\p{N}])(?:(?:19|20)\d{6}[-+ ]?\d{4}|\d{6}[-+]\d{4})(?![\p{N}])/gu;

export const REDACTED_EMAIL = '[e-post]';
export const REDACTED_PERSONNUMMER = '[personnummer]';

export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, REDACTED_EMAIL).replace(PERSONNUMMER, REDACTED_PERSONNUMMER);
}

/** Cuts a text to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
