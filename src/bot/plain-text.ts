/**
 * Text that came from the data (a submission's free text, a file name, a project name) stays text in
 * Teams (issue 14): Teams renders Markdown in messages and in Adaptive Card TextBlocks and FactSets,
 * and turns bare web addresses into links, so a submission passage `[klicka här](https://evil.example)`
 * or `![x](http://…)` would become a clickable link or an image fetched from anywhere. The bot itself
 * never writes a link or an image into an answer, so at the boundary every link, image, web address
 * and HTML tag is shown as inert text: the address stays readable but with its dots bracketed
 * ("evil[.]example"), which no client links.
 */

/** `![alt](target "title")` */
const IMAGE = /!\[([^\]\n]{0,500})\]\(([^()\n]{0,2000})\)/g;
/** `[text](target "title")` */
const LINK = /\[([^\]\n]{0,500})\]\(([^()\n]{0,2000})\)/g;
/** `[text][ref]` and a reference definition `[ref]: target` */
const REFERENCE_LINK = /\[([^\]\n]{0,500})\]\[([^\]\n]{0,200})\]/g;
const REFERENCE_DEFINITION = /^(\s{0,3})\[([^\]\n]{1,200})\]:\s*/gm;
/** `<https://…>` autolinks and `<a@b.se>` */
const AUTOLINK = /<((?:[a-z][a-z0-9+.-]{1,31}:|www\.)[^<>\s]{0,2000}|[^<>\s@]{1,200}@[^<>\s@]{1,200})>/gi;
/** Addresses a client would link by itself: a scheme, or www. */
const BARE_ADDRESS = /\b(?:(?:https?|ftp|file):\/\/|(?:mailto|javascript|data|vbscript|tel|sms|msteams):(?=\S)|www\.(?=\S))[^\s<>"'`]{0,2000}/gi;

/** "https://evil.example/x" → "evil[.]example/x": readable, not a link. */
export function defangAddress(address: string): string {
  const withoutScheme = address.replace(/^[a-z][a-z0-9+.-]{1,31}:\/{0,3}/i, '');
  return withoutScheme.replace(/\./g, '[.]');
}

function describeTarget(target: string): string {
  const address = target.trim().replace(/\s+"[^"]*"$/, '').replace(/^<|>$/g, '');
  return address === '' ? '' : defangAddress(address);
}

/**
 * Links, images, reference links and web addresses made inert; Markdown emphasis and lists (which the
 * bot's own answers use) are left alone. Used for message text and for text in cards.
 */
export function neutraliseLinks(text: string): string {
  return text
    .replace(IMAGE, (_match, alt: string, target: string) => `«bild: ${alt.trim() || 'utan text'}${describeTarget(target) ? `, ${describeTarget(target)}` : ''}»`)
    .replace(LINK, (_match, label: string, target: string) => {
      const address = describeTarget(target);
      return address ? `${label} (länk: ${address})` : label;
    })
    .replace(REFERENCE_LINK, (_match, label: string) => label)
    .replace(REFERENCE_DEFINITION, (_match, indent: string, reference: string) => `${indent}${reference}: `)
    .replace(AUTOLINK, (_match, address: string) => defangAddress(address))
    .replace(BARE_ADDRESS, (address) => defangAddress(address))
    // Whatever link syntax is left (a target with parentheses, say) is broken apart: "] (" is no link.
    .replace(/\]\(/g, '] (');
}

/** Text for a Teams message (Markdown): links, images, addresses and HTML inert. */
export function messageText(text: string): string {
  // Entities are decoded by the client, so "&lt;" shows as "<" but is never a tag; the bot writes no HTML itself.
  return neutraliseLinks(text).replace(/<(?=[a-z!/?])/gi, '&lt;');
}

/**
 * Text for an Adaptive Card TextBlock or FactSet (Markdown subset, no HTML): links, images and
 * addresses inert. HTML needs no escaping there (cards show it as the characters it is).
 */
export function cardText(text: string): string {
  return neutraliseLinks(text);
}
