import type { Attachment } from 'botbuilder';
import type { ForvaltningFacts, LookupFacts, PartnerFacts, ProjectFacts } from '../lookup/lookup-facts.js';
import type { LookupHit } from '../lookup/project-lookup.js';
import { countryName } from '../tools/countries.js';
import { formatKronor } from '../text/swedish-number.js';
import { adaptiveCard, ADAPTIVE_CARD_CONTENT_TYPE, cardBytes, fact, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { cardText } from './plain-text.js';

/** Teams refuses a message extension card over 28 KB; every card the search returns stays under this. */
export const MAX_EXTENSION_CARD_BYTES = 28_000;
/** How many partners or projects a card lists at first; halved until the card fits. */
const FIRST_LIST_LENGTH = 30;
const MAX_DESCRIPTION_LENGTH = 600;
const MAX_PREVIEW_TEXT_LENGTH = 240;

export const THUMBNAIL_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';

const cut = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

function partnerName(partner: { organisation: string; country: string | null }): string {
  return partner.country ? `${partner.organisation} (${countryName(partner.country)})` : partner.organisation;
}

/** "… och 12 till" after the first `length` entries. */
function listed(items: readonly string[], length: number, separator = '; '): string {
  if (items.length <= length) return items.join(separator);
  return `${items.slice(0, length).join(separator)}${separator}… och ${items.length - length} till`;
}

function period(start: string | null, end: string | null): string {
  return start || end ? `${start ?? '?'} – ${end ?? '?'}` : 'anges inte i projektlistan';
}

function sourceLine(sources: ReadonlyArray<{ title: string; ref: string }>): CardElement {
  return textBlock(`Källa: ${sources.map((source) => `${source.title} (${source.ref})`).join('; ')}`, { isSubtle: true, size: 'Small', spacing: 'Medium' });
}

function projectCardBody(facts: ProjectFacts, listLength: number): CardElement[] {
  const title = facts.acronym && facts.acronym !== facts.name && !facts.name.includes(facts.acronym) ? `${facts.name} (${facts.acronym})` : facts.name;
  const namnder = facts.namnder.length > 0
    ? facts.namnder.map((part) => `${part.namndName} (${part.role})`).join('; ')
    : `räknas inte i redovisningen${facts.collaborators.length > 0 ? `; samverkan: ${facts.collaborators.join(', ')}` : ''}`;
  const paid = facts.counted
    ? facts.namnder.length > 1
      ? `${formatKronor(facts.paidKr)} (${facts.namnder.map((part) => `${part.forvaltning} ${formatKronor(part.paidKr)}`).join(', ')})`
      : formatKronor(facts.paidKr)
    : '–';
  const partners = facts.partners.map(partnerName);
  const factList = [
    fact('Program', `${facts.programme} (${facts.family})`),
    fact('Nämnder', namnder),
    ...(facts.counted && facts.collaborators.length > 0 ? [fact('Samverkar', facts.collaborators.join(', '))] : []),
    fact('Period', period(facts.start, facts.end)),
    fact(`Utbetalt ${facts.year}`, paid),
    fact('Projektägare', facts.lead ? partnerName(facts.lead) : 'anges inte i projektlistan'),
    fact('Partner', partners.length > 0 ? listed(partners, listLength) : '–'),
    fact('Kontakt', facts.contact ?? 'anges inte i projektlistan'),
  ];
  return [
    heading(title),
    textBlock(`EU-projekt i Malmö stads redovisning ${facts.year}`, { isSubtle: true, spacing: 'None' }),
    { type: 'FactSet', facts: factList },
    ...(facts.description ? [textBlock(cut(facts.description, MAX_DESCRIPTION_LENGTH), { spacing: 'Medium' })] : []),
    sourceLine([facts.source]),
    ...(facts.provenance ? [textBlock(cut(facts.provenance, MAX_DESCRIPTION_LENGTH), { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
  ];
}

function partnerCardBody(facts: PartnerFacts, listLength: number): CardElement[] {
  const projects = facts.projects.map((project) => `${project.name} (${project.programme}, ${project.year}, ${project.role})`);
  return [
    heading(facts.organisation),
    textBlock('Extern partner i Malmö stads EU-projekt', { isSubtle: true, spacing: 'None' }),
    {
      type: 'FactSet',
      facts: [
        fact('Land', facts.country ? countryName(facts.country) : 'anges inte'),
        fact('Slag', facts.organisationKind),
        fact('Projekt', listed(projects, listLength)),
      ],
    },
    sourceLine(facts.sources),
  ];
}

function forvaltningCardBody(facts: ForvaltningFacts, listLength: number): CardElement[] {
  const projects = facts.projects.map((project) => `${project.name} (${project.programme}, ${project.role}): ${formatKronor(project.paidKr)}`);
  const contact = facts.contact ? `${facts.contact.name}${facts.contact.email ? `, ${facts.contact.email}` : ''} (underlaget ${facts.contact.year})` : 'inget underlag med kontaktperson';
  return [
    heading(facts.forvaltning),
    textBlock(facts.namndName, { isSubtle: true, spacing: 'None' }),
    {
      type: 'FactSet',
      facts: [
        fact('Kontakt', contact),
        ...(facts.year !== null
          ? [fact(`Projekt ${facts.year}`, String(facts.projects.length)), fact(`Utbetalt ${facts.year}`, formatKronor(facts.paidKr))]
          : []),
      ],
    },
    ...(projects.length > 0 ? [textBlock(listed(projects, listLength, '\n\n'), { spacing: 'Medium' })] : []),
    sourceLine(facts.sources),
  ];
}

function bodyOf(facts: LookupFacts, listLength: number): CardElement[] {
  switch (facts.kind) {
    case 'project':
      return projectCardBody(facts, listLength);
    case 'partner':
      return partnerCardBody(facts, listLength);
    case 'forvaltning':
      return forvaltningCardBody(facts, listLength);
  }
}

/** The Adaptive Card (1.5) a chosen result inserts; lists are shortened until it is under MAX_EXTENSION_CARD_BYTES. */
export function lookupCard(facts: LookupFacts): AdaptiveCard {
  let listLength = FIRST_LIST_LENGTH;
  let card = adaptiveCard(bodyOf(facts, listLength));
  while (cardBytes(card) > MAX_EXTENSION_CARD_BYTES && listLength > 1) {
    listLength = Math.floor(listLength / 2);
    card = adaptiveCard(bodyOf(facts, listLength));
  }
  return card;
}

/** The small preview Teams lists under the search box: title, one line, and the item to fetch when chosen. */
export function previewAttachment(hit: LookupHit): Attachment {
  return {
    contentType: THUMBNAIL_CARD_CONTENT_TYPE,
    content: {
      title: cardText(cut(hit.title, MAX_PREVIEW_TEXT_LENGTH)),
      text: cardText(cut(hit.subtitle, MAX_PREVIEW_TEXT_LENGTH)),
      tap: { type: 'invoke', value: hit.item },
    },
  };
}

/** One search result: the card to insert, with its preview. */
export function resultAttachment(hit: LookupHit, facts: LookupFacts): Attachment & { preview: Attachment } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: lookupCard(facts), preview: previewAttachment(hit) };
}
