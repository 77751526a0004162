import type { Attachment } from 'botbuilder';
import { cardText } from './plain-text.js';

/** One element of an Adaptive Card body, as plain JSON. */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: 'Full' };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The largest card (JSON, UTF-8 bytes) the bot sends in one message. Teams refuses messages over
 * about 100 KB counted as UTF-16 and the Agents Playground bodies over 102 400 bytes; 38 000 bytes
 * leaves room for the text, citations and the activity envelope.
 */
export const MAX_CARD_BYTES = 38_000;

export function adaptiveCard(body: CardElement[], actions?: CardElement[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** Sizes already counted when a card was built (table-card.ts pages by size), so packing need not count again. */
const knownBytes = new WeakMap<object, number>();

/** Records the size of a finished card, counted while it was built; the card must not change afterwards. */
export function rememberCardBytes(card: AdaptiveCard, bytes: number): AdaptiveCard {
  knownBytes.set(card, bytes);
  return card;
}

export function cardBytes(value: unknown): number {
  const known = typeof value === 'object' && value !== null ? knownBytes.get(value) : undefined;
  return known ?? Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export function cardAttachment(card: AdaptiveCard): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** A TextBlock; its text is shown as text (links, images and addresses from the data made inert, see plain-text.ts). */
export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: cardText(text), wrap: true, ...options };
}

/** One fact of a FactSet (Teams renders Markdown in both parts), shown as text. */
export function fact(title: string, value: string): { title: string; value: string } {
  return { title: cardText(title), value: cardText(value) };
}

export function heading(text: string): CardElement {
  return textBlock(text, { size: 'Medium', weight: 'Bolder', style: 'heading' });
}
