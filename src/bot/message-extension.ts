import type { MessagingExtensionResult } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { InvalidLookupItemError, parseLookupItem } from '../lookup/lookup-item.js';
import { MAX_RESULTS, type ProjectLookup } from '../lookup/project-lookup.js';
import type { BotLogger } from './bot-logger.js';
import { lookupCard, resultAttachment } from './project-lookup-card.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './adaptive-card.js';
import { messageText } from './plain-text.js';

/** The search command's id and its one parameter, as in appPackage/manifest.json (`composeExtensions`). */
export const SEARCH_COMMAND_ID = 'sokEuProjekt';
export const SEARCH_PARAMETER = 'query';

export const extensionText = {
  stale: 'Resultatet finns inte längre i datan (den kan ha uppdaterats). Sök igen och välj ett nytt resultat.',
  failed: 'Sökningen misslyckades. Försök igen om en stund.',
  nothingFound: (query: string) => `Inget projekt, ingen partner och ingen förvaltning hittades för "${query}". Prova ett projektnamn, en stad eller ett ämne.`,
};

const messageResult = (text: string): MessagingExtensionResult => ({ type: 'message', text });

/** Results for one query: each hit's card to insert, with its preview; `skip` pages on. */
export async function searchResult(lookup: ProjectLookup, query: unknown, paging: { count: number; skip: number }): Promise<MessagingExtensionResult> {
  const skip = Math.max(0, Math.min(MAX_RESULTS, Math.floor(paging.skip) || 0));
  const count = Math.max(1, Math.min(MAX_RESULTS, Math.floor(paging.count) || MAX_RESULTS));
  const result = await lookup.search(typeof query === 'string' ? query : '', { limit: Math.min(MAX_RESULTS, skip + count) });
  const attachments = result.hits.slice(skip, skip + count).flatMap((hit) => {
    const facts = lookup.facts(hit.item);
    return facts ? [resultAttachment(hit, facts)] : [];
  });
  if (attachments.length === 0 && skip === 0 && result.query !== '') return messageResult(messageText(extensionText.nothingFound(result.query)));
  return { type: 'result', attachmentLayout: 'list', attachments };
}

/** The card a chosen result inserts (the tap value of its preview comes back here). */
export function selectedResult(lookup: ProjectLookup, value: unknown): MessagingExtensionResult {
  const facts = lookup.facts(parseLookupItem(value));
  if (!facts) return messageResult(extensionText.stale);
  return { type: 'result', attachmentLayout: 'list', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: lookupCard(facts) }] };
}

/**
 * The search message extension ("Sök EU-projekt" in the compose box and in Microsoft 365 Copilot's
 * message extension surface): `composeExtension/query` lists projects, partners and förvaltningar
 * from a free-text query (empty: the latest year's largest projects); `composeExtension/selectItem`
 * returns the chosen one's Adaptive Card. The ranking is Teams-free (src/lookup/).
 */
export function registerMessageExtension<State extends TurnState>(app: Application<State>, lookup: ProjectLookup, logger: BotLogger): void {
  app.messageExtensions.query(SEARCH_COMMAND_ID, async (_context, _state, query) => {
    try {
      return await searchResult(lookup, query.parameters[SEARCH_PARAMETER], { count: query.count, skip: query.skip });
    } catch (error) {
      logger.error(`sökningen i meddelandetillägget misslyckades: ${(error as Error).message}`, error);
      return messageResult(extensionText.failed);
    }
  });
  app.messageExtensions.selectItem(async (_context, _state, item) => {
    try {
      return selectedResult(lookup, item);
    } catch (error) {
      if (error instanceof InvalidLookupItemError) {
        logger.warn(error.message);
        return messageResult(extensionText.stale);
      }
      logger.error(`valet i meddelandetillägget misslyckades: ${(error as Error).message}`, error);
      return messageResult(extensionText.failed);
    }
  });
}
