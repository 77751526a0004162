import type { Activity, Attachment } from 'botbuilder';
import type { AssistantAnswer } from '../assistant/answer.js';
import { cardAttachment, cardBytes, MAX_CARD_BYTES, type AdaptiveCard } from './adaptive-card.js';
import { chartCard } from './chart-card.js';
import { citeSources } from './citations.js';
import { messageText } from './plain-text.js';
import { tableCards } from './table-card.js';

/** Suggested actions shown under the last message (Teams shows only `imBack`, and sends the title). */
export function suggestedActions(suggestions: string[]): Partial<Activity>['suggestedActions'] | undefined {
  const actions = suggestions
    .map((suggestion) => suggestion.trim())
    .filter((suggestion) => suggestion.length > 0)
    .slice(0, 5)
    .map((suggestion) => ({ type: 'imBack', title: suggestion, value: suggestion }));
  return actions.length > 0 ? { actions, to: [] } : undefined;
}

/**
 * The suggestions as a message of their own, after everything else: Teams shows suggested actions only
 * on the last message, and the Agents Playground shows a message that carries them as plain text
 * (no Markdown), so they never ride on an answer.
 */
export function suggestionsActivity(suggestions: readonly string[], language: 'sv' | 'en'): Partial<Activity> | null {
  const actions = suggestedActions([...suggestions]);
  if (!actions) return null;
  return { type: 'message', text: language === 'en' ? 'You could also ask:' : 'Du kan också fråga:', suggestedActions: actions };
}

/** The answer's charts first (people would rather look than read), then its tables, paged. */
export function answerCards(answer: AssistantAnswer, maxCardBytes = MAX_CARD_BYTES): AdaptiveCard[] {
  return [
    ...answer.charts.map((chart) => chartCard(chart, answer.language)),
    ...answer.tables.flatMap((table) => tableCards(table, answer.language, maxCardBytes)),
  ];
}

/** Packs cards into messages so that no message carries more than `maxBytes` of card JSON. */
export function packAttachments(cards: AdaptiveCard[], maxBytes = MAX_CARD_BYTES): Attachment[][] {
  const messages: Attachment[][] = [];
  let current: Attachment[] = [];
  let size = 0;
  for (const card of cards) {
    const bytes = cardBytes(card);
    if (current.length > 0 && size + bytes > maxBytes) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(cardAttachment(card));
    size += bytes;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/**
 * The text of an answer, with its notice (e.g. "the model failed, the embedded interpreter answered")
 * first; links, images, addresses and HTML in it (quoted from a submission) shown as text.
 */
export function answerText(answer: AssistantAnswer): string {
  const notice = answer.notice ? `_${messageText(answer.notice)}_\n\n` : '';
  return `${notice}${messageText(answer.answer)}`;
}

/**
 * An assistant answer as Teams messages: the text with citations (and the AI-generated label only when
 * a model wrote it) and thumbs up/down, then the cards, paged over as many messages as the size limit
 * needs; then the suggestions, in a last message of their own (the only one Teams shows them on).
 * Pass `suggestions: false` outside personal chat: a channel shows suggested actions as "Invalid message".
 */
export function answerActivities(
  answer: AssistantAnswer,
  options: { suggestions?: boolean; maxCardBytes?: number } = {},
): Partial<Activity>[] {
  const maxCardBytes = options.maxCardBytes ?? MAX_CARD_BYTES;
  const cited = citeSources(answerText(answer), answer.sources, {
    aiGenerated: answer.mode === 'model',
    language: answer.language,
  });
  const [firstAttachments = [], ...moreAttachments] = packAttachments(answerCards(answer, maxCardBytes), maxCardBytes);
  const activities: Partial<Activity>[] = [
    {
      type: 'message',
      text: cited.text,
      textFormat: 'markdown',
      ...(cited.entity ? { entities: [cited.entity] } : {}),
      ...(firstAttachments.length > 0 ? { attachments: firstAttachments, attachmentLayout: 'list' } : {}),
      channelData: { feedbackLoopEnabled: true },
    },
    ...moreAttachments.map((attachments): Partial<Activity> => ({ type: 'message', attachments, attachmentLayout: 'list' })),
  ];
  const suggestions = options.suggestions === false ? null : suggestionsActivity(answer.suggestions, answer.language);
  if (suggestions) activities.push(suggestions);
  return activities;
}
