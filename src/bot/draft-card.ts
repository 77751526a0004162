import type { Activity } from 'botbuilder';
import type { Source } from '../tools/tool.js';
import { adaptiveCard, cardAttachment, fact, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { botText } from './bot-text.js';
import { messageText } from './plain-text.js';

/** A drafted "Exempel" paragraph, as the bot shows it. */
export interface BotDraft {
  forvaltning: string;
  year: number;
  paragraph: string;
  sources: Source[];
  /** E.g. that the submission is missing a section. */
  notice?: string;
}

/** What the `utkast` command calls; the entry point adapts the drafting module to it. */
export interface BotDrafter {
  draft(forvaltning: string): Promise<BotDraft>;
}

export function draftCard(draft: BotDraft): AdaptiveCard {
  return adaptiveCard([
    heading(botText.draftHeading(draft.forvaltning, draft.year)),
    ...(draft.notice ? [textBlock(draft.notice, { isSubtle: true, size: 'Small' })] : []),
    ...draft.paragraph
      .split(/\n\s*\n/)
      .filter((part) => part.trim() !== '')
      .map((part) => textBlock(part.trim())),
    textBlock(botText.sourcesHeading, { weight: 'Bolder', spacing: 'Medium', separator: true }),
    {
      type: 'FactSet',
      facts: draft.sources.slice(0, 20).map((source, index) => fact(`[${index + 1}]`, `${source.title} — ${source.ref}`)),
    },
  ]);
}

export function draftActivity(draft: BotDraft): Partial<Activity> {
  return {
    type: 'message',
    text: messageText(botText.draftIntro(draft.forvaltning, draft.year)),
    attachments: [cardAttachment(draftCard(draft))],
    channelData: { feedbackLoopEnabled: true },
  };
}
