import { foldText } from '../text/fold.js';

export const ORGANISATION_KINDS = ['kommun', 'universitet', 'myndighet', 'företag', 'organisation'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Words in an organisation's name that tell what kind it is, in the languages partners write
 * their names in. Checked in this order; anything else is an "organisation" (association,
 * network, foundation).
 */
const KIND_PATTERNS: ReadonlyArray<[OrganisationKind, RegExp]> = [
  ['universitet', /\b(\w*universit\w*|university|\w*hogskola\w*|\w*hochschule|college|polytechn\w*|akademi\w*|academy|institut\w*|institute|school of|ucl|slu|kth)\b/],
  ['företag', /\b(ab|a s|as|gmbh|ltd|limited|plc|s p a|spa|srl|s r l|oy|bv|b v|inc|llc|sa|nv|sas|consult\w*|foretag)\b/],
  ['kommun', /\b(kommun\w*|stad|staden|city|municipality|municipal\w*|gemeente|stadt|gemeinde|comune|citta|ayuntamiento|ajuntament|kaupunki|kaupungin|miasto|ville|town|council|borough|urban\w*)\b|\b\w+borg\b/],
  ['myndighet', /\b(myndighet\w*|\w*verket|\w*kassan|\w*formedlingen|lansstyrelse\w*|region|regionen|landsting|agency|authority|ministry|ministerium|departement\w*|styrelse\w*)\b/],
];

/** The kind of an external organisation, guessed from its name: "Skive Kommune" → kommun. */
export function organisationKind(name: string): OrganisationKind {
  const folded = foldText(name);
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(folded)) return kind;
  return 'organisation';
}
