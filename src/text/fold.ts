const ALREADY_FOLDED = /^[a-z0-9 ]*$/;

/**
 * Text folding shared by every name lookup: lower case, Swedish letters folded to ASCII
 * (å→a, ä→a, ö→o, é→e), punctuation to spaces, white space collapsed.
 * "ASN:s" → "asn s"; "Hälsa-, vård- och omsorgsnämnden" → "halsa vard och omsorgsnamnden".
 */
export function foldText(text: string): string {
  // Already folded (lower-case ASCII letters, digits, spaces), as the interpreter's words are: only the spaces change.
  if (ALREADY_FOLDED.test(text)) return text.replace(/ +/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded text with the spaces removed: a compact key for whole-name comparison. */
export function compactKey(text: string): string {
  return foldText(text).replace(/ /g, '');
}
